import ChainAuditModel
import ChainAuditRules
import Testing

/// Rules walk the chain iteratively and in linear time: a chain 100,000 tiers deep
/// neither exhausts the stack nor takes quadratic time.
@Suite("Large chains through every rule")
struct DeepChainAllRulesTests {
    /// lead → o1 → o2 → … → oN, every subcontract with a value, nothing else stated.
    static func longChain(length: Int) -> Chain {
        var organisations = [
            Organisation(id: "kcc", name: "Kent County Council", sector: .public, size: .large),
            Organisation(id: "lead", name: "Lead Provider Ltd", sector: .private, size: .large),
        ]
        var subcontracts: [Subcontract] = []
        for index in 1...length {
            organisations.append(Organisation(id: "o\(index)", name: "Provider \(index)", sector: .private, size: .large, annualTurnover: 1000))
            subcontracts.append(Subcontract(id: "SC\(index)", parent: index, provider: index + 1, value: 0, byResultsShare: 1))
        }
        let contract = Contract(id: "FX-1", title: "Long Service", commissioner: 0, lead: 1, value: 1_000_000)
        return Chain(contract: contract, organisations: organisations, subcontracts: subcontracts)
    }

    @Test("Every rule copes with a chain 100,000 subcontracts long")
    func longChain() {
        let length = 100_000
        let chain = Self.longChain(length: length)
        let result = Checker(rules: allRules).check(chain)
        let deep = result.findings.filter { $0.rule == "deep-chain" }
        #expect(deep.count == length - 3)
        #expect(result.findings.filter { $0.rule == "bid-candy" }.count == length)
        #expect(result.findings.filter { $0.rule == "no-sme-or-vcse" }.count == 1)
    }
}
