import ChainAuditModel

/// A subcontract let further down the chain than the configured number of tiers.
public struct DeepChain: Rule {
    public let id = "deep-chain"
    public let principle = Principle.c4
    public let defaultSeverity = Severity.info
    public let subjectKinds: [Subject.Kind] = [.subcontract]
    public let summary = "A subcontract sits deeper in the chain than the configured number of tiers"
    public let rationale = """
        The commissioner needs to see the role, terms and volumes of every subcontractor. Each extra \
        tier makes that harder to see, and takes another cut of the funding before it reaches the work.
        """
    public let fix = "Check that the extra tier is needed; if it is, make sure its terms are as visible as the first tier's."
    public let parameters = [RuleParameter("maxTier", kind: .count, default: 3, "the deepest tier expected (the lead's own subcontracts are tier 1)")]

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let limit = context.parameter("maxTier", default: 3)
        return context.chain.subcontracts.indices.compactMap { index in
            guard let tier = context.analysis.subcontractTier[index], exceeds(Double(tier), limit) else { return nil }
            let subcontract = context.chain.subcontracts[index]
            return finding(
                .subcontract(subcontract),
                "The subcontract with \(context.chain.providerName(of: subcontract)) is at tier \(tier), deeper than tier \(Wording.plainNumber(limit)), the deepest expected",
                evidence: [.init("tier", .int(tier)), .init("maxTier", .number(limit))]
            )
        }
    }

    public let failingExample = """
        chainaudit: 1
        contract:
          id: EX-1
          title: Example Service
          commissioner: kcc
          lead: lead
          value: 1000000
        organisations:
          - { id: kcc, name: Kent County Council, sector: public, size: large }
          - { id: lead, name: Lead Provider Ltd, sector: private, size: large }
          - { id: a, name: Alpha Ltd, sector: private, size: medium }
          - { id: b, name: Beta Ltd, sector: private, size: small }
          - { id: c, name: Gamma CIC, sector: vcse, size: small }
          - { id: d, name: Delta Trust, sector: vcse, size: micro }
        subcontracts:
          - { id: SC1, parent: lead, provider: a, value: 400000 }
          - { id: SC2, parent: a, provider: b, value: 200000 }
          - { id: SC3, parent: b, provider: c, value: 100000 }
          - { id: SC4, parent: c, provider: d, value: 50000 }
        """

    public let passingExample = """
        chainaudit: 1
        contract:
          id: EX-1
          title: Example Service
          commissioner: kcc
          lead: lead
          value: 1000000
        organisations:
          - { id: kcc, name: Kent County Council, sector: public, size: large }
          - { id: lead, name: Lead Provider Ltd, sector: private, size: large }
          - { id: a, name: Alpha Ltd, sector: private, size: medium }
          - { id: b, name: Beta Ltd, sector: private, size: small }
          - { id: c, name: Gamma CIC, sector: vcse, size: small }
        subcontracts:
          - { id: SC1, parent: lead, provider: a, value: 400000 }
          - { id: SC2, parent: a, provider: b, value: 200000 }
          - { id: SC3, parent: b, provider: c, value: 100000 }
        """
}
