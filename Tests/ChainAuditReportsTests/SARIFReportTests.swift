import ChainAuditReports
import ChainAuditRules
import Foundation
import Testing

@Suite("SARIF report")
struct SARIFReportTests {
    static func parse(_ input: ReportInput) throws -> [String: Any] {
        let text = SARIFReport.render([input])
        return try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:]
    }

    @Test("The required SARIF 2.1.0 fields are present")
    func requiredFields() throws {
        let input = try Hostile.input()
        let sarif = try Self.parse(input)
        #expect(sarif["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        #expect(sarif["version"] as? String == "2.1.0")
        let runs = try #require(sarif["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "chainaudit")
        #expect((driver["version"] as? String)?.isEmpty == false)
        #expect((driver["informationUri"] as? String)?.hasPrefix("https://") == true)
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.count >= allRules.count)
        for rule in rules {
            #expect((rule["id"] as? String)?.isEmpty == false)
            for key in ["shortDescription", "fullDescription", "help"] {
                #expect(((rule[key] as? [String: Any])?["text"] as? String)?.isEmpty == false, "rule \(rule["id"] ?? "?") lacks \(key)")
            }
            let level = (rule["defaultConfiguration"] as? [String: Any])?["level"] as? String
            #expect(["error", "warning", "note"].contains(level ?? ""))
            #expect(((rule["properties"] as? [String: Any])?["principle"] as? String)?.isEmpty == false)
        }
        let ruleIDs = rules.compactMap { $0["id"] as? String }

        let results = try #require(runs[0]["results"] as? [[String: Any]])
        let findings = input.result.findings
        #expect(results.count == findings.count)
        var fingerprints = Set<String>()
        for (result, finding) in zip(results, findings) {
            #expect(result["ruleId"] as? String == finding.rule)
            #expect(ruleIDs.contains(finding.rule))
            if let index = result["ruleIndex"] as? Int { #expect(ruleIDs[index] == finding.rule) }
            #expect(result["level"] as? String == SARIFReport.level(finding.severity))
            #expect((result["message"] as? [String: Any])?["text"] as? String == finding.message)
            let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
            #expect((location?["artifactLocation"] as? [String: Any])?["uri"] as? String == input.file)
            let region = location?["region"] as? [String: Any]
            let position = try #require(input.chain.position(of: finding.subject))
            #expect(region?["startLine"] as? Int == position.line)
            #expect(region?["startColumn"] as? Int == position.column)
            let fingerprint = try #require((result["partialFingerprints"] as? [String: String])?[SARIFReport.fingerprintKey])
            #expect(fingerprint.contains(finding.subject.id))
            fingerprints.insert(fingerprint)
            let suppressions = result["suppressions"] as? [[String: Any]]
            if let waiver = finding.waiver {
                #expect(suppressions?.first?["kind"] as? String == "external")
                #expect(suppressions?.first?["justification"] as? String == waiver.reason)
            } else {
                #expect(suppressions == nil)
            }
        }
        #expect(fingerprints.count == findings.count, "fingerprints must tell findings apart")
        #expect(findings.contains { $0.isWaived })
    }

    @Test("The same input gives the same bytes")
    func deterministic() throws {
        let input = try Hostile.input()
        let first = SARIFReport.render([input]), second = SARIFReport.render([input])
        #expect(first == second)
    }

    @Test("Artifact URIs: relative paths stay relative, absolute ones become file URIs, odd characters are percent-encoded")
    func artifactURIs() {
        #expect(SARIFReport.artifactURI("bids/wellbeing.yaml") == "bids/wellbeing.yaml")
        #expect(SARIFReport.artifactURI("/tmp/a b/c#d.yaml") == "file:///tmp/a%20b/c%23d.yaml")
        #expect(SARIFReport.artifactURI("é.yaml") == "%C3%A9.yaml")
    }
}
