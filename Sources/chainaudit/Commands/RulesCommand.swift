import ArgumentParser
import ChainAuditModel
import ChainAuditReports
import ChainAuditRules

/// `chainaudit rules`: the catalogue of every rule, optionally filtered.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule: id, default severity, principle and what it checks.",
        discussion: "`chainaudit explain RULE` tells more about one rule."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    enum SeverityFilter: String, ExpressibleByArgument, CaseIterable {
        case error, warning, info

        var severity: Severity {
            switch self {
            case .error: .error
            case .warning: .warning
            case .info: .info
            }
        }
    }

    @Option(name: .long, help: ArgumentHelp("Only the rules enforcing this principle: C1–C6, P1–P9, statutory, \"Principle 8\", \"Principle 9\".", valueName: "principle"))
    var principle: String?

    @Option(name: .long, help: "Only the rules with this default severity.")
    var severity: SeverityFilter?

    @Option(name: .shortAndLong, help: "Output format.")
    var format: Format = .text

    func validate() throws {
        if let principle { _ = try RuleLookup.principle(principle) }
    }

    func run() throws {
        let wanted = try principle.map(RuleLookup.principle)
        let rules = allRules.filter { rule in
            (wanted == nil || rule.principle == wanted) && (severity == nil || rule.defaultSeverity == severity?.severity)
        }
        switch format {
        case .text:
            Standard.output(Self.table(rules))
        case .json:
            Standard.output(JSONWriter.write(.object([.init("rules", .array(rules.map(Self.json)))])) + "\n")
        }
    }

    /// Aligned columns: id, severity, principle, summary.
    static func table(_ rules: [any Rule]) -> String {
        let rows = [["ID", "SEVERITY", "PRINCIPLE", "SUMMARY"]]
            + rules.map { [$0.id, $0.defaultSeverity.rawValue, $0.principle.rawValue, $0.summary] }
        let widths = (0..<3).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            (0..<3).map { row[$0].padding(to: widths[$0]) }.joined(separator: "  ") + "  " + row[3]
        }.joined(separator: "\n") + "\n"
    }

    static func json(_ rule: any Rule) -> JSONValue {
        .object([
            .init("id", .string(rule.id)),
            .init("severity", .string(rule.defaultSeverity.rawValue)),
            .init("principle", .string(rule.principle.rawValue)),
            .init("principleTitle", .string(rule.principle.title)),
            .init("subjects", .array(rule.subjectKinds.map { .string($0.rawValue) })),
            .init("summary", .string(rule.summary)),
            .init("parameters", .array(rule.parameters.map { parameter in
                .object([
                    .init("name", .string(parameter.name)),
                    .init("kind", .string(parameter.kind.rawValue)),
                    .init("default", parameter.defaultValue.map(JSONValue.number) ?? .null),
                    .init("summary", .string(parameter.summary)),
                ])
            })),
        ])
    }
}
