import ChainAuditModel

/// Runs the enabled rules over a chain and applies the configuration:
/// severities, parameters and waivers. The result is in report order.
public struct Checker: Sendable {
    public var rules: [any Rule]
    public var configuration: Configuration
    /// The day waivers' expiry dates are compared with.
    public var today: CalendarDate?

    public init(rules: [any Rule] = allRules, configuration: Configuration = .default, today: CalendarDate? = nil) {
        self.rules = rules
        self.configuration = configuration
        self.today = today
    }

    /// Checks one chain.
    /// - Complexity: each rule is linear in the size of the chain; findings are sorted once.
    public func check(_ chain: Chain) -> CheckResult {
        let analysis = ChainAnalysis(chain)
        var findings: [Finding] = []
        for rule in rules where configuration.isEnabled(rule) {
            let context = RuleContext(chain: chain, analysis: analysis, parameters: configuration.parameters(of: rule))
            let severity = configuration.severity(of: rule)
            var found = rule.check(context)
            // Set in place, in the rule's own array: no finding is copied for it.
            for index in found.indices where found[index].severity != severity {
                found[index].severity = severity
            }
            findings.append(contentsOf: found)
        }
        let disabled = Set(rules.lazy.filter { !configuration.isEnabled($0) }.map(\.id))
        findings = WaiverApplication.apply(configuration.waivers, to: findings, chain: chain, today: today, rules: rules, disabled: disabled)
        return CheckResult(chain: chain, analysis: analysis, findings: Self.sortedForReport(findings))
    }
}

extension Checker {
    /// The findings in report order (``Finding/reportOrder(_:_:)``), with
    /// findings that compare equal kept in the order they came (a stable sort).
    ///
    /// Grouped by severity and rule first, so that only subjects are compared,
    /// within a group: each rule reports its subjects in file order, which is
    /// often id order already, and the standard sort (stable, like the one it
    /// replaces) then finishes a group in one pass. Indices are sorted rather
    /// than findings, so each finding is moved once.
    static func sortedForReport(_ findings: [Finding]) -> [Finding] {
        struct Group: Hashable {
            var severity: Severity
            var rule: String
        }
        var members: [Group: [Int]] = [:]
        for (index, finding) in findings.enumerated() {
            members[Group(severity: finding.severity, rule: finding.rule), default: []].append(index)
        }
        let groups = members.keys.sorted { lhs, rhs in
            lhs.severity != rhs.severity ? lhs.severity > rhs.severity : lhs.rule.utf8Precedes(rhs.rule)
        }
        var sorted: [Finding] = []
        sorted.reserveCapacity(findings.count)
        findings.withUnsafeBufferPointer { buffer in
            for group in groups {
                var indices = members[group] ?? []
                indices.sort { buffer[$0].subject < buffer[$1].subject }
                for index in indices { sorted.append(buffer[index]) }
            }
        }
        return sorted
    }
}

/// The outcome of checking one chain.
public struct CheckResult: Sendable {
    public let chain: Chain
    public let analysis: ChainAnalysis
    /// In report order: severity, rule id, subject id.
    public let findings: [Finding]

    // The counts read two fields of each finding in place (by index): a
    // closure over the findings would copy every finding it is given.

    /// Unwaived findings per severity.
    public func count(_ severity: Severity) -> Int {
        var count = 0
        for index in findings.indices where findings[index].severity == severity && !findings[index].isWaived {
            count += 1
        }
        return count
    }

    public var waivedCount: Int {
        var count = 0
        for index in findings.indices where findings[index].isWaived { count += 1 }
        return count
    }

    /// True when an unwaived finding is at or above `threshold`.
    public func fails(at threshold: Severity?) -> Bool {
        guard let threshold else { return false }
        return findings.contains { !$0.isWaived && $0.severity >= threshold }
    }

    public var metrics: Metrics { Metrics(chain: chain, analysis: analysis) }
}
