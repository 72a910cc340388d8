import ChainAuditModel

/// A provider carrying a larger share of the contract's risk than its share of the value warrants.
public struct DisproportionateRisk: Rule {
    public let id = "disproportionate-risk"
    public let principle = Principle.p7
    public let defaultSeverity = Severity.error
    public let subjectKinds: [Subject.Kind] = [.subcontract]
    public let summary = "A provider carries more than 1.5 times as much of the contract's risk as its share of the value"
    public let rationale = """
        Financial risk should be shared in proportion to each partner's part in the contract: a \
        provider doing a fifth of the work should not carry a third of the risk.
        """
    public let fix = "Reduce the provider's share of the risk, or raise its share of the value, so the two are in proportion."
    public let parameters = [
        RuleParameter("maxRiskRatio", kind: .number, default: 1.5, "how many times its share of the value a provider's share of the risk may be"),
        RuleParameter("minRiskShare", kind: .share, default: 0.05, "risk shares below this are too small to report"),
    ]

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let maxRatio = context.parameter("maxRiskRatio", default: 1.5)
        let minShare = context.parameter("minRiskShare", default: 0.05)
        let contractValue = context.contract.value
        guard exceeds(contractValue, 0) else { return [] }
        return context.chain.subcontracts.compactMap { subcontract in
            guard let risk = subcontract.riskShare, let value = subcontract.value else { return nil }
            let valueShare = value / contractValue
            guard atLeast(risk, minShare), exceeds(risk, maxRatio * valueShare) else { return nil }
            let provider = context.chain.providerName(of: subcontract)
            return finding(
                .subcontract(subcontract),
                "\(provider) carries \(Wording.percent(risk)) of the contract's risk for \(Wording.percent(valueShare)) of its value; no provider should carry more than \(Wording.figure(maxRatio)) times its share of the value",
                evidence: [
                    .init("riskShare", .number(risk)),
                    .init("value", .number(value)),
                    .init("contractValue", .number(contractValue)),
                    .init("valueShare", .number(valueShare)),
                    .init("maxRiskRatio", .number(maxRatio)),
                    .init("minRiskShare", .number(minShare)),
                ]
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
          value: 1200000
        organisations:
          - { id: kcc, name: Kent County Council, sector: public, size: large }
          - { id: lead, name: Lead Provider Ltd, sector: private, size: large }
          - { id: hope, name: Hope Trust, sector: vcse, size: small }
        subcontracts:
          - { id: SC1, parent: lead, provider: hope, value: 240000, riskShare: 0.35 }
        """

    public let passingExample = """
        chainaudit: 1
        contract:
          id: EX-1
          title: Example Service
          commissioner: kcc
          lead: lead
          value: 1200000
        organisations:
          - { id: kcc, name: Kent County Council, sector: public, size: large }
          - { id: lead, name: Lead Provider Ltd, sector: private, size: large }
          - { id: hope, name: Hope Trust, sector: vcse, size: small }
        subcontracts:
          - { id: SC1, parent: lead, provider: hope, value: 240000, riskShare: 0.25 }
        """
}
