import ChainAuditModel
import ChainAuditRules
import Testing

@Suite("Pricing and funding rules")
struct PricingRulesTests {
    @Test("excessive-management-fee", arguments: [
        FixtureCase("at-threshold.yaml", []),
        FixtureCase("below.yaml", []),
        FixtureCase("above.yaml", ["subcontract SC1", "subcontract SC2"]),
        FixtureCase("unknown-value.yaml", []),
    ])
    func excessiveManagementFee(_ fixture: FixtureCase) throws {
        try fixture.check(ExcessiveManagementFee())
    }

    @Test("excessive-management-fee reads its configured limit and shows it")
    func excessiveManagementFeeParameter() throws {
        let findings = try RuleFixtures.findings(of: ExcessiveManagementFee(), in: "excessive-management-fee/above.yaml", parameters: ["maxManagementFee": 0.05])
        #expect(findings.map(\.subject.id).sorted() == ["SC1", "SC2", "SC3"])
        let third = try #require(findings.first { $0.subject.id == "SC3" })
        #expect(third.message == "Ashford Care Ltd keeps a 10% management fee on the subcontract with Canterbury Carers; the most allowed is 5%")
        #expect(evidence(third, "maxManagementFee") == .double(0.05))
    }

    @Test("undisclosed-management-fee", arguments: [FixtureCase("mixed.yaml", ["subcontract SC1", "subcontract SC3"])])
    func undisclosedManagementFee(_ fixture: FixtureCase) throws {
        try fixture.check(UndisclosedManagementFee())
    }

    @Test("overcommitted-funding", arguments: [
        FixtureCase("at-threshold.yaml", []),
        FixtureCase("below.yaml", []),
        FixtureCase("above.yaml", ["organisation a", "organisation lead"]),
        FixtureCase("unknown-value.yaml", ["organisation lead"]),
    ])
    func overcommittedFunding(_ fixture: FixtureCase) throws {
        try fixture.check(OvercommittedFunding())
    }

    @Test("overcommitted-funding shows the money in and out")
    func overcommittedFundingEvidence() throws {
        let findings = try RuleFixtures.findings(of: OvercommittedFunding(), in: "overcommitted-funding/unknown-value.yaml")
        let lead = try #require(findings.first)
        #expect(evidence(lead, "fundingIn") == .int(1_000_000))
        #expect(evidence(lead, "fundingOut") == .int(1_100_000))
        #expect(lead.message == "Lead Provider Ltd lets subcontracts worth £1,100,000, but the contract is worth £1,000,000 to it")
    }
}
