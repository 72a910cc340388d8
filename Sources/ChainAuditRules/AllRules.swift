/// Every rule chainaudit runs, in catalogue order. Adding a rule: one file, one line here.
public let allRules: [any Rule] = [
    // Payment
    LatePaymentTerms(),
    // Visibility and accountability
    MissingVisibility(),
]

/// The rule with this id.
public func rule(withID id: String) -> (any Rule)? {
    allRules.first { $0.id == id }
}
