import ChainAuditModel

/// What the configuration file (`chainaudit.yml`) says: per-rule settings and waivers.
///
/// Read one from a file with ``ConfigurationLoader``; a rule the configuration
/// does not mention runs at its default severity with its default parameters.
public struct Configuration: Sendable, Equatable {
    public var rules: [String: RuleSettings]
    public var waivers: [Waiver]

    public init(rules: [String: RuleSettings] = [:], waivers: [Waiver] = []) {
        self.rules = rules
        self.waivers = waivers
    }

    public static let `default` = Configuration()

    /// Whether the rule runs.
    public func isEnabled(_ rule: any Rule) -> Bool { rules[rule.id]?.enabled ?? true }

    /// The severity a rule's findings are reported at.
    public func severity(of rule: any Rule) -> Severity { rules[rule.id]?.severity ?? rule.defaultSeverity }

    /// The configured parameter values for a rule (defaults are applied by the rule).
    public func parameters(of rule: any Rule) -> [String: Double] { rules[rule.id]?.parameters ?? [:] }
}

/// One rule's settings.
public struct RuleSettings: Sendable, Equatable {
    /// False when the rule is turned off (`off`).
    public var enabled: Bool
    /// The severity its findings are reported at; `nil` for the rule's default.
    public var severity: Severity?
    /// Configured parameter values by name; a parameter not here takes its default.
    public var parameters: [String: Double]

    public init(enabled: Bool = true, severity: Severity? = nil, parameters: [String: Double] = [:]) {
        self.enabled = enabled
        self.severity = severity
        self.parameters = parameters
    }
}

/// An accepted exception: a finding of `rule` on `subject` that the commissioner has agreed to.
public struct Waiver: Sendable, Equatable {
    public var rule: String
    /// The subject id; `kind` narrows it when ids of different kinds could clash.
    public var subjectID: String
    public var subjectKind: Subject.Kind?
    public var reason: String
    public var approvedBy: String
    /// `YYYY-MM-DD`; the waiver applies up to and including this day.
    public var expires: String?
    /// Where the waiver is written, for messages.
    public var position: SourcePosition?

    public init(rule: String, subjectID: String, subjectKind: Subject.Kind? = nil, reason: String, approvedBy: String, expires: String? = nil, position: SourcePosition? = nil) {
        self.rule = rule
        self.subjectID = subjectID
        self.subjectKind = subjectKind
        self.reason = reason
        self.approvedBy = approvedBy
        self.expires = expires
        self.position = position
    }

    /// The rule id of the warning reported for a waiver past its `expires` date (not a rule of ``allRules``).
    public static let expiredRuleID = "expired-waiver"
    /// The rule id of the information reported for a waiver that matches no finding (not a rule of ``allRules``).
    public static let unusedRuleID = "unused-waiver"

    /// The subject as written: `SC3`, or `subcontract SC3` when the kind is given.
    public var subjectDescription: String {
        subjectKind.map { "\($0.rawValue) \(subjectID)" } ?? subjectID
    }

    /// True when the waiver is for this finding's rule and subject.
    public func matches(_ finding: Finding) -> Bool {
        finding.rule == rule && finding.subject.id == subjectID && (subjectKind == nil || subjectKind == finding.subject.kind)
    }
}
