import ChainAuditModel

/// Chains of any size made from a seed, for tests and benchmarks.
public enum SampleChains {
    /// A chain of `organisations` organisations (at least 2: a commissioner and a lead):
    /// every provider is let work by an earlier one, five per parent, so the tiers
    /// grow with the logarithm of the size. Sectors, sizes, districts, values and
    /// payment terms vary with `seed`; some subcontracts leave visibility fields out.
    /// The same arguments always give the same chain.
    public static func generated(organisations count: Int, seed: UInt64 = 1) -> Chain {
        var random = SplitMix(seed: seed)
        let districts = kentDistricts.sorted()
        let sectors: [Sector] = [.private, .vcse, .vcse, .public, .private, .unknown]
        let sizes: [OrganisationSize] = [.micro, .small, .medium, .large, .sme, .unknown]
        var organisations = [
            Organisation(id: "kcc", name: "Kent County Council", sector: .public, size: .large, district: "Maidstone"),
            Organisation(id: "lead", name: "Lead Provider Ltd", sector: .private, size: .large, district: "Ashford"),
        ]
        var subcontracts: [Subcontract] = []
        let total = max(count, 2)
        for index in 2..<total {
            let district = districts[Int(random.next() % UInt64(districts.count))]
            organisations.append(Organisation(
                id: "org-\(index)",
                name: "Provider \(index) \(district)",
                sector: sectors[Int(random.next() % UInt64(sectors.count))],
                size: sizes[Int(random.next() % UInt64(sizes.count))],
                district: district
            ))
            let parent = 1 + (index - 2) / 5
            let complete = random.next() % 4 != 0
            subcontracts.append(Subcontract(
                id: "SC\(index - 1)",
                parent: parent,
                provider: index,
                role: complete ? "Service delivery" : nil,
                districts: [district],
                value: Double(10_000 + Int(random.next() % 200) * 5_000),
                volume: complete ? Volume(amount: Double(random.next() % 500), unit: "people a year") : nil,
                paymentDays: [30, 30, 45, 60][Int(random.next() % 4)],
                byResultsShare: Double(random.next() % 5) / 10,
                riskShare: random.next() % 2 == 0 ? Double(random.next() % 20) / 100 : nil,
                changeMechanism: complete ? "Written variation" : nil
            ))
        }
        let contract = Contract(
            id: "GEN-\(total)", title: "Generated chain of \(total) organisations", commissioner: 0, lead: 1,
            value: 50_000_000, start: "2026-04-01", end: "2029-03-31", paymentDays: 30
        )
        return Chain(contract: contract, organisations: organisations, subcontracts: subcontracts)
    }
}

/// SplitMix64: a small, fast generator whose sequence depends only on its seed, so generated
/// chains and test data are the same on every machine.
public struct SplitMix: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
