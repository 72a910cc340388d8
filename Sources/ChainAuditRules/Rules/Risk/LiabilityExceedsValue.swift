import ChainAuditModel

/// A provider that can be liable for more than the subcontract is worth.
public struct LiabilityExceedsValue: Rule {
    public let id = "liability-exceeds-value"
    public let principle = Principle.p7
    public let defaultSeverity = Severity.warning
    public let subjectKinds: [Subject.Kind] = [.subcontract]
    public let summary = "A provider's liability cap is higher than the value of its subcontract"
    public let rationale = """
        Risk should be in proportion to a partner's part: a provider should not stand to lose more \
        under a subcontract than it is paid for it.
        """
    public let fix = "Cap the provider's liability at no more than the value of the subcontract."

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        context.chain.subcontracts.compactMap { subcontract in
            guard let cap = subcontract.liabilityCap, let value = subcontract.value, exceeds(cap, value) else { return nil }
            let provider = context.chain.providerName(of: subcontract)
            return finding(
                .subcontract(subcontract),
                "\(provider) can be liable for up to \(Wording.pounds(cap)) under a subcontract worth \(Wording.pounds(value))",
                evidence: [.init("liabilityCap", .number(cap)), .init("value", .number(value))]
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
          - { id: hope, name: Hope Trust, sector: vcse, size: small }
        subcontracts:
          - { id: SC1, parent: lead, provider: hope, value: 200000, liabilityCap: 500000 }
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
          - { id: hope, name: Hope Trust, sector: vcse, size: small }
        subcontracts:
          - { id: SC1, parent: lead, provider: hope, value: 200000, liabilityCap: 50000 }
        """
}
