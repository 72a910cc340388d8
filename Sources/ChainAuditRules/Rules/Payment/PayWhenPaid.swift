import ChainAuditModel

/// A subcontract that pays the provider only once the parent has itself been paid.
public struct PayWhenPaid: Rule {
    public let id = "pay-when-paid"
    public let principle = Principle.statutory
    public let defaultSeverity = Severity.error
    public let subjectKinds: [Subject.Kind] = [.subcontract]
    public let summary = "A subcontract pays the provider only once the parent has itself been paid"
    public let rationale = """
        The 30-day payment term runs from a valid invoice at every tier of a public contract; \
        making a provider wait until its parent is paid breaks that term and passes the parent's \
        cash-flow problems down to smaller partners.
        """
    public let fix = "Remove the pay-when-paid clause: the parent pays within 30 days of a valid invoice, whenever it is paid itself."

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        context.chain.subcontracts.compactMap { subcontract in
            guard subcontract.payWhenPaid else { return nil }
            let provider = context.chain.providerName(of: subcontract)
            let parent = context.chain.parentName(of: subcontract)
            var evidence: [JSONValue.Pair] = [.init("payWhenPaid", .bool(true))]
            if let days = subcontract.paymentDays { evidence.append(.init("paymentDays", .int(days))) }
            return finding(
                .subcontract(subcontract),
                "\(provider) is paid only once \(parent) has itself been paid; public subcontracts must pay within 30 days of a valid invoice",
                evidence: evidence
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
          paymentDays: 30
        organisations:
          - { id: kcc, name: Kent County Council, sector: public, size: large }
          - { id: lead, name: Lead Provider Ltd, sector: private, size: large }
          - { id: hope, name: Hope Trust, sector: vcse, size: small }
        subcontracts:
          - { id: SC1, parent: lead, provider: hope, value: 200000, paymentDays: 30, payWhenPaid: true }
        """

    public let passingExample = """
        chainaudit: 1
        contract:
          id: EX-1
          title: Example Service
          commissioner: kcc
          lead: lead
          value: 1000000
          paymentDays: 30
        organisations:
          - { id: kcc, name: Kent County Council, sector: public, size: large }
          - { id: lead, name: Lead Provider Ltd, sector: private, size: large }
          - { id: hope, name: Hope Trust, sector: vcse, size: small }
        subcontracts:
          - { id: SC1, parent: lead, provider: hope, value: 200000, paymentDays: 30, payWhenPaid: false }
        """
}
