import ChainAuditModel

/// A parent keeping more than 20% of a subcontract's funding as its management fee.
public struct ExcessiveManagementFee: Rule {
    public let id = "excessive-management-fee"
    public let principle = Principle.c3
    public let defaultSeverity = Severity.warning
    public let subjectKinds: [Subject.Kind] = [.subcontract]
    public let summary = "The parent keeps more than 20% of the funding for a subcontract as its management fee"
    public let rationale = """
        Pricing should be fair to every partner: money meant for the service should reach the \
        organisations delivering it, not be held back in large fees by those managing them.
        """
    public let fix = "Lower the management fee to 20% or less, or record why a higher fee is justified (and waive the finding)."
    public let parameters = [RuleParameter("maxManagementFee", kind: .share, default: 0.20, "the largest share of the funding a parent may keep as its fee")]

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let limit = context.parameter("maxManagementFee", default: 0.20)
        return context.chain.subcontracts.compactMap { subcontract in
            guard let fee = subcontract.managementFee, exceeds(fee, limit) else { return nil }
            let provider = context.chain.providerName(of: subcontract)
            let parent = context.chain.parentName(of: subcontract)
            return finding(
                .subcontract(subcontract),
                "\(parent) keeps a \(Wording.percent(fee)) management fee on the subcontract with \(provider); the most allowed is \(Wording.percent(limit))",
                evidence: [.init("managementFee", .number(fee)), .init("maxManagementFee", .number(limit))]
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
          - { id: SC1, parent: lead, provider: hope, value: 200000, managementFee: "25%" }
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
          - { id: SC1, parent: lead, provider: hope, value: 200000, managementFee: 0.1 }
        """
}
