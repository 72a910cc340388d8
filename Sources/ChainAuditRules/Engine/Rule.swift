import ChainAuditModel

/// One check of a chain against one principle.
///
/// A rule is one type in one file: it declares everything `chainaudit explain`
/// prints and everything its tests run, and it never prints: ``check(_:)``
/// returns findings. Adding a rule means adding its file and one line in
/// ``allRules``.
public protocol Rule: Sendable {
    /// Stable kebab-case id, used in configuration, waivers and reports.
    var id: String { get }
    var principle: Principle { get }
    var defaultSeverity: Severity { get }
    /// What the finding is about.
    var subjectKinds: [Subject.Kind] { get }
    /// One line: what the rule checks.
    var summary: String { get }
    /// Why it matters, paraphrasing the principle.
    var rationale: String { get }
    /// How to put a finding right.
    var fix: String { get }
    /// The thresholds the configuration may change, with their defaults.
    var parameters: [RuleParameter] { get }
    /// A chain (YAML) on which the rule fires.
    var failingExample: String { get }
    /// A chain (YAML) on which the rule stays silent.
    var passingExample: String { get }
    /// Parameter values the examples are checked with; empty for a rule that
    /// fires on its defaults (a rule that is silent until configured sets them).
    var exampleParameters: [String: Double] { get }

    /// Checks the chain; at most one finding per subject.
    func check(_ context: RuleContext) -> [Finding]
}

extension Rule {
    public var parameters: [RuleParameter] { [] }
    public var exampleParameters: [String: Double] { [:] }

    /// A finding of this rule at its default severity (the engine applies configured severities).
    public func finding(_ subject: Subject, _ message: String, evidence: [JSONValue.Pair] = []) -> Finding {
        Finding(rule: id, severity: defaultSeverity, principle: principle, subject: subject, message: message, evidence: evidence)
    }
}

/// A threshold a rule reads, with its default.
public struct RuleParameter: Sendable, Hashable {
    public enum Kind: String, Sendable {
        /// A whole number of days.
        case days
        /// A fraction from 0 to 1 (`"15%"` accepted in configuration).
        case share
        /// A plain non-negative number (a ratio or multiplier).
        case number
        /// A whole number (a count or a tier).
        case count
    }

    public var name: String
    public var kind: Kind
    /// `nil` when the parameter is unset by default (the rule is silent until it is configured).
    public var defaultValue: Double?
    public var summary: String

    public init(_ name: String, kind: Kind, default defaultValue: Double?, _ summary: String) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.summary = summary
    }
}

/// What a rule sees: the chain, the shared analysis of it, and its effective parameters.
public struct RuleContext: Sendable {
    public let chain: Chain
    public let analysis: ChainAnalysis
    private let parameterValues: [String: Double]

    public init(chain: Chain, analysis: ChainAnalysis, parameters: [String: Double] = [:]) {
        self.chain = chain
        self.analysis = analysis
        self.parameterValues = parameters
    }

    /// The effective value of a parameter that has a default (or was configured).
    public func parameter(_ name: String, default defaultValue: Double) -> Double {
        parameterValues[name] ?? defaultValue
    }

    /// The value of a parameter that is unset by default; `nil` when not configured.
    public func configuredParameter(_ name: String) -> Double? {
        parameterValues[name]
    }

    public var contract: Contract { chain.contract }
}

/// `a > b` by more than 1e-9, so binary rounding never decides a finding.
public func exceeds(_ a: Double, _ b: Double) -> Bool { a - b > 1e-9 }

/// `a >= b` allowing for binary rounding.
public func atLeast(_ a: Double, _ b: Double) -> Bool { a - b >= -1e-9 }
