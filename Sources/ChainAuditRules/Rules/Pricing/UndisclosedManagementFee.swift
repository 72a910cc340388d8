import ChainAuditModel

/// A subcontract that does not say what management fee the parent keeps.
public struct UndisclosedManagementFee: Rule {
    public let id = "undisclosed-management-fee"
    public let principle = Principle.c5
    public let defaultSeverity = Severity.warning
    public let subjectKinds: [Subject.Kind] = [.subcontract]
    public let summary = "A subcontract does not state the management fee the parent keeps"
    public let rationale = """
        Management fees must be open: the commissioner should see how much of the funding each \
        parent keeps and how much reaches the partner doing the work.
        """
    public let fix = "State the management fee for the subcontract, as a share of its funding (0 when there is none)."

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        context.chain.subcontracts.compactMap { subcontract in
            guard subcontract.managementFee == nil else { return nil }
            let provider = context.chain.providerName(of: subcontract)
            let parent = context.chain.parentName(of: subcontract)
            return finding(
                .subcontract(subcontract),
                "The subcontract with \(provider) does not say what management fee \(parent) keeps",
                evidence: [.init("missing", .array([.string("managementFee")]))]
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
          - { id: SC1, parent: lead, provider: hope, value: 200000, managementFee: 0 }
        """
}
