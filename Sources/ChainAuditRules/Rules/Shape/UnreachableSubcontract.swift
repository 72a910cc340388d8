import ChainAuditModel

/// A subcontract let by an organisation outside the lead's chain.
public struct UnreachableSubcontract: Rule {
    public let id = "unreachable-subcontract"
    public let principle = Principle.c4
    public let defaultSeverity = Severity.error
    public let subjectKinds: [Subject.Kind] = [.subcontract]
    public let summary = "A subcontract is let by an organisation the lead does not reach through subcontracts"
    public let rationale = """
        The commissioner must be able to see how every subcontractor fits into the chain. Work let \
        by an organisation that is neither the lead nor one of its subcontractors sits outside the \
        contract's chain, where no one is accountable for it.
        """
    public let fix = "Add the missing subcontract that links the parent to the lead's chain, or correct the subcontract's parent."

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let lead = context.chain.leadName
        return context.chain.subcontracts.indices.compactMap { index in
            guard context.analysis.subcontractTier[index] == nil else { return nil }
            let subcontract = context.chain.subcontracts[index]
            let provider = context.chain.providerName(of: subcontract)
            let parent = context.chain.organisations[subcontract.parent]
            return finding(
                .subcontract(subcontract),
                "The subcontract with \(provider) is let by \(parent.name), which is not part of \(lead)'s chain of subcontracts",
                evidence: [.init("parent", .string(parent.id))]
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
          - { id: oak, name: Oakwood Care Ltd, sector: private, size: medium }
          - { id: hope, name: Hope Trust, sector: vcse, size: small }
        subcontracts:
          - { id: SC1, parent: oak, provider: hope, value: 200000 }
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
          - { id: oak, name: Oakwood Care Ltd, sector: private, size: medium }
          - { id: hope, name: Hope Trust, sector: vcse, size: small }
        subcontracts:
          - { id: SC1, parent: lead, provider: oak, value: 400000 }
          - { id: SC2, parent: oak, provider: hope, value: 200000 }
        """
}
