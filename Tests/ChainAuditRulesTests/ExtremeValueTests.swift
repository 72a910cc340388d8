import ChainAuditModel
import ChainAuditRules
import Testing

/// Amounts far beyond any real contract must still produce findings, never a crash.
@Suite("Extreme values")
struct ExtremeValueTests {
    @Test("Every rule copes with amounts near the largest number a file can hold")
    func hugeAmounts() throws {
        let yaml = """
            chainaudit: 1
            contract: { id: FX-1, title: Huge Service, commissioner: kcc, lead: lead, value: 1e300 }
            organisations:
              - { id: kcc, name: Kent County Council, sector: public, size: large }
              - { id: lead, name: Lead Provider Ltd, sector: private, size: large }
              - { id: hope, name: Hope Trust, sector: vcse, size: small, annualTurnover: 1 }
              - { id: big, name: Big Ltd, sector: private, size: large }
            subcontracts:
              - { id: SC1, parent: lead, provider: hope, value: 1.7e308, byResultsShare: 1 }
              - { id: SC2, parent: lead, provider: big, value: 1.7e308 }
              - { id: SC3, parent: hope, provider: big, value: 1e20 }
            """
        let chain = try ChainLoader().load(bytes: Array(yaml.utf8), file: "huge.yaml", format: .yaml)
        let configuration = Configuration(rules: ["social-value-target": RuleSettings(parameters: ["minKentShare": 1, "minVcseShare": 1, "minSmeShare": 1])])
        let findings = Checker(rules: allRules, configuration: configuration).check(chain).findings
        #expect(findings.contains { $0.rule == "risk-exceeds-capacity" && $0.subject.id == "SC1" })
        #expect(findings.contains { $0.rule == "single-point-of-failure" && $0.subject.id == "hope" })
        #expect(findings.allSatisfy { !$0.message.isEmpty })
    }

    @Test("Huge amounts and shares are worded without trapping")
    func wording() {
        #expect(Wording.pounds(1e20) == "£1e+20")
        #expect(Wording.pounds(1_200_000) == "£1,200,000")
        #expect(Wording.percent(1e300).hasSuffix("%"))
        #expect(Wording.plainNumber(1e300) == "1e+300")
        #expect(Wording.plainNumber(3) == "3")
        #expect(Wording.plainNumber(2.5) == "2.5")
    }
}
