import ChainAuditModel
import ChainAuditRules
import Testing

@Suite("Shape rules")
struct ShapeRulesTests {
    @Test("subcontracting-cycle", arguments: [
        FixtureCase("cycles.yaml", ["subcontract X10", "subcontract Z9"]),
        FixtureCase("no-cycle.yaml", []),
        FixtureCase("through-lead.yaml", ["subcontract SC1"]),
    ])
    func subcontractingCycle(_ fixture: FixtureCase) throws {
        try fixture.check(SubcontractingCycle())
    }

    @Test("subcontracting-cycle names the organisations in the loop")
    func subcontractingCycleMessage() throws {
        let findings = try RuleFixtures.findings(of: SubcontractingCycle(), in: "subcontracting-cycle/cycles.yaml")
        let loop = try #require(findings.first { $0.subject.id == "X10" })
        #expect(loop.message == "Canterbury Carers, Dover Day Centre and East Kent Homes subcontract to each other in a loop (the subcontract with East Kent Homes is one link of it)")
        #expect(evidence(loop, "organisations") == .int(3))
        #expect(evidence(loop, "subcontracts") == .int(3))
    }

    @Test("unreachable-subcontract", arguments: [
        FixtureCase("mixed.yaml", ["subcontract SC3", "subcontract SC4", "subcontract SC5"]),
    ])
    func unreachableSubcontract(_ fixture: FixtureCase) throws {
        try fixture.check(UnreachableSubcontract())
    }
}
