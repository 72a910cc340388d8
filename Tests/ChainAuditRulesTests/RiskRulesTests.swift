import ChainAuditModel
import ChainAuditRules
import Testing

@Suite("Risk rules")
struct RiskRulesTests {
    @Test("disproportionate-risk", arguments: [
        FixtureCase("at-threshold.yaml", ["subcontract SC2"]),
        FixtureCase("below.yaml", []),
        FixtureCase("above.yaml", ["subcontract SC1", "subcontract SC2"]),
        FixtureCase("unknown-value.yaml", []),
        FixtureCase("zero-contract-value.yaml", []),
    ])
    func disproportionateRisk(_ fixture: FixtureCase) throws {
        try fixture.check(DisproportionateRisk())
    }

    @Test("disproportionate-risk shows both thresholds and reads configured ones")
    func disproportionateRiskParameters() throws {
        let finding = try #require(try RuleFixtures.findings(of: DisproportionateRisk(), in: "disproportionate-risk/above.yaml").first { $0.subject.id == "SC1" })
        #expect(finding.evidence.map(\.key) == ["riskShare", "value", "contractValue", "valueShare", "maxRiskRatio", "minRiskShare"])
        #expect(finding.message == "Ashford Care Ltd carries 45.1% of the contract's risk for 30% of its value; no provider should carry more than 1.5 times its share of the value")
        let stricter = try RuleFixtures.subjects(of: DisproportionateRisk(), in: "disproportionate-risk/below.yaml", parameters: ["minRiskShare": 0.01, "maxRiskRatio": 1.4])
        #expect(stricter == ["subcontract SC1", "subcontract SC2"])
    }

    @Test("pbr-amplified", arguments: [
        FixtureCase("at-threshold.yaml", []),
        FixtureCase("below.yaml", []),
        FixtureCase("above.yaml", ["subcontract SC1", "subcontract SC2"]),
        FixtureCase("largest-incoming.yaml", ["subcontract SC5"]),
        FixtureCase("unknown-value.yaml", ["subcontract SC3"]),
    ])
    func pbrAmplified(_ fixture: FixtureCase) throws {
        try fixture.check(PbrAmplified())
    }

    @Test("pbr-amplified reads its configured tolerance")
    func pbrAmplifiedParameter() throws {
        let subjects = try RuleFixtures.subjects(of: PbrAmplified(), in: "pbr-amplified/below.yaml", parameters: ["pbrTolerance": 0.05])
        #expect(subjects == ["subcontract SC1"])
        let finding = try #require(try RuleFixtures.findings(of: PbrAmplified(), in: "pbr-amplified/above.yaml").first { $0.subject.id == "SC1" })
        #expect(finding.message == "Ashford Care Ltd has 81% of its payment tied to results, but Lead Provider Ltd has only 70% of its own; the gap should be no more than 10 percentage points")
        #expect(evidence(finding, "pbrTolerance") == .double(0.1))
    }

    @Test("liability-exceeds-value", arguments: [
        FixtureCase("at-threshold.yaml", []),
        FixtureCase("below.yaml", []),
        FixtureCase("above.yaml", ["subcontract SC1"]),
        FixtureCase("unknown-value.yaml", []),
    ])
    func liabilityExceedsValue(_ fixture: FixtureCase) throws {
        try fixture.check(LiabilityExceedsValue())
    }

    @Test("liability-exceeds-value names the sums")
    func liabilityMessage() throws {
        let finding = try #require(try RuleFixtures.findings(of: LiabilityExceedsValue(), in: "liability-exceeds-value/above.yaml").first)
        #expect(finding.message == "Ashford Care Ltd can be liable for up to £200,000.01 under a subcontract worth £200,000")
    }
}
