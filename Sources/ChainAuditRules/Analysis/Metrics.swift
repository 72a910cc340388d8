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

    public init(chain: Chain, analysis: ChainAnalysis) {
        organisations = chain.organisations.count
        subcontracts = chain.subcontracts.count
        maxTier = analysis.organisationTier.compactMap { $0 }.max() ?? 0
        var total = 0.0, kent = 0.0, sme = 0.0, vcse = 0.0
        for subcontract in chain.subcontracts {
            let value = subcontract.value ?? 0
            let provider = chain.provider(of: subcontract)
            total += value
            if provider.kentBased { kent += value }
            if provider.size.isSME { sme += value }
            if provider.sector == .vcse { vcse += value }
        }
        subcontractedValue = total
        kentShare = total > 0 ? kent / total : nil
        smeShare = total > 0 ? sme / total : nil
        vcseShare = total > 0 ? vcse / total : nil

        var providers: [ProviderMetrics] = []
        for (index, organisation) in chain.organisations.enumerated() where !chain.incoming[index].isEmpty {
            let delivered = chain.incoming[index]
            let value = delivered.reduce(0.0) { $0 + (chain.subcontracts[$1].value ?? 0) }
            let risks = delivered.compactMap { chain.subcontracts[$0].riskShare }
            providers.append(ProviderMetrics(
                id: organisation.id,
                organisation: index,
                tier: analysis.organisationTier[index],
                value: value,
                valueShare: chain.contract.value > 0 ? value / chain.contract.value : nil,
                riskShare: risks.isEmpty ? nil : risks.reduce(0, +),
                daysToCash: delivered.compactMap { analysis.daysToCash[$0] }.max()
            ))
        }
        providers.sort { lhs, rhs in
            switch (lhs.tier, rhs.tier) {
            case let (l?, r?) where l != r: return l < r
            case (nil, _?): return false
            case (_?, nil): return true
            default: return lhs.id.utf8.lexicographicallyPrecedes(rhs.id.utf8)
            }
        }
        self.providers = providers
    }
}
