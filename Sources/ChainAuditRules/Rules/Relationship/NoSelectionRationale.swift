import ChainAuditModel

/// A subcontract that does not say why its provider was chosen.
public struct NoSelectionRationale: Rule {
    public let id = "no-selection-rationale"
    public let principle = Principle.p1
    public let defaultSeverity = Severity.info
    public let subjectKinds: [Subject.Kind] = [.subcontract]
    public let summary = "A subcontract does not say why its provider was chosen"
    public let rationale = """
        Lead providers should choose their partners both because they can meet the contract's \
        requirements and because their values and approach fit. Recording why each was chosen shows that.
        """
    public let fix = "Record why this provider was chosen: which requirements it meets and how its values fit (selectionRationale)."

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        context.chain.subcontracts.compactMap { subcontract in
            guard subcontract.missingTerms.contains(.selectionRationale) else { return nil }
            return finding(
                .subcontract(subcontract),
                "The subcontract with \(context.chain.providerName(of: subcontract)) does not say why this provider was chosen",
                evidence: [.init("missing", .array(["selectionRationale"]))]
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
          - { id: SC1, parent: lead, provider: hope, value: 200000, selectionRationale: "  " }
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
          - { id: SC1, parent: lead, provider: hope, value: 200000, selectionRationale: Established volunteer base in Dover }
        """
}
