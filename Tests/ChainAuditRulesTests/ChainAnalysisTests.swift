import ChainAuditModel
import ChainAuditRules
import Testing

/// The definitions of rules.md, as ``ChainAnalysis`` computes them.
@Suite("Chain analysis")
struct ChainAnalysisTests {
    private func chain(contract: String = "", _ organisations: [String], _ subcontracts: [String]) throws -> Chain {
        var yaml = """
            chainaudit: 1
            contract:
              id: EX-1
              title: Example Service
              commissioner: kcc
              lead: lead
              value: 1000000

            """
        for line in contract.split(separator: "\n") { yaml += "  \(line)\n" }
        yaml += "organisations:\n"
        for id in ["kcc", "lead"] + organisations {
            yaml += "  - { id: \(id), name: Organisation \(id), sector: private, size: large }\n"
        }
        yaml += subcontracts.isEmpty ? "subcontracts: []\n" : "subcontracts:\n"
        for subcontract in subcontracts { yaml += "  - { \(subcontract) }\n" }
        return try ChainLoader().load(bytes: Array(yaml.utf8), file: "analysis.yaml", format: .yaml)
    }

    private func organisation(_ chain: Chain, _ id: String) throws -> Int {
        try #require(chain.organisationIndex(of: id))
    }

    private func subcontract(_ chain: Chain, _ id: String) throws -> Int {
        try #require(chain.subcontractIndex(of: id))
    }

    @Test("Tiers: the fewest subcontracts from the lead; unreachable organisations have none")
    func tiers() throws {
        let chain = try chain(["a", "b", "c", "x", "y"], [
            "id: S1, parent: lead, provider: a",
            "id: S2, parent: a, provider: b",
            "id: S3, parent: lead, provider: b",
            "id: S4, parent: b, provider: c",
            "id: S5, parent: x, provider: y",
            "id: S6, parent: c, provider: lead",
        ])
        let analysis = ChainAnalysis(chain)
        let tiers = try ["kcc", "lead", "a", "b", "c", "x", "y"].map { analysis.organisationTier[try organisation(chain, $0)] }
        #expect(tiers == [nil, 0, 1, 1, 2, nil, nil])
        let subcontractTiers = try ["S1", "S2", "S3", "S4", "S5", "S6"].map { analysis.subcontractTier[try subcontract(chain, $0)] }
        #expect(subcontractTiers == [1, 2, 1, 2, nil, 3])
    }

    @Test("fundingIn is the contract value for the lead, else the sum of known values delivered; fundingOut the sum let")
    func funding() throws {
        let chain = try chain(["a", "b"], [
            "id: S1, parent: lead, provider: a, value: 300000",
            "id: S2, parent: lead, provider: b",
            "id: S3, parent: a, provider: b, value: 50000",
            "id: S4, parent: a, provider: lead, value: 70000",
        ])
        let analysis = ChainAnalysis(chain)
        let lead = try organisation(chain, "lead"), a = try organisation(chain, "a"), b = try organisation(chain, "b")
        #expect(analysis.fundingIn[lead] == 1_000_000)
        #expect(analysis.fundingIn[a] == 300_000)
        #expect(analysis.fundingIn[b] == 50_000)
        #expect(analysis.fundingOut[lead] == 300_000)
        #expect(analysis.fundingOut[a] == 120_000)
        #expect(analysis.fundingOut[b] == 0)
    }

    @Test("incomingDays: the contract's for the lead, else the largest known; unknown when none is given")
    func incomingDays() throws {
        let chain = try chain(["a", "b", "c", "d"], [
            "id: S1, parent: lead, provider: a, paymentDays: 10",
            "id: S2, parent: lead, provider: b, paymentDays: 45",
            "id: S3, parent: b, provider: a, paymentDays: 20",
            "id: S4, parent: b, provider: c",
            "id: S5, parent: a, provider: lead, paymentDays: 5",
        ])
        let analysis = ChainAnalysis(chain)
        let days = try ["lead", "a", "b", "c", "d"].map { analysis.incomingDays[try organisation(chain, $0)] }
        // The contract gives no paymentDays: the lead's are unknown even though S5 pays it.
        #expect(days == [nil, 20, 45, nil, nil])
        let withContract = try self.chain(contract: "paymentDays: 30", ["a"], ["id: S1, parent: a, provider: lead, paymentDays: 5"])
        #expect(ChainAnalysis(withContract).incomingDays[try organisation(withContract, "lead")] == 30)
    }

    @Test("incomingPbr: the contract's for the lead, else the largest; 0 when nothing pays the organisation")
    func incomingPbr() throws {
        let chain = try chain(contract: "byResultsShare: 0.3", ["a", "b", "x"], [
            "id: S1, parent: lead, provider: a, byResultsShare: 0.1",
            "id: S2, parent: lead, provider: b",
            "id: S3, parent: b, provider: a, byResultsShare: 0.4",
        ])
        let analysis = ChainAnalysis(chain)
        let shares = try ["lead", "a", "b", "x"].map { analysis.incomingPbr[try organisation(chain, $0)] }
        #expect(shares == [0.3, 0.4, 0, 0])
    }

