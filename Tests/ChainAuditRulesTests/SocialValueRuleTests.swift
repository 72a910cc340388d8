import ChainAuditModel
import ChainAuditRules
import Testing

@Suite("Social value rule")
struct SocialValueRuleTests {
    let rule = SocialValueTarget()

    @Test("social-value-target is silent until a target is configured")
    func silentByDefault() throws {
        #expect(try RuleRun.subjects(rule, "below.yaml") == [])
        #expect(try RuleRun.subjects(rule, "mixed.yaml") == [])
    }

    @Test("social-value-target around minKentShare 0.5", arguments: [
        ("below.yaml", true), ("at-threshold.yaml", false), ("above.yaml", false),
    ])
    func kentThreshold(fixture: String, fires: Bool) throws {
        #expect(try RuleRun.subjects(rule, fixture, parameters: ["minKentShare": 0.5]) == (fires ? ["FX-1"] : []))
    }

    @Test("social-value-target is silent when nothing is subcontracted", arguments: ["unknown-value.yaml", "no-subcontracts.yaml"])
    func nothingSubcontracted(fixture: String) throws {
        let targets = ["minKentShare": 0.5, "minSmeShare": 0.5, "minVcseShare": 0.5]
        #expect(try RuleRun.subjects(rule, fixture, parameters: targets) == [])
    }

    @Test("social-value-target: one finding naming every unmet target, with each share and target in evidence")
    func everyUnmetTarget() throws {
        // 40% each to Kent-based, SME and VCSE providers.
        let found = try RuleRun.findings(rule, "mixed.yaml", parameters: ["minKentShare": 0.3, "minSmeShare": 0.5, "minVcseShare": 0.45])
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.subject == Subject(kind: .contract, id: "FX-1"))
        #expect(finding.evidence.map(\.key) == ["subcontractedValue", "kentShare", "minKentShare", "smeShare", "minSmeShare", "vcseShare", "minVcseShare"])
        #expect(finding.message.contains("40% goes to SMEs (target 50%)"))
        #expect(finding.message.contains("voluntary, community and social enterprises (target 45%)"))
        #expect(!finding.message.contains("Kent-based"))
    }

    @Test("social-value-target is silent when every configured target is met")
    func allMet() throws {
        #expect(try RuleRun.subjects(rule, "mixed.yaml", parameters: ["minKentShare": 0.4, "minSmeShare": 0.4, "minVcseShare": 0.4]) == [])
    }
}
