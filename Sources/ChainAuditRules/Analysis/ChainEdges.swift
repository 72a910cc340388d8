import ChainAuditModel

/// Every subcontract's parent and provider in flat arrays, and the
/// subcontracts each organisation lets and delivers in compressed adjacency
/// form, built in one pass over the subcontracts.
///
/// The analysis walks the chain's graph several times (tiers, cycles, days to
/// cash, metrics). On a chain of a hundred thousand subcontracts, reading each
/// subcontract's box and each organisation's own index array on every walk
/// costs a cache miss per visit; these few contiguous arrays are read instead.
struct ChainEdges: Sendable {
    /// The parent of each subcontract.
    let parents: [Int]
    /// The provider of each subcontract.
    let providers: [Int]
    /// Per organisation, the subcontracts it lets, in file order (as `Chain.outgoing`).
    let outgoing: AdjacencyGraph
    /// Per organisation, the subcontracts it delivers, in file order (as `Chain.incoming`).
    let incoming: AdjacencyGraph

    init(_ chain: Chain) {
        var parents: [Int] = []
        var providers: [Int] = []
        parents.reserveCapacity(chain.subcontracts.count)
        providers.reserveCapacity(chain.subcontracts.count)
        for subcontract in chain.subcontracts {
            parents.append(subcontract.parent)
            providers.append(subcontract.provider)
        }
        self.parents = parents
        self.providers = providers
        outgoing = AdjacencyGraph(nodes: chain.organisations.count, groupingIndicesOf: parents)
        incoming = AdjacencyGraph(nodes: chain.organisations.count, groupingIndicesOf: providers)
    }
}
