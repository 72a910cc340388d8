import ChainAuditModel
import ChainAuditRules
import Testing

@Suite("Risk rules")
struct RiskRuleTests {
    let rule = RiskExceedsCapacity()

    @Test("risk-exceeds-capacity around maxExposure × annualTurnover (25% of £100,000)", arguments: [
        ("below.yaml", [String]()), ("at-threshold.yaml", []), ("above.yaml", ["SC1"]),
    ])
    func threshold(fixture: String, expected: [String]) throws {
        #expect(try RuleRun.subjects(rule, fixture) == expected)
    }

    @Test("risk-exceeds-capacity is silent when the turnover or the value is unknown")
    func unknownValue() throws {
        #expect(try RuleRun.subjects(rule, "unknown-value.yaml") == [])
    }

    @Test("risk-exceeds-capacity applies to micro, small and sme providers and to any VCSE")
    func sizes() throws {
        #expect(try RuleRun.subjects(rule, "sizes.yaml") == ["SC-LARGE-VCSE", "SC-MICRO", "SC-SMALL", "SC-SME", "SC-UNKNOWN-VCSE"])
    }

    @Test("risk-exceeds-capacity spreads the exposure over the term, counting a short term as one year")
    func term() throws {
        #expect(try RuleRun.subjects(rule, "two-year-term.yaml") == [])
        #expect(try RuleRun.subjects(rule, "short-term.yaml") == [])
    }

    @Test("risk-exceeds-capacity reads a configured maxExposure")
    func configured() throws {
        #expect(try RuleRun.subjects(rule, "above.yaml", parameters: ["maxExposure": 0.3]) == [])
        #expect(try RuleRun.subjects(rule, "below.yaml", parameters: ["maxExposure": 0.2]) == ["SC1"])
    }

    @Test("risk-exceeds-capacity's evidence gives the exposure and the threshold used")
    func evidence() throws {
        let finding = try #require(try RuleRun.findings(rule, "above.yaml").first)
        let evidence = RuleRun.evidence(finding)
        #expect(finding.evidence.map(\.key) == ["byResultsShare", "value", "termYears", "annualExposure", "annualTurnover", "maxExposure"])
        #expect(evidence["annualTurnover"] == .int(100_000))
        #expect(evidence["maxExposure"] == .double(0.25))
        #expect(finding.message == "Provider 1 has £26,000 a year at risk on results, more than 25% of its annual turnover of £100,000")
    }
}
