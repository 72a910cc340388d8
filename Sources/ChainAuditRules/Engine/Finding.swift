import ChainAuditModel

/// One breach of one rule by one subject.
public struct Finding: Sendable, Hashable {
    public var rule: String
    public var severity: Severity
    public var principle: Principle
    public var subject: Subject
    /// A plain-English sentence naming the subject as a person would.
    public var message: String
    /// The numbers behind the finding, in a fixed order.
    public var evidence: [JSONValue.Pair]
    /// Set when an accepted waiver covers this finding.
    public var waiver: AppliedWaiver?

    public init(rule: String, severity: Severity, principle: Principle, subject: Subject, message: String, evidence: [JSONValue.Pair] = [], waiver: AppliedWaiver? = nil) {
        self.rule = rule
        self.severity = severity
        self.principle = principle
        self.subject = subject
        self.message = message
        self.evidence = evidence
        self.waiver = waiver
    }

    public var isWaived: Bool { waiver != nil }

    /// The report order: severity (error first), then rule id, then subject id.
    public static func reportOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if lhs.severity != rhs.severity { return lhs.severity > rhs.severity }
        if lhs.rule != rhs.rule { return lhs.rule.utf8Precedes(rhs.rule) }
        return lhs.subject < rhs.subject
    }
}

/// The waiver that covers a finding: why it is accepted and who accepted it.
public struct AppliedWaiver: Sendable, Hashable {
    public var reason: String
    public var approvedBy: String
    public var expires: String?

    public init(reason: String, approvedBy: String, expires: String? = nil) {
        self.reason = reason
        self.approvedBy = approvedBy
        self.expires = expires
    }
}
