import ChainAuditModel

/// The quantities rules.md defines over a chain, computed once per run in
/// linear time and shared by every rule: tiers, funding in and out, incoming
/// payment days and payment-by-results, days to cash, term, cycles.
public struct ChainAnalysis: Sendable {
    /// Tier of each organisation (lead 0); `nil` when the lead cannot reach it.
    public let organisationTier: [Int?]
    /// Tier of each subcontract (parent's tier + 1); `nil` when its parent has no tier.
    public let subcontractTier: [Int?]
    /// `fundingIn(X)` for each organisation.
    public let fundingIn: [Double]
    /// `fundingOut(X)` for each organisation.
    public let fundingOut: [Double]
    /// `incomingDays(X)` for each organisation.
    public let incomingDays: [Int?]
    /// `incomingPbr(X)` for each organisation.
    public let incomingPbr: [Double]
    /// `daysToCash(s)` for each subcontract.
    public let daysToCash: [Int?]
    /// `termYears`.
    public let termYears: Double
    /// Strongly connected sets of two or more organisations (subcontracting cycles), each sorted by index.
    public let cycles: [[Int]]
    /// The chain's graph and subcontract figures in flat arrays, for the walks of the analysis and the metrics.
    let flat: FlatChain

    public init(_ chain: Chain) {
        let organisationCount = chain.organisations.count
        let lead = chain.contract.lead
        let flat = FlatChain(chain)
        self.flat = flat

        // Tiers: breadth-first from the lead.
        var tiers = [Int?](repeating: nil, count: organisationCount)
        tiers[lead] = 0
        var queue = [lead]
        var head = 0
        while head < queue.count {
            let organisation = queue[head]
            head += 1
            for index in flat.outgoing.successors(of: organisation) {
                let provider = flat.providers[index]
                if tiers[provider] == nil {
                    tiers[provider] = tiers[organisation]! + 1
                    queue.append(provider)
                }
            }
        }
        organisationTier = tiers
        subcontractTier = flat.parents.map { tiers[$0].map { $0 + 1 } }

        // Funding, incoming days and payment by results.
        var fundingIn = [Double](repeating: 0, count: organisationCount)
        var fundingOut = [Double](repeating: 0, count: organisationCount)
        var incomingDays = [Int?](repeating: nil, count: organisationCount)
        var incomingPbr = [Double](repeating: 0, count: organisationCount)
        for index in flat.providers.indices {
            let value = flat.values[index] ?? 0
            let provider = flat.providers[index]
            fundingIn[provider] += value
            fundingOut[flat.parents[index]] += value
            if let days = flat.paymentDays[index] {
                incomingDays[provider] = max(incomingDays[provider] ?? days, days)
            }
            incomingPbr[provider] = max(incomingPbr[provider], flat.byResultsShares[index])
        }
        fundingIn[lead] = chain.contract.value
        incomingDays[lead] = chain.contract.paymentDays
        incomingPbr[lead] = chain.contract.byResultsShare
        self.fundingIn = fundingIn
        self.fundingOut = fundingOut
        self.incomingDays = incomingDays
        self.incomingPbr = incomingPbr

        daysToCash = Self.daysToCash(chain, flat: flat)
        termYears = Self.termYears(chain.contract)
        cycles = Self.cycles(flat)
    }

    /// Strongly connected sets of two or more organisations, in the order Tarjan's algorithm finds them.
    static func cycles(_ flat: FlatChain) -> [[Int]] {
        // Each organisation's successors are the providers of the subcontracts it lets, in order.
        let providers = flat.providers
        let graph = AdjacencyGraph(starts: flat.outgoing.starts, targets: flat.outgoing.targets.map { providers[$0] })
        return StronglyConnected.components(of: graph).filter { $0.count >= 2 }.map(Array.init)
    }

    /// `termYears`: the contract term in years of 365.25 days, at least 1; 1 when a date is missing.
    static func termYears(_ contract: Contract) -> Double {
        guard let start = contract.start.flatMap(CalendarDate.init), let end = contract.end.flatMap(CalendarDate.init) else { return 1 }
        return max(1, Double(end.dayNumber - start.dayNumber) / 365.25)
    }

    /// `daysToCash(s)` for every subcontract.
    ///
    /// A pay-when-paid subcontract waits for the money its parent waits for.
    /// The dependency graph has a node per subcontract and per organisation: a
    /// pay-when-paid subcontract whose parent is not the lead points to its
    /// parent, and an organisation points to the subcontracts it delivers.
    /// Going through the organisation keeps the graph linear in the size of the
    /// chain, however many subcontracts an organisation lets and delivers.
    /// A subcontract on a loop of that graph is unknown (its pay-when-paid chain
    /// loops back on itself); the rest are computed in dependency order,
    /// iteratively, so even a very long chain cannot exhaust the stack.
    /// - Complexity: O(organisations + subcontracts).
    static func daysToCash(_ chain: Chain, flat: FlatChain) -> [Int?] {
        let count = chain.subcontracts.count
        let lead = chain.contract.lead
        let parents = flat.parents
        let payWhenPaid = flat.payWhenPaid
        let paymentDays = flat.paymentDays
        let incoming = flat.incoming
        // Nodes 0..<count are subcontracts; count + o is organisation o.
        var graph = AdjacencyGraph(reservingNodes: count + chain.organisations.count, edges: 2 * count)
        for index in 0..<count {
            graph.addNode(successor: payWhenPaid[index] && parents[index] != lead ? count + parents[index] : nil)
        }
        for organisation in chain.organisations.indices {
            graph.addNode(successors: organisation == lead ? [] : incoming.successors(of: organisation))
        }
        let components = StronglyConnected.components(of: graph)
        var result = [Int?](repeating: nil, count: count)
        // The largest known days to cash of the subcontracts an organisation delivers.
        var parentDays = [Int?](repeating: nil, count: chain.organisations.count)
        // Tarjan's algorithm yields components in reverse topological order:
        // every dependency's component comes before its dependants'. Nodes
        // alternate between subcontracts and organisations, so no node depends
        // on itself, and a component of two or more nodes is a loop.
        for component in components {
            let looped = component.count > 1
            for node in component {
                if node >= count {
                    // Members of a loop stay unknown; the largest known of the rest counts.
                    let organisation = node - count
                    var largest: Int?
                    for delivered in incoming.successors(of: organisation) {
                        if let days = result[delivered] { largest = max(largest ?? days, days) }
                    }
                    parentDays[organisation] = largest
                    continue
                }
                guard !looped, let own = paymentDays[node] else { continue }
                let parent = parents[node]
                if !payWhenPaid[node] {
                    result[node] = own
                } else if parent == lead {
                    result[node] = chain.contract.paymentDays.map { adding(own, $0) }
                } else {
                    result[node] = parentDays[parent].map { adding(own, $0) }
                }
            }
        }
        return result
    }

    /// `a + b`, held at `Int.max` rather than overflowing (a long pay-when-paid chain of huge terms).
    private static func adding(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? Int.max : sum
    }
}
