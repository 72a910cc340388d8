import ChainAuditModel

/// The chain's graph and each subcontract's figures in flat arrays, read from
/// the subcontracts in one pass: parent, provider, value, payment days,
/// pay-when-paid, payment-by-results share and risk share, and the
/// subcontracts each organisation lets and delivers in compressed adjacency
/// form.
///
/// The analysis and the metrics walk the chain several times (tiers, funding,
/// cycles, days to cash, provider figures). Each subcontract is a separate
/// box in memory, so on a chain of a hundred thousand subcontracts every walk
/// that reads the boxes again costs a cache miss per subcontract; these
/// contiguous arrays are read instead.
struct FlatChain: Sendable {
    let parents: [Int]
    let providers: [Int]
    let values: [Double?]
    let paymentDays: [Int?]
    let payWhenPaid: [Bool]
    let byResultsShares: [Double]
    let riskShares: [Double?]
    /// Per organisation, the subcontracts it lets, in file order (as `Chain.outgoing`).
    let outgoing: AdjacencyGraph
    /// Per organisation, the subcontracts it delivers, in file order (as `Chain.incoming`).
    let incoming: AdjacencyGraph

    init(_ chain: Chain) {
        let count = chain.subcontracts.count
        var parents: [Int] = []
        var providers: [Int] = []
        var values: [Double?] = []
        var paymentDays: [Int?] = []
        var payWhenPaid: [Bool] = []
        var byResultsShares: [Double] = []
        var riskShares: [Double?] = []
        parents.reserveCapacity(count)
        providers.reserveCapacity(count)
        values.reserveCapacity(count)
        paymentDays.reserveCapacity(count)
        payWhenPaid.reserveCapacity(count)
        byResultsShares.reserveCapacity(count)
        riskShares.reserveCapacity(count)
        for subcontract in chain.subcontracts {
            parents.append(subcontract.parent)
            providers.append(subcontract.provider)
            values.append(subcontract.value)
            paymentDays.append(subcontract.paymentDays)
            payWhenPaid.append(subcontract.payWhenPaid)
            byResultsShares.append(subcontract.byResultsShare)
            riskShares.append(subcontract.riskShare)
        }
        self.parents = parents
        self.providers = providers
        self.values = values
        self.paymentDays = paymentDays
        self.payWhenPaid = payWhenPaid
        self.byResultsShares = byResultsShares
        self.riskShares = riskShares
        outgoing = AdjacencyGraph(nodes: chain.organisations.count, groupingIndicesOf: parents)
        incoming = AdjacencyGraph(nodes: chain.organisations.count, groupingIndicesOf: providers)
    }
}
