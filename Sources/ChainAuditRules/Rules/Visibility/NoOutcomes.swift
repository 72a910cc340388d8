import ChainAuditModel

/// A contract that defines no outcomes.
public struct NoOutcomes: Rule {
    public let id = "no-outcomes"
    public let principle = Principle.c1
    public let defaultSeverity = Severity.warning
    public let subjectKinds: [Subject.Kind] = [.contract]
    public let summary = "The contract defines no outcomes"
    public let rationale = """
        Commissioners should set out the outcomes each contract is to achieve, rather than how the \
        service is to be run, so that providers can build the partnership best able to achieve them.
        """
    public let fix = "List the outcomes the contract must improve, each with an indicator of how it is measured."

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let contract = context.contract
        guard contract.outcomes.isEmpty else { return [] }
        return [finding(
            .contract(contract),
            "\(contract.title) defines no outcomes for the service to achieve",
            evidence: [.init("missing", .array(["outcomes"]))]
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
          outcomes: []
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
          outcomes:
            - { id: O1, description: Fewer isolated older people, indicator: "UCLA loneliness score at 6 months" }
        organisations:
          - { id: kcc, name: Kent County Council, sector: public, size: large }
          - { id: lead, name: Lead Provider Ltd, sector: private, size: large }
        """
}
