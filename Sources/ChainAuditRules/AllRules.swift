/// Every rule chainaudit runs, in catalogue order. Adding a rule: one file, one line here.
public let allRules: [any Rule] = [
    // Payment
    LatePaymentTerms(),
    PayWhenPaid(),
    SlowerThanParent(),
    PaymentCascade(),
    // Visibility and accountability
    MissingVisibility(),
    // Exit and issue resolution
    NoExitStrategy(),
    NoIssueResolution(),
    // Risk
    DisproportionateRisk(),
    PbrAmplified(),
    LiabilityExceedsValue(),
    // Pricing and funding
    ExcessiveManagementFee(),
    UndisclosedManagementFee(),
    OvercommittedFunding(),
    // Shape of the chain
    SubcontractingCycle(),
    UnreachableSubcontract(),
]

/// The rule with this id.
public func rule(withID id: String) -> (any Rule)? {
    allRules.first { $0.id == id }
}
