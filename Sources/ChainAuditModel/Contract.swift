/// The head contract: what the commissioner buys from the lead provider.
public struct Contract: Sendable, Hashable {
    public var id: String
    public var title: String
    /// Index into ``Chain/organisations``.
    public var commissioner: Int
    /// Index into ``Chain/organisations``.
    public var lead: Int
    /// Total value over the whole term, in pounds.
    public var value: Double
    /// `YYYY-MM-DD`.
    public var start: String?
    /// `YYYY-MM-DD`.
    public var end: String?
    public var paymentDays: Int?
    /// 0...1; an absent share is 0.
    public var byResultsShare: Double
    public var outcomes: [Outcome]
    public var exitStrategy: String?
    public var issueResolution: String?
    public var changeMechanism: String?
    public var governance: String?
    public var feedback: String?
    public var extensions: [JSONValue.Pair]
    public var position: SourcePosition

    public init(
        id: String, title: String, commissioner: Int, lead: Int, value: Double,
        start: String? = nil, end: String? = nil, paymentDays: Int? = nil, byResultsShare: Double = 0,
        outcomes: [Outcome] = [], exitStrategy: String? = nil, issueResolution: String? = nil,
        changeMechanism: String? = nil, governance: String? = nil, feedback: String? = nil,
        extensions: [JSONValue.Pair] = [], position: SourcePosition = SourcePosition(line: 1, column: 1)
    ) {
        self.id = id
        self.title = title
        self.commissioner = commissioner
        self.lead = lead
        self.value = value
        self.start = start
        self.end = end
        self.paymentDays = paymentDays
        self.byResultsShare = byResultsShare
        self.outcomes = outcomes
        self.exitStrategy = exitStrategy
        self.issueResolution = issueResolution
        self.changeMechanism = changeMechanism
        self.governance = governance
        self.feedback = feedback
        self.extensions = extensions
        self.position = position
    }
}

/// An outcome the contract must improve.
public struct Outcome: Sendable, Hashable {
    public var id: String
    public var description: String
    /// How the outcome is measured.
    public var indicator: String?
    public var extensions: [JSONValue.Pair]
    public var position: SourcePosition

    public init(id: String, description: String, indicator: String? = nil, extensions: [JSONValue.Pair] = [], position: SourcePosition = SourcePosition(line: 1, column: 1)) {
        self.id = id
        self.description = description
        self.indicator = indicator
        self.extensions = extensions
        self.position = position
    }
}
