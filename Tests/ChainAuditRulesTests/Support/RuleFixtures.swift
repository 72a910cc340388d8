import ChainAuditModel
import ChainAuditRules
import Foundation
import Testing

/// Loads the chains under `Fixtures/rules/<rule-id>/` and runs one rule over them.
enum RuleFixtures {
    /// The package's `Fixtures/rules` folder, found from this source file.
    static let folder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/rules")

    /// The chain in `Fixtures/rules/<relative>`.
    static func chain(_ relative: String) throws -> Chain {
        try ChainLoader().load(path: folder.appendingPathComponent(relative).path)
    }

    /// The findings of `rule` alone on a fixture, with any parameters configured.
    static func findings(of rule: any Rule, in relative: String, parameters: [String: Double] = [:]) throws -> [Finding] {
        let configuration = Configuration(rules: parameters.isEmpty ? [:] : [rule.id: RuleSettings(parameters: parameters)])
        let result = Checker(rules: [rule], configuration: configuration).check(try chain(relative))
        return result.findings.filter { $0.rule == rule.id }
    }

    /// The subjects `rule` reports on a fixture, as `"kind id"`, sorted.
    static func subjects(of rule: any Rule, in relative: String, parameters: [String: Double] = [:]) throws -> [String] {
        try findings(of: rule, in: relative, parameters: parameters).map(\.subject.description).sorted()
    }
}

/// One fixture of one rule and the subjects it must report, exactly.
struct FixtureCase: Sendable, CustomTestStringConvertible {
    var file: String
    var expected: [String]

    init(_ file: String, _ expected: [String]) {
        self.file = file
        self.expected = expected.sorted()
    }

    var testDescription: String { "\(file) → \(expected.isEmpty ? "silent" : expected.joined(separator: ", "))" }

    /// Checks that `rule` reports exactly the expected subjects, at most once each.
    func check(_ rule: any Rule, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let findings = try RuleFixtures.findings(of: rule, in: "\(rule.id)/\(file)")
        #expect(findings.map(\.subject.description).sorted() == expected, sourceLocation: sourceLocation)
        #expect(Set(findings.map(\.subject)).count == findings.count, "more than one finding for a subject", sourceLocation: sourceLocation)
    }
}

/// The value under `key` in a finding's evidence.
func evidence(_ finding: Finding, _ key: String) -> JSONValue? {
    finding.evidence.first { $0.key == key }?.value
}
