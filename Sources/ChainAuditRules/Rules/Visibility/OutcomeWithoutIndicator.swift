import ChainAuditModel

/// An outcome with no indicator saying how it is measured.
public struct OutcomeWithoutIndicator: Rule {
    public let id = "outcome-without-indicator"
    public let principle = Principle.c1
    public let defaultSeverity = Severity.warning
    public let subjectKinds: [Subject.Kind] = [.outcome]
    public let summary = "An outcome does not say how it is measured"
    public let rationale = """
        An outcome is only clearly defined when everyone can tell whether it has been achieved: \
        each needs an indicator that measures it.
        """
    public let fix = "Give the outcome an indicator: the measure that shows whether it is being achieved."

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        context.contract.outcomes.compactMap { outcome in
            guard outcome.indicator.isMissing else { return nil }
            return finding(
                .outcome(outcome),
                "The outcome \u{201C}\(outcome.description)\u{201D} has no indicator, so nothing says how it is measured",
                evidence: [.init("missing", .array(["indicator"]))]
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
          outcomes:
            - { id: O1, description: Fewer isolated older people }
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
