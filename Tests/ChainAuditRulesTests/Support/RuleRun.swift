import ChainAuditModel
import ChainAuditRules
import Foundation
import Testing

/// Runs one rule over a fixture chain under `Fixtures/rules/`, as the checker does.
enum RuleRun {
    static let fixtures: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/rules")

    /// Loads `Fixtures/rules/<rule id>/<name>`.
    static func chain(_ rule: any Rule, _ name: String) throws -> Chain {
        try ChainLoader().load(path: fixtures.appendingPathComponent(rule.id).appendingPathComponent(name).path)
    }

    /// The rule's findings on a chain, with these parameters configured.
    static func findings(_ rule: any Rule, on chain: Chain, parameters: [String: Double] = [:]) -> [Finding] {
        let configuration = Configuration(rules: [rule.id: RuleSettings(parameters: parameters)])
        return Checker(rules: [rule], configuration: configuration).check(chain).findings
    }

    /// The rule's findings on the fixture `name`.
    static func findings(_ rule: any Rule, _ name: String, parameters: [String: Double] = [:]) throws -> [Finding] {
        findings(rule, on: try chain(rule, name), parameters: parameters)
    }

    /// The ids of the subjects the rule reports on the fixture `name`, sorted; checks one finding per subject.
    static func subjects(_ rule: any Rule, _ name: String, parameters: [String: Double] = [:]) throws -> [String] {
        let found = try findings(rule, name, parameters: parameters)
        let ids = found.map(\.subject.id).sorted()
        #expect(Set(found.map(\.subject)).count == found.count, "\(rule.id): more than one finding for a subject in \(name)")
        return ids
    }

    /// The evidence of a finding as a dictionary, for looking values up.
    static func evidence(_ finding: Finding) -> [String: JSONValue] {
        Dictionary(finding.evidence.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    }
}
