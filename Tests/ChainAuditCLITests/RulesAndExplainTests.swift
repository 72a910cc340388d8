import ChainAuditRules
import Foundation
import Testing

@Suite("chainaudit rules and explain")
struct RulesAndExplainTests {
    @Test("rules lists every rule with its severity, principle and summary")
    func listsEveryRule() throws {
        let result = try CLI.run(["rules"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == allRules.count + 1)
        for rule in allRules {
            let line = try #require(lines.first { $0.hasPrefix(rule.id + " ") })
            let columns = line.split(separator: " ", omittingEmptySubsequences: true)
            #expect(columns[1] == rule.defaultSeverity.rawValue)
            #expect(line.hasSuffix(rule.summary))
        }
    }

    @Test("rules --principle and --severity filter the list", arguments: ["statutory", "C4", "c4", "Principle 8", "principle8"])
    func principleFilter(principle: String) throws {
        let result = try CLI.run(["rules", "--principle", principle, "--format", "json"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        let ids = (json["rules"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        let wanted = principle.lowercased().replacingOccurrences(of: " ", with: "")
        let expected = allRules.filter { $0.principle.rawValue.lowercased().replacingOccurrences(of: " ", with: "") == wanted }.map(\.id)
        #expect(ids == expected)
    }

    @Test("rules --severity keeps only rules of that default severity", arguments: ["error", "warning", "info"])
    func severityFilter(severity: String) throws {
        let result = try CLI.run(["rules", "--severity", severity, "--format", "json"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        let listed = json["rules"] as? [[String: Any]] ?? []
        #expect(listed.compactMap { $0["id"] as? String } == allRules.filter { $0.defaultSeverity.rawValue == severity }.map(\.id))
        #expect(listed.allSatisfy { $0["severity"] as? String == severity })
    }

    @Test("rules combines filters, and the JSON carries parameters")
    func combinedFiltersAndParameters() throws {
        let result = try CLI.run(["rules", "--principle", "statutory", "--severity", "error", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        let listed = json["rules"] as? [[String: Any]] ?? []
        let late = try #require(listed.first { $0["id"] as? String == "late-payment-terms" })
        let parameters = late["parameters"] as? [[String: Any]] ?? []
        #expect(parameters.first?["name"] as? String == "maxPaymentDays")
        #expect(parameters.first?["kind"] as? String == "days")
        #expect(parameters.first?["default"] as? Int == 30)
        #expect(!listed.contains { $0["id"] as? String == "missing-visibility" })
    }

    @Test("rules --principle with an unknown principle is exit 2 with a suggestion")
    func unknownPrinciple() throws {
        let result = try CLI.run(["rules", "--principle", "C33"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("did you mean `C3`?"))
    }

    @Test("explain prints what, why, how to fix, parameters, and both examples verbatim", arguments: allRules.map(\.id))
    func explain(id: String) throws {
        let rule = try #require(allRules.first { $0.id == id })
        let result = try CLI.run(["explain", id])
        #expect(result.status == 0)
        let text = result.stdout
        #expect(text.hasPrefix("\(id) (\(rule.defaultSeverity.rawValue) by default; principle \(rule.principle.rawValue))"))
        #expect(text.contains(rule.summary))
        #expect(text.contains(rule.rationale))
        #expect(text.contains(rule.principle.title))
        #expect(text.contains(rule.principle.source))
        #expect(text.contains(rule.fix))
        for parameter in rule.parameters {
            #expect(text.contains("  \(parameter.name) (\(parameter.kind.rawValue), "))
            #expect(text.contains(parameter.summary))
        }
        #expect(text.contains("\n" + rule.failingExample + "\n"))
        #expect(text.contains("\n" + rule.passingExample + "\n"))
        let failing = try #require(text.range(of: rule.failingExample))
        let passing = try #require(text.range(of: rule.passingExample, range: failing.upperBound..<text.endIndex))
        #expect(failing.upperBound <= passing.lowerBound)
    }

    @Test("explain shows a parameter's kind and default")
    func explainParameter() throws {
        let result = try CLI.run(["explain", "late-payment-terms"])
        #expect(result.stdout.contains("  maxPaymentDays (days, default 30): the longest payment term allowed, in days"))
        #expect(result.stdout.contains("Source: Public Contracts Regulations 2015"))
    }

    @Test("explain also covers the findings waivers produce", arguments: ["expired-waiver", "unused-waiver"])
    func explainWaiverFindings(id: String) throws {
        let result = try CLI.run(["explain", id])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix(id + " ("))
        #expect(result.stdout.contains("waiver"))
    }

    @Test("explain with an unknown rule is exit 2 with a suggestion")
    func explainUnknown() throws {
        let result = try CLI.run(["explain", "missing-visibilty"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("unknown rule `missing-visibilty`; did you mean `missing-visibility`?"))
    }
}
