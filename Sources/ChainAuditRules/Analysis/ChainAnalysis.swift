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

    public init(_ chain: Chain) {
        let organisationCount = chain.organisations.count
        let lead = chain.contract.lead

        // Tiers: breadth-first from the lead.
        var tiers = [Int?](repeating: nil, count: organisationCount)
        tiers[lead] = 0
        var queue = [lead]
        var head = 0
        while head < queue.count {
            let organisation = queue[head]
            head += 1
            for index in chain.outgoing[organisation] {
                let provider = chain.subcontracts[index].provider
                if tiers[provider] == nil {
                    tiers[provider] = tiers[organisation]! + 1
                    queue.append(provider)
                }
            }
        }
        organisationTier = tiers
        subcontractTier = chain.subcontracts.map { tiers[$0.parent].map { $0 + 1 } }

        // Funding, incoming days and payment by results.
        var fundingIn = [Double](repeating: 0, count: organisationCount)
        var fundingOut = [Double](repeating: 0, count: organisationCount)
        var incomingDays = [Int?](repeating: nil, count: organisationCount)
        var incomingPbr = [Double](repeating: 0, count: organisationCount)
        for subcontract in chain.subcontracts {
            let value = subcontract.value ?? 0
            fundingIn[subcontract.provider] += value
            fundingOut[subcontract.parent] += value
            if let days = subcontract.paymentDays {
                incomingDays[subcontract.provider] = max(incomingDays[subcontract.provider] ?? days, days)
            }
            incomingPbr[subcontract.provider] = max(incomingPbr[subcontract.provider], subcontract.byResultsShare)
        }
        fundingIn[lead] = chain.contract.value
        incomingDays[lead] = chain.contract.paymentDays
        incomingPbr[lead] = chain.contract.byResultsShare
        self.fundingIn = fundingIn
        self.fundingOut = fundingOut
        self.incomingDays = incomingDays
        self.incomingPbr = incomingPbr

        daysToCash = Self.daysToCash(chain)
        termYears = Self.termYears(chain.contract)
        cycles = StronglyConnected.components(
            count: organisationCount,
            successors: { organisation in chain.outgoing[organisation].map { chain.subcontracts[$0].provider } }
        ).filter { $0.count >= 2 }
    }

    /// `termYears`: the contract term in years of 365.25 days, at least 1; 1 when a date is missing.
    static func termYears(_ contract: Contract) -> Double {
        guard let start = contract.start.flatMap(CalendarDate.init), let end = contract.end.flatMap(CalendarDate.init) else { return 1 }
        return max(1, Double(end.dayNumber - start.dayNumber) / 365.25)
    }

    /// `daysToCash(s)` for every subcontract.
    ///
    /// A pay-when-paid subcontract waits for the money its parent waits for; the
    /// dependency graph links it to the subcontracts that pay its parent. Any
    /// subcontract on a loop of that graph is unknown (the chain loops back on
    /// itself); the rest are computed in dependency order, iteratively, so even a
    /// very long chain cannot exhaust the stack.
    static func daysToCash(_ chain: Chain) -> [Int?] {
        let count = chain.subcontracts.count
        let lead = chain.contract.lead
        func dependencies(_ index: Int) -> [Int] {
            let subcontract = chain.subcontracts[index]
            guard subcontract.payWhenPaid, subcontract.parent != lead else { return [] }
            return chain.incoming[subcontract.parent]
        }
        let components = StronglyConnected.components(count: count, successors: dependencies)
        var result = [Int?](repeating: nil, count: count)
        // Tarjan's algorithm yields components in reverse topological order:
        // every dependency's component comes before its dependants'.
        for component in components {
            let looped = component.count > 1 || dependencies(component[0]).contains(component[0])
            for index in component {
                let subcontract = chain.subcontracts[index]
                guard !looped, let own = subcontract.paymentDays else { continue }
                if !subcontract.payWhenPaid {
                    result[index] = own
                } else if subcontract.parent == lead {
                    result[index] = chain.contract.paymentDays.map { own + $0 }
                } else {
                    let upstream = dependencies(index).compactMap { result[$0] }.max()
                    result[index] = upstream.map { own + $0 }
                }
            }
        }
        return result
    }
}
