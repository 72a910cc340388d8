import ChainAuditModel
import ChainAuditReports
import Testing

/// Examples of ``ChainJSONWriter``'s output; the round trip over random chains is in ``ChainPropertyTests``.
@Suite("ChainJSONWriter")
struct ChainJSONWriterTests {
    static let example = """
        chainaudit: 1
        contract:
          id: KCC-EX-001
          title: Example Befriending Service
          commissioner: kcc
          lead: oakwood
          value: 1200000
          start: 2026-04-01
          end: 2029-03-31
          paymentDays: 30
          byResultsShare: 0.1
          outcomes:
            - { id: O1, description: Fewer isolated older people, indicator: "UCLA loneliness score at 6 months", x-o: 1 }
          governance: Quarterly partnership meeting
          x-contract: { a: [1, 2.5, "three", null, true] }
        organisations:
          - { id: kcc, name: Kent County Council, sector: public, size: large, district: Maidstone }
          - { id: oakwood, name: Oakwood Care Ltd, sector: private, size: medium, district: Ashford, kentBased: false }
          - { id: bridges, name: "Bridges \\"Befriending\\" CIC", sector: vcse, size: small, district: Croydon, kentBased: true }
        subcontracts:
          - id: SC1
            parent: oakwood
            provider: bridges
            value: 240000
            volume: { amount: 150, unit: people befriended a year, x-v: note }
            paymentDays: 45
            payWhenPaid: true
            byResultsShare: "10%"
            kpis: []
            commissionerAccess: false
            agreement: headsOfTerms
            x-internalRef: BB-2026-4
        x-top: kept
        """

    static func load(_ text: String, _ format: ChainLoader.Format) throws -> Chain {
        try ChainLoader().load(bytes: Array(text.utf8), file: "example", format: format)
    }

    @Test("The model.md example reads back the same, field by field")
    func roundTrip() throws {
        let chain = try Self.load(Self.example, .yaml)
        let written = ChainJSONWriter.write(chain)
        let reread = try Self.load(written, .json)
        #expect(ChainSnapshot(reread).firstDifference(from: ChainSnapshot(chain)) == nil)
        #expect(ChainJSONWriter.write(reread) == written)
    }

    @Test("Keys in model.md's order, extensions last, references as ids, defaults left out only when they read back the same")
    func shape() throws {
        let written = ChainJSONWriter.write(try Self.load(Self.example, .yaml))
        func offset(_ text: String) -> Int {
            written.range(of: text).map { written.distance(from: written.startIndex, to: $0.lowerBound) } ?? -1
        }
        #expect(offset("\"chainaudit\": 1") < offset("\"contract\"") && offset("\"contract\"") < offset("\"organisations\""))
        #expect(offset("\"organisations\"") < offset("\"subcontracts\"") && offset("\"subcontracts\"") < offset("\"x-top\": \"kept\""))
        #expect(offset("\"commissioner\": \"kcc\"") > 0 && offset("\"lead\": \"oakwood\"") > 0)
        #expect(offset("\"start\": \"2026-04-01\"") > 0)
        #expect(offset("\"byResultsShare\": 0.1,") > 0)  // 10% as a fraction
        #expect(offset("\"kpis\": []") > 0)  // present but empty: kept
        #expect(offset("\"payWhenPaid\": true") > 0)
        #expect(offset("commissionerAccess") == -1)  // false is the default
        #expect(offset("\"kentBased\": false") > 0 && offset("\"kentBased\": true") > 0)  // both differ from their district's default
        #expect(written.components(separatedBy: "kentBased").count == 3)  // and kcc's matches it: left out
        #expect(offset("\"Bridges \\\"Befriending\\\" CIC\"") > 0)
        #expect(offset("\"x-v\": \"note\"") > offset("\"unit\""))
        #expect(offset("\"x-contract\"") > offset("\"governance\""))
        #expect(written.hasSuffix("}\n"))
    }
}
