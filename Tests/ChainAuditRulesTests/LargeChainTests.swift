import ChainAuditModel
import ChainAuditRules
import Testing

/// Chains far larger than any real one: the analysis and the rules must stay
/// linear and iterative (no deep recursion, no per-subcontract scans).
@Suite("Large chains")
struct LargeChainTests {
    static let rules: [any Rule] = [
        PayWhenPaid(), SlowerThanParent(), PaymentCascade(), NoExitStrategy(), NoIssueResolution(),
        DisproportionateRisk(), PbrAmplified(), LiabilityExceedsValue(), ExcessiveManagementFee(),
        UndisclosedManagementFee(), OvercommittedFunding(), SubcontractingCycle(), UnreachableSubcontract(),
    ]

    private static func organisations(_ count: Int) -> [Organisation] {
        [Organisation(id: "kcc", name: "Kent County Council", sector: .public, size: .large)]
            + (0..<count).map { Organisation(id: "o\($0)", name: "Organisation \($0)", sector: .vcse, size: .small) }
    }

    private static func contract(paymentDays: Int = 1) -> Contract {
        Contract(id: "EX-1", title: "Example Service", commissioner: 0, lead: 1, value: 1_000_000, paymentDays: paymentDays)
    }

    @Test("A pay-when-paid chain 100,000 subcontracts deep", .timeLimit(.minutes(5)))
    func deepPayWhenPaidChain() {
        let depth = 100_000
        // o0 is the lead (index 1); each organisation lets work to the next, paying when paid.
        let subcontracts = (0..<depth).map {
            Subcontract(id: "S\($0)", parent: $0 + 1, provider: $0 + 2, value: 10, paymentDays: 1, payWhenPaid: true)
        }
        let chain = Chain(contract: Self.contract(), organisations: Self.organisations(depth + 1), subcontracts: subcontracts)
        let analysis = ChainAnalysis(chain)
        #expect(analysis.daysToCash.last == depth + 1)
        #expect(analysis.organisationTier.last == depth)
        let result = Checker(rules: Self.rules).check(chain)
        let cascade = result.findings.filter { $0.rule == "payment-cascade" }
        // Subcontract k waits k + 2 days: those from k = 59 on exceed 60.
        #expect(cascade.count == depth - 59)
        #expect(!result.findings.contains { $0.rule == "subcontracting-cycle" || $0.rule == "unreachable-subcontract" })
    }

    @Test("A pay-when-paid loop of 100,000 organisations is one cycle, and its days to cash are unknown", .timeLimit(.minutes(5)))
    func hugeLoop() throws {
        let size = 100_000
        // The lead (o0) lets S0 to o1; o1 … o100000 let work round a loop, each paying when paid.
        var subcontracts = [Subcontract(id: "S0", parent: 1, provider: 2, paymentDays: 1)]
        for member in 1...size {
            subcontracts.append(Subcontract(id: "R\(member)", parent: member + 1, provider: member % size + 2, paymentDays: 1, payWhenPaid: true))
        }
        let chain = Chain(contract: Self.contract(), organisations: Self.organisations(size + 1), subcontracts: subcontracts)
        let analysis = ChainAnalysis(chain)
        #expect(analysis.cycles.count == 1)
        #expect(analysis.cycles.first?.count == size)
        #expect(analysis.daysToCash[0] == 1)
        #expect(analysis.daysToCash.dropFirst().allSatisfy { $0 == nil })
        let result = Checker(rules: Self.rules).check(chain)
        let cycles = result.findings.filter { $0.rule == "subcontracting-cycle" }
        let finding = try #require(cycles.first)
        #expect(cycles.count == 1)
        #expect(finding.subject.id == "R1")
        #expect(finding.message.hasPrefix("Organisation 1, Organisation 2, Organisation 3, Organisation 4, Organisation 5 and 99995 others subcontract to each other in a loop"))
        #expect(!result.findings.contains { $0.rule == "payment-cascade" })
    }

    @Test("An organisation that delivers and lets 30,000 subcontracts each stays linear", .timeLimit(.minutes(5)))
    func hub() {
        let fanIn = 30_000
        // o0 is the lead, o1 the hub; o2... deliver to the hub's parents and take its work.
        var subcontracts: [Subcontract] = []
        for index in 0..<fanIn {
            // The lead lets work to feeder k, and feeder k lets work to the hub.
            subcontracts.append(Subcontract(id: "F\(index)", parent: 1, provider: 3 + index, paymentDays: 1))
            subcontracts.append(Subcontract(id: "H\(index)", parent: 3 + index, provider: 2, paymentDays: index % 50))
        }
        for index in 0..<fanIn {
            subcontracts.append(Subcontract(id: "P\(index)", parent: 2, provider: 3 + fanIn + index, paymentDays: 1, payWhenPaid: true))
        }
        let chain = Chain(contract: Self.contract(), organisations: Self.organisations(2 + 2 * fanIn), subcontracts: subcontracts)
        let analysis = ChainAnalysis(chain)
        #expect(analysis.incomingDays[2] == 49)
        #expect(analysis.daysToCash.last == 50)
        let result = Checker(rules: Self.rules).check(chain)
        #expect(result.findings.filter { $0.rule == "pay-when-paid" }.count == fanIn)
    }
}