    @Test("daysToCash adds up pay-when-paid waits, taking the largest known wait of the parent")
    func daysToCashChains() throws {
        let chain = try chain(contract: "paymentDays: 30", ["a", "b", "c", "d", "x", "y"], [
            "id: S1, parent: lead, provider: a, paymentDays: 20, payWhenPaid: true",   // 20 + 30
            "id: S2, parent: a, provider: b, paymentDays: 10, payWhenPaid: true",      // 10 + 50
            "id: S3, parent: b, provider: c, paymentDays: 5, payWhenPaid: true",       // 5 + max(60, 90)
            "id: S4, parent: lead, provider: b, paymentDays: 90",                      // 90, not pay-when-paid
            "id: S5, parent: b, provider: d, paymentDays: 1, payWhenPaid: true",       // 1 + max(60, 90)
            "id: S6, parent: a, provider: d, payWhenPaid: true",                       // own days unknown
            "id: S7, parent: x, provider: y, paymentDays: 3, payWhenPaid: true",       // nothing pays x
            "id: S8, parent: d, provider: c, paymentDays: 2, payWhenPaid: true",       // 2 + max(91, unknown)
        ])
        let analysis = ChainAnalysis(chain)
        let days = try ["S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8"].map { analysis.daysToCash[try subcontract(chain, $0)] }
        #expect(days == [50, 60, 95, 90, 91, nil, nil, 93])
    }

    @Test("daysToCash is unknown when the contract's days are, and when the pay-when-paid chain loops")
    func daysToCashUnknown() throws {
        let unknownContract = try chain(["a", "b"], [
            "id: S1, parent: lead, provider: a, paymentDays: 20, payWhenPaid: true",
            "id: S2, parent: a, provider: b, paymentDays: 20, payWhenPaid: true",
            "id: S3, parent: a, provider: b, paymentDays: 25",
        ])
        let unknown = ChainAnalysis(unknownContract)
        #expect(unknown.daysToCash == [nil, nil, 25])

        let loop = try chain(contract: "paymentDays: 30", ["a", "b", "c"], [
            "id: S1, parent: lead, provider: a, paymentDays: 10",
            "id: S2, parent: a, provider: b, paymentDays: 10, payWhenPaid: true",
            "id: S3, parent: b, provider: a, paymentDays: 10, payWhenPaid: true",
            "id: S4, parent: b, provider: c, paymentDays: 10, payWhenPaid: true",
            "id: S5, parent: a, provider: c, paymentDays: 10, payWhenPaid: true",
            "id: S6, parent: b, provider: lead, paymentDays: 10, payWhenPaid: true",
            "id: S7, parent: lead, provider: c, paymentDays: 10, payWhenPaid: true",
        ])
        // S2 and S3 wait for each other; S4 waits only for S2; S5 takes S1's 10 (S3 is unknown);
        // S6 pays the lead but the lead's own subcontracts wait for the contract, not for S6.
        #expect(ChainAnalysis(loop).daysToCash == [10, nil, nil, nil, 20, nil, 40])
    }

    @Test("A loop that is not pay-when-paid has known days to cash")
    func daysToCashWithoutPayWhenPaidLoop() throws {
        let chain = try chain(contract: "paymentDays: 30", ["a", "b"], [
            "id: S1, parent: lead, provider: a, paymentDays: 10",
            "id: S2, parent: a, provider: b, paymentDays: 15",
            "id: S3, parent: b, provider: a, paymentDays: 20, payWhenPaid: true",
        ])
        #expect(ChainAnalysis(chain).daysToCash == [10, 15, 35])
    }

    @Test("daysToCash is held at Int.max rather than overflowing on a long chain of huge terms")
    func daysToCashSaturates() {
        let depth = 10_000
        let organisations = [Organisation(id: "kcc", name: "Kent County Council", sector: .public, size: .large)]
            + (0...depth).map { Organisation(id: "o\($0)", name: "Organisation \($0)", sector: .vcse, size: .small) }
        let subcontracts = (0..<depth).map {
            Subcontract(id: "S\($0)", parent: $0 + 1, provider: $0 + 2, paymentDays: 999_999_999_999_999, payWhenPaid: true)
        }
        let contract = Contract(id: "EX-1", title: "Example Service", commissioner: 0, lead: 1, value: 1, paymentDays: 30)
        let analysis = ChainAnalysis(Chain(contract: contract, organisations: organisations, subcontracts: subcontracts))
        #expect(analysis.daysToCash[0] == 999_999_999_999_999 + 30)
        #expect(analysis.daysToCash.last == Int.max)
    }

    @Test("termYears: the term in years of 365.25 days, at least 1, and 1 when a date is missing", arguments: [
        ("start: 2026-04-01\nend: 2029-03-31", 1095 / 365.25),
        ("start: 2026-04-01\nend: 2026-10-01", 1),
        ("start: 2026-04-01\nend: 2027-04-01", 1),
        ("start: 2024-01-01\nend: 2034-01-01", 3653 / 365.25),
        ("start: 2026-04-01", 1),
        ("end: 2029-03-31", 1),
        ("", 1),
    ] as [(String, Double)])
    func termYears(dates: String, expected: Double) throws {
        let chain = try chain(contract: dates, [], [])
        #expect(abs(ChainAnalysis(chain).termYears - expected) < 1e-12)
    }

    @Test("Cycles are the strongly connected sets of two or more organisations")
    func cycles() throws {
        let chain = try chain(["a", "b", "c", "d", "e"], [
            "id: S1, parent: lead, provider: a",
            "id: S2, parent: a, provider: b",
            "id: S3, parent: b, provider: a",
            "id: S4, parent: b, provider: c",
            "id: S5, parent: c, provider: d",
            "id: S6, parent: d, provider: e",
            "id: S7, parent: e, provider: c",
        ])
        let cycles = ChainAnalysis(chain).cycles.map { $0.map { chain.organisations[$0].id } }.sorted { $0[0] < $1[0] }
        #expect(cycles == [["a", "b"], ["c", "d", "e"]])
    }
}
