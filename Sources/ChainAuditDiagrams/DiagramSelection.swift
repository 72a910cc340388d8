import ChainAuditModel
import ChainAuditRules

/// Which organisations and subcontracts a diagram draws, their ranks, and the
/// providers folded into groups in the Members' view.
struct DiagramSelection {
    /// Providers folded into one node: the ones below `parent`, or the ones the lead cannot reach.
    struct Fold {
        /// The organisation whose providers these are; `nil` for providers the lead cannot reach.
        var parent: Int?
        /// Organisation indices, ascending.
        var members: [Int]
        /// The value of the work let to the members from outside the group (for providers the
        /// lead cannot reach, of all the work they deliver).
        var value: Double
    }

    /// Per organisation: drawn as its own node.
    var shown: [Bool]
    /// Per organisation: its rank (0 the commissioner, 1 the lead, tier + 1 below, then the unreachable).
    var rank: [Int]
    /// Folded groups, in order of their parent's index (unreachable last).
    var folds: [Fold]
    /// Indices of the subcontracts drawn (both ends shown), in file order.
    var subcontracts: [Int]
    /// The rank the unreachable organisations are placed on.
    var unreachableRank: Int

    init(_ chain: Chain, analysis: ChainAnalysis, options: DiagramOptions) throws(DiagramError) {
        let count = chain.organisations.count
        let commissioner = chain.contract.commissioner
        let lead = chain.contract.lead
        let tiers = analysis.organisationTier

        // The parent through which each reachable organisation is first reached (breadth-first, file order).
        var treeParent = [Int?](repeating: nil, count: count)
        for organisation in 0..<count where organisation != lead {
            guard let tier = tiers[organisation] else { continue }
            treeParent[organisation] = chain.incoming[organisation]
                .map { chain.subcontracts[$0].parent }
                .first { tiers[$0] == tier - 1 }
        }

        var keep = [Bool](repeating: true, count: count)
        if let district = options.district {
            keep = try Self.keeping(district: district, chain: chain, treeParent: treeParent)
        }
        keep[commissioner] = true
        keep[lead] = true

        let maxTier = (0..<count).compactMap { keep[$0] ? tiers[$0] : nil }.max() ?? 0
        unreachableRank = maxTier + 2
        rank = (0..<count).map { organisation in
            if organisation == commissioner { return 0 }
            if let tier = tiers[organisation] { return tier + 1 }
            return maxTier + 2
        }

        shown = keep
        var groups: [Int: [Int]] = [:]      // parent (or -1 for unreachable) → members
        if options.view == .members {
            Self.fold(
                shown: &shown, groups: &groups, maxNodes: options.maxNodes, chain: chain,
                analysis: analysis, treeParent: treeParent
            )
        }

        folds = groups.keys.sorted { ($0 < 0 ? Int.max : $0) < ($1 < 0 ? Int.max : $1) }.map { key in
            let members = groups[key]!.sorted()
            let inGroup = Set(members)
            var value = 0.0
            for member in members {
                // Work let from outside the group; for the unreachable group, all the work its members deliver.
                for index in chain.incoming[member] where key < 0 || !inGroup.contains(chain.subcontracts[index].parent) {
                    value += chain.subcontracts[index].value ?? 0
                }
            }
            return Fold(parent: key < 0 ? nil : key, members: members, value: value)
        }
        let shown = self.shown
        subcontracts = chain.subcontracts.indices.filter {
            shown[chain.subcontracts[$0].parent] && shown[chain.subcontracts[$0].provider]
        }
    }

    /// The organisations kept by `--district`: the commissioner, the lead, every provider
    /// with a subcontract delivering in the district, and each one's path up from the lead.
    private static func keeping(district: String, chain: Chain, treeParent: [Int?]) throws(DiagramError) -> [Bool] {
        let wanted = district.trimmingWhitespace.lowercased()
        var keep = [Bool](repeating: false, count: chain.organisations.count)
        var matched = false
        for subcontract in chain.subcontracts
        where (subcontract.districts ?? []).contains(where: { $0.trimmingWhitespace.lowercased() == wanted }) {
            matched = true
            var organisation: Int? = subcontract.provider
            while let current = organisation, !keep[current] {
                keep[current] = true
                organisation = treeParent[current]
            }
        }
        guard matched else {
            var known: [String] = []
            var seen = Set<String>()
            for subcontract in chain.subcontracts {
                for name in subcontract.districts ?? [] where seen.insert(name.lowercased()).inserted {
                    known.append(name)
                }
            }
            known.sort { $0.lowercased() < $1.lowercased() }
            let suggestion = Suggestion.nearest(to: district, in: known)
            throw DiagramError.noProviderInDistrict(district, suggestion: suggestion, known: known)
        }
        return keep
    }

    /// Folds the smallest providers of the deepest tiers (the unreachable first) into one
    /// group per parent until at most `maxNodes` organisation and group nodes remain.
    private static func fold(
        shown: inout [Bool], groups: inout [Int: [Int]], maxNodes: Int, chain: Chain,
        analysis: ChainAnalysis, treeParent: [Int?]
    ) {
        let commissioner = chain.contract.commissioner
        let lead = chain.contract.lead
        let tiers = analysis.organisationTier
        var nodes = shown.lazy.filter { $0 }.count
        guard nodes > maxNodes else { return }

        let candidates = shown.indices.filter { shown[$0] && $0 != commissioner && $0 != lead }.sorted { a, b in
            let tierA = tiers[a] ?? Int.max, tierB = tiers[b] ?? Int.max
            if tierA != tierB { return tierA > tierB }
            let valueA = analysis.fundingIn[a], valueB = analysis.fundingIn[b]
            if valueA != valueB { return valueA < valueB }
            return a < b
        }
        for organisation in candidates {
            guard nodes > maxNodes else { break }
            let key = tiers[organisation] == nil ? -1 : (treeParent[organisation] ?? -1)
            if groups[key] == nil {
                groups[key] = []
                nodes += 1
            }
            groups[key]!.append(organisation)
            if let own = groups.removeValue(forKey: organisation) {
                groups[key]! += own
                nodes -= 1
            }
            shown[organisation] = false
            nodes -= 1
        }
    }
}

extension String {
    var trimmingWhitespace: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
