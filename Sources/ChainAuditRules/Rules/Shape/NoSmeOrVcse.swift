import ChainAuditModel

/// A chain with subcontracts, none of them delivered by a small or voluntary organisation.
public struct NoSmeOrVcse: Rule {
    public let id = "no-sme-or-vcse"
    public let principle = Principle.p2
    public let defaultSeverity = Severity.info
    public let subjectKinds: [Subject.Kind] = [.contract]
    public let summary = "No subcontract goes to a small or medium-sized business or a voluntary organisation"
    public let rationale = """
        A varied supply chain draws on small and medium-sized businesses and on voluntary, community \
        and social enterprises, with the local knowledge and new ideas they bring.
        """
    public let fix = "Look for small, medium-sized or voluntary organisations that could deliver part of the work, or record their size and sector if they already do."

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let chain = context.chain
        guard !chain.subcontracts.isEmpty else { return [] }
        var providers = 0
        for index in chain.organisations.indices where !chain.incoming[index].isEmpty {
            if chain.organisations[index].size.isSME || chain.organisations[index].sector == .vcse { return [] }
            providers += 1
        }
        let title = context.contract.title
        let whom = providers == 1 ? "The one provider in the chain for \(title) is not" : "None of the \(providers) providers in the chain for \(title) is"
        return [finding(
            .contract(context.contract),
            "\(whom) recorded as a small or medium-sized business or a voluntary, community or social enterprise",
            evidence: [.init("providers", .int(providers)), .init("subcontracts", .int(chain.subcontracts.count))]
        )]
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
          - { id: big, name: Big Care Ltd, sector: private, size: large }
        subcontracts:
          - { id: SC1, parent: lead, provider: big, value: 500000 }
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
          - { id: big, name: Big Care Ltd, sector: private, size: large }
          - { id: hope, name: Hope Trust, sector: vcse, size: small }
        subcontracts:
          - { id: SC1, parent: lead, provider: big, value: 500000 }
          - { id: SC2, parent: lead, provider: hope, value: 100000 }
        """
}
