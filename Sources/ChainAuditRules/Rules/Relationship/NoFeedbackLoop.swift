import ChainAuditModel

/// A contract that does not say how feedback is sought and used.
public struct NoFeedbackLoop: Rule {
    public let id = "no-feedback-loop"
    public let principle = Principle.p9
    public let defaultSeverity = Severity.info
    public let subjectKinds: [Subject.Kind] = [.contract]
    public let summary = "The contract does not say how feedback is sought and used"
    public let rationale = """
        A good lead asks the people who use the service, its subcontractors and its other partners \
        what is working, and can show what it changed as a result.
        """
    public let fix = "Describe how the lead seeks and uses feedback from service users, subcontractors and other stakeholders (feedback)."

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let contract = context.contract
        guard contract.feedback.isMissing else { return [] }
        return [finding(
            .contract(contract),
            "\(contract.title) does not say how \(context.chain.leadName) seeks and uses feedback from service users, subcontractors and others",
            evidence: [.init("missing", .array(["feedback"]))]
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
          feedback: ""
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
          feedback: Service-user panel twice a year
        organisations:
          - { id: kcc, name: Kent County Council, sector: public, size: large }
          - { id: lead, name: Lead Provider Ltd, sector: private, size: large }
        """
}
