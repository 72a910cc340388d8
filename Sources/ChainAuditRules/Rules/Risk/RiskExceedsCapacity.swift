import ChainAuditModel

/// A small or voluntary provider whose yearly payment at risk on results is large next to its turnover.
public struct RiskExceedsCapacity: Rule {
    public let id = "risk-exceeds-capacity"
    public let principle = Principle.p7
    public let defaultSeverity = Severity.warning
    public let subjectKinds: [Subject.Kind] = [.subcontract]
    public let summary = "A small or voluntary provider has more of its turnover at risk on results than it can carry"
    public let rationale = """
        A subcontractor should carry no more risk than its part in the contract justifies. \
        A small or voluntary organisation paid by results can be put out of business by one bad year \
        when the money at risk is a large part of its turnover.
        """
    public let fix = "Reduce the share of this provider's payment that depends on results, or have a larger partner carry that risk."
    public let parameters = [
        RuleParameter("maxExposure", kind: .share, default: 0.25, "the most of a small provider's annual turnover that may be at risk on results each year"),
    ]

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let limit = context.parameter("maxExposure", default: 0.25)
        let years = context.analysis.termYears
        return context.chain.subcontracts.compactMap { subcontract in
            // The provider's fields are read in place: a copy of the whole organisation for every subcontract is costly on large chains.
            let provider = subcontract.provider
            guard Self.isSmall(size: context.chain.organisations[provider].size, sector: context.chain.organisations[provider].sector),
                  let turnover = context.chain.organisations[provider].annualTurnover,
                  let value = subcontract.value else { return nil }
            let exposure = subcontract.byResultsShare * value / years
            guard exceeds(exposure, limit * turnover) else { return nil }
            return finding(
                .subcontract(subcontract),
                "\(context.chain.organisations[provider].name) has \(Wording.pounds(exposure)) a year at risk on results, more than \(Wording.percent(limit)) of its annual turnover of \(Wording.pounds(turnover))",
                evidence: [
                    .init("byResultsShare", .number(subcontract.byResultsShare)),
                    .init("value", .number(value)),
                    .init("termYears", .number(years)),
                    .init("annualExposure", .number(exposure)),
                    .init("annualTurnover", .number(turnover)),
                    .init("maxExposure", .number(limit)),
                ]
            )
        }
    }

    /// Micro, small or "sme" in size, or voluntary, community or social enterprise in sector.
    static func isSmall(size: OrganisationSize, sector: Sector) -> Bool {
        switch size {
        case .micro, .small, .sme: return true
        case .medium, .large, .unknown: return sector == .vcse
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
          start: 2026-04-01
          end: 2028-03-31
        organisations:
          - { id: kcc, name: Kent County Council, sector: public, size: large }
          - { id: lead, name: Lead Provider Ltd, sector: private, size: large }
          - { id: hope, name: Hope Trust, sector: vcse, size: small, annualTurnover: 100000 }
        subcontracts:
          - { id: SC1, parent: lead, provider: hope, value: 200000, byResultsShare: 0.5 }
        """

    public let passingExample = """
        chainaudit: 1
        contract:
          id: EX-1
          title: Example Service
          commissioner: kcc
          lead: lead
          value: 1000000
          start: 2026-04-01
          end: 2028-03-31
        organisations:
          - { id: kcc, name: Kent County Council, sector: public, size: large }
          - { id: lead, name: Lead Provider Ltd, sector: private, size: large }
          - { id: hope, name: Hope Trust, sector: vcse, size: small, annualTurnover: 400000 }
        subcontracts:
          - { id: SC1, parent: lead, provider: hope, value: 200000, byResultsShare: 0.5 }
        """
}
