import ChainAuditModel
import ChainAuditRules
import Testing

@Suite("Exit and issue-resolution rules")
struct ExitRulesTests {
    static let missing = ["contract EX-1", "subcontract SC2", "subcontract SC3", "subcontract SC4"]

    @Test("no-exit-strategy", arguments: [FixtureCase("mixed.yaml", missing), FixtureCase("all-present.yaml", [])])
    func noExitStrategy(_ fixture: FixtureCase) throws {
        try fixture.check(NoExitStrategy())
    }

    @Test("no-issue-resolution", arguments: [FixtureCase("mixed.yaml", missing), FixtureCase("all-present.yaml", [])])
    func noIssueResolution(_ fixture: FixtureCase) throws {
        try fixture.check(NoIssueResolution())
    }

    @Test("The findings name the contract by its title and a subcontract by its provider")
    func messages() throws {
        let findings = try RuleFixtures.findings(of: NoExitStrategy(), in: "no-exit-strategy/mixed.yaml")
        let contract = try #require(findings.first { $0.subject.kind == .contract })
        #expect(contract.message == "The contract Example Service between Kent County Council and Lead Provider Ltd has no exit strategy")
        let subcontract = try #require(findings.first { $0.subject.id == "SC2" })
        #expect(subcontract.message == "The subcontract with Bridges Befriending CIC has no exit strategy")
    }
}
