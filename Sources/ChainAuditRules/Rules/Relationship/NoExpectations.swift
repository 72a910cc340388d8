import ChainAuditModel

/// A subcontract that does not say how the provider is told what is expected of it.
public struct NoExpectations: Rule {
    public let id = "no-expectations"
    public let principle = Principle.p5
    public let defaultSeverity = Severity.info
    public let subjectKinds: [Subject.Kind] = [.subcontract]
    public let summary = "A subcontract does not say how the provider is told what is expected of it"
    public let rationale = """
        A lead should run its supply chain in the open: each subcontractor needs to be told plainly \
        what the lead wants from it, and helped along with guidance and regular contact.
        """
    public let fix = "Record how the provider is told what is expected of it, such as a partner handbook or guidance (expectations)."

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        context.chain.subcontracts.compactMap { subcontract in
            guard subcontract.missingTerms.contains(.expectations) else { return nil }
            return finding(
                .subcontract(subcontract),
                "The subcontract with \(context.chain.providerName(of: subcontract)) does not say how the provider is told what is expected of it",
                evidence: [.init("missing", .array(["expectations"]))]
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
          - { id: SC1, parent: lead, provider: hope, value: 200000 }
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
          - { id: SC1, parent: lead, provider: hope, value: 200000, expectations: Partner handbook }
        """
}
