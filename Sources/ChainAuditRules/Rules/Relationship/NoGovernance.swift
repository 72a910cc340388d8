import ChainAuditModel

/// A contract that does not say how the partners work together.
public struct NoGovernance: Rule {
    public let id = "no-governance"
    public let principle = Principle.p4
    public let defaultSeverity = Severity.info
    public let subjectKinds: [Subject.Kind] = [.contract]
    public let summary = "The contract does not say how the partners work together"
    public let rationale = """
        The council, the lead and its subcontractors need a settled way of working together, such as \
        a regular partnership board, that lasts from the start of the contract to its end.
        """
    public let fix = "Describe how the partners work together through the life of the contract (governance)."

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let contract = context.contract
        guard contract.governance.isMissing else { return [] }
        return [finding(
            .contract(contract),
            "\(contract.title) does not say how the commissioner, the lead and its partners work together",
            evidence: [.init("missing", .array(["governance"]))]
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
        """

    public let passingExample = """
        chainaudit: 1
        contract:
          id: EX-1
          title: Example Service
          commissioner: kcc
          lead: lead
          value: 1000000
          governance: Quarterly partnership meeting
        organisations:
          - { id: kcc, name: Kent County Council, sector: public, size: large }
          - { id: lead, name: Lead Provider Ltd, sector: private, size: large }
        """
}
