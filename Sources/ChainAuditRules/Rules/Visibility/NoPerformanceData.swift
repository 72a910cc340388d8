import ChainAuditModel

/// A subcontract that names no key performance indicators.
public struct NoPerformanceData: Rule {
    public let id = "no-performance-data"
    public let principle = Principle.c2
    public let defaultSeverity = Severity.warning
    public let subjectKinds: [Subject.Kind] = [.subcontract]
    public let summary = "A subcontract names no key performance indicators"
    public let rationale = """
        Commissioners, and councillors, judge a service by how every provider in its chain performs, \
        not only the lead. Without indicators for each subcontract there is nothing to look at.
        """
    public let fix = "List the indicators (kpis) by which this provider's delivery and impact are tracked and reported."

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        context.chain.subcontracts.compactMap { subcontract in
            // A list whose every entry is blank names no indicator either.
            guard subcontract.kpis?.allSatisfy(\.isBlank) ?? true else { return nil }
            return finding(
                .subcontract(subcontract),
                "The subcontract with \(context.chain.providerName(of: subcontract)) names no performance indicators, so its delivery cannot be tracked",
                evidence: [.init("missing", .array(["kpis"]))]
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
          - { id: SC1, parent: lead, provider: hope, value: 200000, kpis: [] }
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
          - { id: SC1, parent: lead, provider: hope, value: 200000, kpis: [people befriended, loneliness score] }
        """
}
