import ChainAuditModel
import ChainAuditRules
import Testing

@Suite("Visibility and accountability rules")
struct VisibilityRuleTests {
    @Test("no-performance-data: absent, null, empty or all-blank kpis fire; any real kpi is enough")
    func noPerformanceData() throws {
        let found = try RuleRun.subjects(NoPerformanceData(), "missing.yaml")
        #expect(found == ["ABSENT", "BLANK-ITEMS", "EMPTY-LIST", "SET-NULL", "TILDE"])
    }

    @Test("no-commissioner-access fires unless commissionerAccess is true")
    func noCommissionerAccess() throws {
        let found = try RuleRun.subjects(NoCommissionerAccess(), "cases.yaml")
        #expect(found == ["ABSENT", "SET-FALSE", "SET-NULL"])
    }

    @Test("unclear-terms: one finding per subcontract naming every missing field")
    func unclearTerms() throws {
        let rule = UnclearTerms()
        let found = try RuleRun.findings(rule, "cases.yaml")
        #expect(found.map(\.subject.id).sorted() == ["ALL-ABSENT", "BLANK-REWARDS", "EMPTY-PENALTIES", "NO-DELIVERABLES"])
        let missing = Dictionary(uniqueKeysWithValues: found.map { ($0.subject.id, RuleRun.evidence($0)["missing"] ?? .null) })
        #expect(missing["ALL-ABSENT"] == .array(["deliverables", "rewards", "penalties"]))
        #expect(missing["NO-DELIVERABLES"] == .array(["deliverables"]))
        #expect(missing["BLANK-REWARDS"] == .array(["rewards"]))
        #expect(missing["EMPTY-PENALTIES"] == .array(["penalties"]))
        let all = try #require(found.first { $0.subject.id == "ALL-ABSENT" })
        #expect(all.message == "The subcontract with Hope Trust does not state its deliverables, rewards and penalties")
    }

    @Test("no-outcomes fires when outcomes are absent, null or an empty list", arguments: [
        ("absent.yaml", true), ("null.yaml", true), ("empty-list.yaml", true), ("present.yaml", false),
    ])
    func noOutcomes(fixture: String, fires: Bool) throws {
        let found = try RuleRun.subjects(NoOutcomes(), fixture)
        #expect(found == (fires ? ["FX-1"] : []))
    }

    @Test("outcome-without-indicator reports each outcome with an absent, null or blank indicator")
    func outcomeWithoutIndicator() throws {
        let found = try RuleRun.findings(OutcomeWithoutIndicator(), "cases.yaml")
        #expect(found.map(\.subject.id).sorted() == ["ABSENT", "BLANK", "EMPTY-TEXT", "SET-NULL"])
        #expect(found.allSatisfy { $0.subject.kind == .outcome })
        let first = try #require(found.first { $0.subject.id == "ABSENT" })
        #expect(first.message.contains("Fewer isolated older people"))
    }
}
