import ChainAuditModel

/// A subcontract whose terms do not let the commissioner monitor the provider.
public struct NoCommissionerAccess: Rule {
    public let id = "no-commissioner-access"
    public let principle = Principle.p8
    public let defaultSeverity = Severity.warning
    public let subjectKinds: [Subject.Kind] = [.subcontract]
    public let summary = "A subcontract's terms do not let the commissioner monitor the provider"
    public let rationale = """
        The council must be able to check for itself, at every tier, whether each subcontractor is \
        dependable and doing what it promised. The lead secures that right when it agrees the terms.
        """
    public let fix = "Add terms that let the commissioner monitor this provider, and record them with commissionerAccess: true."

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let commissioner = context.chain.commissionerName
        return context.chain.subcontracts.compactMap { subcontract in
            guard !subcontract.commissionerAccess else { return nil }
            return finding(
                .subcontract(subcontract),
                "The terms with \(context.chain.providerName(of: subcontract)) do not let \(commissioner) monitor its reliability, progress and achievement",
                evidence: [.init("commissionerAccess", false)]
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
          - { id: SC1, parent: lead, provider: hope, value: 200000, commissionerAccess: false }
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
          - { id: SC1, parent: lead, provider: hope, value: 200000, commissionerAccess: true }
        """
}
