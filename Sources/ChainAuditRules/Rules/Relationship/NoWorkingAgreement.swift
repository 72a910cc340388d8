import ChainAuditModel

/// A subcontract with no working agreement, or only a letter of intent.
public struct NoWorkingAgreement: Rule {
    public let id = "no-working-agreement"
    public let principle = Principle.p3
    public let defaultSeverity = Severity.warning
    public let subjectKinds: [Subject.Kind] = [.subcontract]
    public let summary = "A subcontract has no working agreement, or only a letter of intent"
    public let rationale = """
        Partners in a bid should settle, before they tender, how they will work with each other for \
        as long as the contract runs. A letter of intent, or nothing at all, does not settle it.
        """
    public let fix = "Agree heads of terms or a signed agreement with the provider, and record it (agreement: headsOfTerms or signed)."

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        context.chain.subcontracts.compactMap { subcontract in
            let name = context.chain.providerName(of: subcontract)
            let message: String
            switch subcontract.agreement {
            case .some(.signed), .some(.headsOfTerms):
                return nil
            case nil:
                message = "The subcontract with \(name) does not say whether a working agreement is in place"
            case .some(.none):
                message = "There is no working agreement with \(name)"
            case .some(.letterOfIntent):
                message = "There is only a letter of intent with \(name), not a working agreement"
            }
            return finding(
                .subcontract(subcontract),
                message,
                evidence: [.init("agreement", subcontract.agreement.map { .string($0.rawValue) } ?? .null)]
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
          - { id: SC1, parent: lead, provider: hope, value: 200000, agreement: letterOfIntent }
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
          - { id: SC1, parent: lead, provider: hope, value: 200000, agreement: headsOfTerms }
        """
}
