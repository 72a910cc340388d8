import ArgumentParser
import ChainAuditRules

/// `chainaudit explain RULE`: everything a rule declares, for a person deciding what to do about a finding.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain one rule: what it checks, why, how to fix it, its parameters and examples.",
        discussion: "`chainaudit rules` lists every rule id."
    )

    @Argument(help: "A rule id, such as late-payment-terms.")
    var rule: String

    func validate() throws {
        if Self.waiverFindings[rule] == nil { _ = try RuleLookup.rule(rule) }
    }

    func run() throws {
        if let text = Self.waiverFindings[rule] {
            Standard.output(text)
            return
        }
        Standard.output(Self.explanation(of: try RuleLookup.rule(rule)))
    }

    /// The two findings the waiver machinery reports about the configuration itself: not rules, but explained all the same.
    static let waiverFindings: [String: String] = [
        Waiver.expiredRuleID: """
            \(Waiver.expiredRuleID) (warning; about the configuration, not a rule of the catalogue)

            A waiver in the configuration file is past its `expires` date, so it no longer applies:
            the finding it covered counts again. Renew the waiver with a new date and approval,
            or put the finding right and remove the waiver.

            """,
        Waiver.unusedRuleID: """
            \(Waiver.unusedRuleID) (info; about the configuration, not a rule of the catalogue)

            A waiver in the configuration file matches no finding: the problem was put right, the
            subject's id changed, or the rule is turned off. Remove the waiver (or correct its rule
            and subject) so that stale waivers do not pile up.

            """,
    ]

    /// The explanation: the rule's own declarations, the examples verbatim.
    static func explanation(of rule: any Rule) -> String {
        var lines = [
            "\(rule.id) (\(rule.defaultSeverity.rawValue) by default; principle \(rule.principle.rawValue))",
            "",
            "What it checks",
            "  \(rule.summary.sentence)",
            "  Reports on: \(rule.subjectKinds.map(\.rawValue).joined(separator: ", ")).",
            "",
            "Why",
            "  \(rule.rationale)",
            "  Principle \(rule.principle.rawValue): \(rule.principle.title.sentence)",
            "  Source: \(rule.principle.source.sentence)",
            "",
            "How to fix",
            "  \(rule.fix)",
            "",
            "Parameters",
        ]
        if rule.parameters.isEmpty {
            lines.append("  None.")
        } else {
            for parameter in rule.parameters {
                let value = parameter.defaultValue.map { "default \(YAMLText.number($0))" } ?? "unset by default: the rule is silent until it is configured"
                lines.append("  \(parameter.name) (\(parameter.kind.rawValue), \(value)): \(parameter.summary)")
            }
        }
        lines += [
            "  Change them, or the severity, in chainaudit.yml (see `chainaudit init`).",
            "",
            "Failing example (the rule reports a finding on this chain):",
            "",
            rule.failingExample,
            "",
            "Passing example (the rule is silent on this chain):",
            "",
            rule.passingExample,
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
