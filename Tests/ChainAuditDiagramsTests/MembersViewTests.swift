import ChainAuditDiagrams
import ChainAuditModel
import ChainAuditRules
import ChainAuditSamples
import Foundation
import Testing

@Suite("The Members' view")
struct MembersViewTests {
    static let large = Checker().check(SampleChains.generated(organisations: 2_000))

    @Test("A 2,000-organisation chain is drawn with at most --max-nodes organisation nodes, none lost", arguments: [4, 10, 40, 100])
    func folding(maxNodes: Int) throws {
        let dot = try DiagramWriter(options: DiagramOptions(view: .members, maxNodes: maxNodes)).dot(for: Self.large)
        let organisations = DOTNodes.organisations(in: dot)
        let folds = DOTNodes.folds(in: dot)
        #expect(organisations.count + folds.count <= maxNodes)
        #expect(!folds.isEmpty)
        let folded = folds.compactMap(DOTNodes.foldedCount).reduce(0, +)
        #expect(folds.compactMap(DOTNodes.foldedCount).count == folds.count)
        #expect(organisations.count + folded == Self.large.chain.organisations.count)
        #expect(organisations.contains(Self.large.chain.contract.commissioner))
        #expect(organisations.contains(Self.large.chain.contract.lead))
    }

    @Test("The smallest providers of the deepest tiers are folded first")
    func foldsDeepestSmallest() throws {
        let result = Self.large
        let dot = try DiagramWriter(options: DiagramOptions(view: .members, maxNodes: 40)).dot(for: result)
        let shown = Set(DOTNodes.organisations(in: dot))
        let tiers = result.analysis.organisationTier
        let deepestShown = shown.compactMap { tiers[$0] }.max() ?? 0
        let shallowestFolded = result.chain.organisations.indices.filter { !shown.contains($0) }.compactMap { tiers[$0] }.min() ?? 0
        #expect(deepestShown <= shallowestFolded)
        // Within the tier where folding stopped, every folded provider receives no more than any shown one.
        let boundary = result.chain.organisations.indices.filter { tiers[$0] == shallowestFolded }
        let shownValues = boundary.filter { shown.contains($0) }.map { result.analysis.fundingIn[$0] }
        let foldedValues = boundary.filter { !shown.contains($0) }.map { result.analysis.fundingIn[$0] }
        if let smallestShown = shownValues.min(), let largestFolded = foldedValues.max() {
            #expect(largestFolded <= smallestShown)
        }
    }

    @Test("Folded groups say how many organisations and how much money, in plain words")
    func foldLabel() throws {
        let dot = try DiagramWriter(options: DiagramOptions(view: .members, maxNodes: 10)).dot(for: Self.large)
        let label = try Regex(#"label="\+ [0-9]+ more organisations, £[0-9.]+(k|m|bn)?""#)
        #expect(DOTNodes.folds(in: dot).allSatisfy { $0.firstMatch(of: label) != nil })
    }

    @Test("The Members' view uses no rule ids and no subcontract ids")
    func plainWords() throws {
        for fixture in Fixtures.drawable {
            let result = try Fixtures.check(fixture)
            let dot = try DiagramWriter(options: DiagramOptions(view: .members)).dot(for: result)
            for rule in allRules {
                #expect(!dot.contains("[\(rule.id)]"), "\(fixture) shows rule id \(rule.id)")
            }
            #expect(!dot.contains("error"), "\(fixture) says error")
        }
        let dot = try DiagramWriter(options: DiagramOptions(view: .members)).dot(for: try Fixtures.check("diagrams/wellbeing.yaml"))
        #expect(!dot.contains("<TD>SC1<BR/>"))
        #expect(dot.contains("1 problem"))
    }

    @Test("A chain within the limit is not folded")
    func smallNotFolded() throws {
        let result = try Fixtures.check("diagrams/wellbeing.yaml")
        let dot = try DiagramWriter(options: DiagramOptions(view: .members)).dot(for: result)
        #expect(DOTNodes.folds(in: dot).isEmpty)
        #expect(DOTNodes.organisations(in: dot).count == result.chain.organisations.count)
    }

    @Test("Organisations the lead cannot reach fold into their own group first")
    func unreachableFold() throws {
        let result = try Fixtures.check("diagrams/wellbeing.yaml")
        let dot = try DiagramWriter(options: DiagramOptions(view: .members, maxNodes: 8)).dot(for: result)
        let folds = DOTNodes.folds(in: dot)
        #expect(folds.count == 1)
        #expect(folds.first?.contains("+ 2 more organisations not linked to the lead, £12k") == true)
    }
}

@Suite("The district filter")
struct DistrictFilterTests {
    private func kept(_ result: CheckResult, district: String) throws -> Set<String> {
        let dot = try DiagramWriter(options: DiagramOptions(district: district)).dot(for: result)
        return Set(DOTNodes.organisations(in: dot).map { result.chain.organisations[$0].id })
    }

    @Test("Only providers delivering in the district, with the path from the lead, case-insensitively")
    func fixture() throws {
        let result = try Fixtures.check("diagrams/wellbeing.yaml")
        // Ride Together is based in Dover but delivers in Thanet.
        #expect(try kept(result, district: "dover") == ["kcc", "hale", "hope", "garden"])
        // Orphan Helpers delivers in Thanet but its parent is not on a path from the lead.
        #expect(try kept(result, district: "THANET") == ["kcc", "hale", "thanet-mind", "ride", "orphan-kid"])
        #expect(try kept(result, district: "Folkestone and Hythe") == ["kcc", "hale", "hope"])
    }

    @Test("On a generated chain the filter keeps exactly the deliverers and their ancestors")
    func generated() throws {
        let result = Checker().check(SampleChains.generated(organisations: 300))
        let chain = result.chain
        for district in ["Dover", "Swale", "Tunbridge Wells"] {
            var expected: Set<String> = [chain.commissioner.id, chain.lead.id]
            for subcontract in chain.subcontracts where subcontract.districts?.contains(district) == true {
                var organisation = subcontract.provider
                while organisation != chain.contract.lead {
                    expected.insert(chain.organisations[organisation].id)
                    organisation = chain.subcontracts[chain.incoming[organisation][0]].parent
                }
            }
            #expect(expected.count > 2)
            #expect(try kept(result, district: district) == expected)
        }
    }

    @Test("A district nobody delivers in is an error that suggests the nearest")
    func unknownDistrict() throws {
        let result = try Fixtures.check("diagrams/wellbeing.yaml")
        #expect(throws: DiagramError.noProviderInDistrict("Dovr", suggestion: "Dover", known: ["Dover", "Folkestone and Hythe", "Swale", "Thanet"])) {
            _ = try DiagramWriter(options: DiagramOptions(district: "Dovr")).dot(for: result)
        }
    }
}
