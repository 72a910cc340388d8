import ChainAuditModel

/// The contract or a subcontract with no way to resolve disputes.
public struct NoIssueResolution: Rule {
    public let id = "no-issue-resolution"
    public let principle = Principle.c6
    public let defaultSeverity = Severity.error
    public let subjectKinds: [Subject.Kind] = [.contract, .subcontract]
    public let summary = "The contract or a subcontract does not say how disputes are resolved"
    public let rationale = """
        Every contract, and every subcontractor's part in it, needs an agreed way to raise and settle \
        problems before they harm the service, rather than leaving partners to fall out.
        """
    public let fix = "Write an issue-resolution process into the contract and each subcontract: who to raise it with, escalation, then mediation."

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        findingsForMissingTerm("issueResolution", contract: { $0.issueResolution }, subcontract: .issueResolution, lacks: "does not say how disputes are resolved", in: context)
    }

    public let failingExample = """
        chainaudit: 1
        contract:
          id: EX-1
          title: Example Service
          commissioner: kcc
          lead: lead
          value: 1000000
          issueResolution: Clause 18 - escalation, then mediation
        organisations:
          - { id: kcc, name: Kent County Council, sector: public, size: large }
          - { id: lead, name: Lead Provider Ltd, sector: private, size: large }
          - { id: hope, name: Hope Trust, sector: vcse, size: small }
        subcontracts:
          - { id: SC1, parent: lead, provider: hope, value: 200000, issueResolution: "  " }
        """

    public let passingExample = """
        chainaudit: 1
        contract:
          id: EX-1
          title: Example Service
          commissioner: kcc
          lead: lead
          value: 1000000
          issueResolution: Clause 18 - escalation, then mediation
        organisations:
          - { id: kcc, name: Kent County Council, sector: public, size: large }
          - { id: lead, name: Lead Provider Ltd, sector: private, size: large }
          - { id: hope, name: Hope Trust, sector: vcse, size: small }
        subcontracts:
          - { id: SC1, parent: lead, provider: hope, value: 200000, issueResolution: Clause 7 - partnership meeting }
        """
}
