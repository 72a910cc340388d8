import ChainAuditModel
import ChainAuditRules
import Testing

@Suite("Pricing rules")
struct PricingRuleTests {
    @Test("bid-candy: a value of 0 or a volume of 0 fires once; unknown or small amounts do not")
    func bidCandy() throws {
        let found = try RuleRun.findings(BidCandy(), "cases.yaml")
        #expect(found.map(\.subject.id).sorted() == ["NEITHER", "NO-VALUE", "NO-VOLUME"])
        let both = try #require(found.first { $0.subject.id == "NEITHER" })
        #expect(both.message == "Hope Trust is named as a partner but its subcontract gives it no money and no work")
        #expect(both.evidence.map(\.key) == ["value", "volume"])
    }
}
