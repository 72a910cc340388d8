import ChainAuditModel

/// One organisation takes most of the subcontracted money.
public struct LowVariety: Rule {
    public let id = "low-variety"
    public let principle = Principle.p2
    public let defaultSeverity = Severity.warning
    public let subjectKinds: [Subject.Kind] = [.contract]
    public let summary = "One organisation takes most of the subcontracted value"
    public let rationale = """
        Providers should build varied supply chains that bring in different organisations and new \
        ideas. When one subcontractor takes most of the money, the chain is a partnership in name only \
        and depends on that one organisation.
        """
    public let fix = "Spread the subcontracted work across more partners, including small and voluntary organisations."
    public let parameters = [
        RuleParameter("maxProviderShare", kind: .share, default: 0.6, "the largest share of the subcontracted value one organisation may take"),
    ]

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let limit = context.parameter("maxProviderShare", default: 0.6)
        let chain = context.chain
        var delivered = [Double](repeating: 0, count: chain.organisations.count)
        var total = 0.0
        for subcontract in chain.subcontracts {
            guard let value = subcontract.value else { continue }
            delivered[subcontract.provider] += value
            total += value
        }
        guard exceeds(total, 0) else { return [] }
        // The largest; the first in the file among equals.
        var largest = 0
        for index in delivered.indices where delivered[index] > delivered[largest] { largest = index }
        let share = delivered[largest] / total
        guard exceeds(share, limit) else { return [] }
        let provider = chain.organisations[largest]
        return [finding(
            .contract(context.contract),
            "\(provider.name) delivers \(Wording.percent(share)) of the value subcontracted under \(context.contract.title) (\(Wording.pounds(delivered[largest])) of \(Wording.pounds(total))), more than \(Wording.percent(limit))",
            evidence: [
                .init("organisation", .string(provider.id)),
                .init("organisationValue", .number(delivered[largest])),
                .init("subcontractedValue", .number(total)),
                .init("share", .number(share)),
                .init("maxProviderShare", .number(limit)),
            ]
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
          - { id: hope, name: Hope Trust, sector: vcse, size: small }
        subcontracts:
          - { id: SC1, parent: lead, provider: big, value: 500000 }
          - { id: SC2, parent: lead, provider: hope, value: 100000 }
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
          - { id: SC1, parent: lead, provider: big, value: 300000 }
          - { id: SC2, parent: lead, provider: hope, value: 300000 }
        """
}
