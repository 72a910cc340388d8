import ChainAuditModel

/// The figures every report shows, findings or not: size and depth of the
/// chain, where the subcontracted money goes (Principle 9's Kent, SME and
/// VCSE shares), and each provider's tier, value, risk and days to cash.
public struct Metrics: Sendable, Equatable {
    public var organisations: Int
    public var subcontracts: Int
    /// The deepest tier of any organisation the lead can reach (0 with no subcontracts).
    public var maxTier: Int
    /// The sum of every known subcontract value, at every tier.
    public var subcontractedValue: Double
    /// Shares of ``subcontractedValue`` going to Kent-based, SME and VCSE providers; `nil` when nothing is subcontracted.
    public var kentShare: Double?
    public var smeShare: Double?
    public var vcseShare: Double?
    /// Every organisation that delivers at least one subcontract, by tier then id.
    public var providers: [ProviderMetrics]

    public struct ProviderMetrics: Sendable, Equatable {
        public var id: String
        /// Index into the chain's organisations.
        public var organisation: Int
        public var tier: Int?
        /// The sum of the known values of the subcontracts it delivers.
        public var value: Double
        /// ``value`` over the contract value; `nil` when the contract value is 0.
        public var valueShare: Double?
        /// The sum of the risk shares of its subcontracts; `nil` when none gives one.
        public var riskShare: Double?
        /// The longest known days to cash over its subcontracts.
        public var daysToCash: Int?
    }

    /// The providers by tier (those the lead cannot reach last), then id.
    ///
    /// Grouped by tier first (a counting sort: tiers are small numbers), so
    /// only ids are compared, within a tier; ids are unique, so this is the one
    /// order such a sort can give, and ids are often already in order in the
    /// file, which the standard sort finishes in one pass.
    static func sortedByTierThenID(_ providers: [ProviderMetrics], maxTier: Int) -> [ProviderMetrics] {
        var byTier = [[Int]](repeating: [], count: maxTier + 2)
        for (index, provider) in providers.enumerated() {
            byTier[provider.tier ?? maxTier + 1].append(index)
        }
        var sorted: [ProviderMetrics] = []
        sorted.reserveCapacity(providers.count)
        for var indices in byTier {
            indices.sort { providers[$0].id.utf8Precedes(providers[$1].id) }
            for index in indices { sorted.append(providers[index]) }
        }
        return sorted
    }

    public init(chain: Chain, analysis: ChainAnalysis) {
        organisations = chain.organisations.count
        subcontracts = chain.subcontracts.count
        maxTier = analysis.organisationTier.compactMap { $0 }.max() ?? 0
        var total = 0.0, kent = 0.0, sme = 0.0, vcse = 0.0
        // Figures come from the analysis's flat arrays, and the provider's
        // fields are read in place, not through a copy of the whole organisation.
        let flat = analysis.flat
        for index in flat.providers.indices {
            let value = flat.values[index] ?? 0
            let provider = flat.providers[index]
            total += value
            if chain.organisations[provider].kentBased { kent += value }
            if chain.organisations[provider].size.isSME { sme += value }
            if chain.organisations[provider].sector == .vcse { vcse += value }
        }
        subcontractedValue = total
        kentShare = total > 0 ? kent / total : nil
        smeShare = total > 0 ? sme / total : nil
        vcseShare = total > 0 ? vcse / total : nil

        var providers: [ProviderMetrics] = []
        for index in chain.organisations.indices where !flat.incoming.successors(of: index).isEmpty {
            var value = 0.0
            var riskShare: Double?
            var daysToCash: Int?
            for delivered in flat.incoming.successors(of: index) {
                value += flat.values[delivered] ?? 0
                if let risk = flat.riskShares[delivered] { riskShare = (riskShare ?? 0) + risk }
                if let days = analysis.daysToCash[delivered] { daysToCash = Swift.max(daysToCash ?? days, days) }
            }
            providers.append(ProviderMetrics(
                id: chain.organisations[index].id,
                organisation: index,
                tier: analysis.organisationTier[index],
                value: value,
                valueShare: chain.contract.value > 0 ? value / chain.contract.value : nil,
                riskShare: riskShare,
                daysToCash: daysToCash
            ))
        }
        self.providers = Self.sortedByTierThenID(providers, maxTier: maxTier)
    }
}
