/// Every rule chainaudit runs, in catalogue order. Adding a rule: one file, one line here.
public let allRules: [any Rule] = [
    // Payment
    LatePaymentTerms(),
    PayWhenPaid(),
    SlowerThanParent(),
    PaymentCascade(),
    // Visibility and accountability
    MissingVisibility(),
    NoPerformanceData(),
    NoCommissionerAccess(),
    UnclearTerms(),
    NoOutcomes(),
    OutcomeWithoutIndicator(),
    // Exit and issue resolution
    NoExitStrategy(),
    NoIssueResolution(),
    // Risk
    DisproportionateRisk(),
    PbrAmplified(),
    LiabilityExceedsValue(),
    RiskExceedsCapacity(),
    // Pricing and funding
    ExcessiveManagementFee(),
    UndisclosedManagementFee(),
    BidCandy(),
    OvercommittedFunding(),
    // Shape of the chain
    SubcontractingCycle(),
    UnreachableSubcontract(),
    DeepChain(),
    LowVariety(),
    NoSmeOrVcse(),
    SinglePointOfFailure(),
    // Working relationship
    NoSelectionRationale(),
    NoWorkingAgreement(),
    NoGovernance(),
    NoExpectations(),
    NoFeedbackLoop(),
    // Social value (Principle 9)
    SocialValueTarget(),
]

/// The rule with this id.
public func rule(withID id: String) -> (any Rule)? {
    allRules.first { $0.id == id }
}
