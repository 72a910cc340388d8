import ChainAuditModel

/// The contract or a subcontract with no exit strategy.
public struct NoExitStrategy: Rule {
    public let id = "no-exit-strategy"
    public let principle = Principle.c6
    public let defaultSeverity = Severity.error
    public let subjectKinds: [Subject.Kind] = [.contract, .subcontract]
    public let summary = "The contract or a subcontract does not say how it ends or is handed over"
    public let rationale = """
        Every contract, and every subcontractor's part in it, needs an agreed way out: how the work \
        ends or is handed over, so that people keep getting the service if a partner leaves.
        """
    public let fix = "Write an exit strategy into the contract and each subcontract: notice, handover of work and records, and who takes over."

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        findingsForMissingTerm("exitStrategy", contract: { $0.exitStrategy }, subcontract: .exitStrategy, lacks: "has no exit strategy", in: context)
    }

    public let failingExample = """
        chainaudit: 1
        contract:
          id: EX-1
          title: Example Service
          commissioner: kcc
          lead: lead
          value: 1000000
          exitStrategy: Clause 20 - managed handover
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
          exitStrategy: Clause 20 - managed handover
        organisations:
          - { id: kcc, name: Kent County Council, sector: public, size: large }
          - { id: lead, name: Lead Provider Ltd, sector: private, size: large }
          - { id: hope, name: Hope Trust, sector: vcse, size: small }
        subcontracts:
          - { id: SC1, parent: lead, provider: hope, value: 200000, exitStrategy: "Clause 8 - three months' notice" }
        """
}
