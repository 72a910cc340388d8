/// One subcontract: `parent` lets work to `provider`. A directed edge of the chain.
public struct Subcontract: Sendable, Hashable {
    public var id: String
    /// Index into ``Chain/organisations``: the organisation letting the work.
    public var parent: Int
    /// Index into ``Chain/organisations``: the organisation delivering it.
    public var provider: Int
    public var role: String?
    public var districts: [String]?
    public var value: Double?
    public var volume: Volume?
    public var paymentDays: Int?
    public var payWhenPaid: Bool
    /// 0...1; an absent share is 0.
    public var byResultsShare: Double
    public var managementFee: Double?
    public var riskShare: Double?
    public var liabilityCap: Double?
    public var deliverables: String?
    public var rewards: String?
    public var penalties: String?
    public var kpis: [String]?
    public var commissionerAccess: Bool
    public var exitStrategy: String?
    public var issueResolution: String?
    public var changeMechanism: String?
    public var selectionRationale: String?
    public var agreement: Agreement?
    public var expectations: String?
    public var contingency: String?
    public var extensions: [JSONValue.Pair]
    public var position: SourcePosition

    public init(
        id: String, parent: Int, provider: Int, role: String? = nil, districts: [String]? = nil,
        value: Double? = nil, volume: Volume? = nil, paymentDays: Int? = nil, payWhenPaid: Bool = false,
        byResultsShare: Double = 0, managementFee: Double? = nil, riskShare: Double? = nil,
        liabilityCap: Double? = nil, deliverables: String? = nil, rewards: String? = nil,
        penalties: String? = nil, kpis: [String]? = nil, commissionerAccess: Bool = false,
        exitStrategy: String? = nil, issueResolution: String? = nil, changeMechanism: String? = nil,
        selectionRationale: String? = nil, agreement: Agreement? = nil, expectations: String? = nil,
        contingency: String? = nil, extensions: [JSONValue.Pair] = [],
        position: SourcePosition = SourcePosition(line: 1, column: 1)
    ) {
        self.id = id
        self.parent = parent
        self.provider = provider
        self.role = role
        self.districts = districts
        self.value = value
        self.volume = volume
        self.paymentDays = paymentDays
        self.payWhenPaid = payWhenPaid
        self.byResultsShare = byResultsShare
        self.managementFee = managementFee
        self.riskShare = riskShare
        self.liabilityCap = liabilityCap
        self.deliverables = deliverables
        self.rewards = rewards
        self.penalties = penalties
        self.kpis = kpis
        self.commissionerAccess = commissionerAccess
        self.exitStrategy = exitStrategy
        self.issueResolution = issueResolution
        self.changeMechanism = changeMechanism
        self.selectionRationale = selectionRationale
        self.agreement = agreement
        self.expectations = expectations
        self.contingency = contingency
        self.extensions = extensions
        self.position = position
    }
}

/// A volume of activity, e.g. 400 referrals a year.
public struct Volume: Sendable, Hashable {
    public var amount: Double
    public var unit: String
    public var extensions: [JSONValue.Pair]

    public init(amount: Double, unit: String, extensions: [JSONValue.Pair] = []) {
        self.amount = amount
        self.unit = unit
        self.extensions = extensions
    }
}
