import ChainAuditModel

/// A provider with more of its payment on results than its parent has on its own.
public struct PbrAmplified: Rule {
    public let id = "pbr-amplified"
    public let principle = Principle.p7
    public let defaultSeverity = Severity.warning
    public let subjectKinds: [Subject.Kind] = [.subcontract]
    public let summary = "A provider has more of its payment tied to results than its parent has, by more than 10 percentage points"
    public let rationale = """
        Payment by results moves risk onto whoever delivers. A parent that puts more of its partner's \
        payment at risk than its own is at risk is passing its risk down the chain rather than sharing it.
        """
    public let fix = "Tie no more of the provider's payment to results than the parent's own payment is, within the tolerance."
    public let parameters = [RuleParameter("pbrTolerance", kind: .share, default: 0.10, "how far a provider's payment-by-results share may exceed its parent's")]

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let tolerance = context.parameter("pbrTolerance", default: 0.10)
        return context.chain.subcontracts.compactMap { subcontract in
            let share = subcontract.byResultsShare
            let parentShare = context.analysis.incomingPbr[subcontract.parent]
            guard exceeds(share, parentShare + tolerance) else { return nil }
            let provider = context.chain.providerName(of: subcontract)
            let parent = context.chain.parentName(of: subcontract)
            return finding(
                .subcontract(subcontract),
                "\(provider) has \(Wording.percent(share)) of its payment tied to results, but \(parent) has only \(Wording.percent(parentShare)) of its own; the gap should be no more than \(Wording.points(tolerance)) percentage points",
                evidence: [
                    .init("byResultsShare", .number(share)),
                    .init("parentByResultsShare", .number(parentShare)),
                    .init("pbrTolerance", .number(tolerance)),
                ]
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
          byResultsShare: 0.1
        organisations:
          - { id: kcc, name: Kent County Council, sector: public, size: large }
          - { id: lead, name: Lead Provider Ltd, sector: private, size: large }
          - { id: hope, name: Hope Trust, sector: vcse, size: small }
        subcontracts:
          - { id: SC1, parent: lead, provider: hope, value: 200000, byResultsShare: "40%" }
        """

    public let passingExample = """
        chainaudit: 1
        contract:
          id: EX-1
          title: Example Service
          commissioner: kcc
          lead: lead
          value: 1000000
          byResultsShare: 0.1
        organisations:
          - { id: kcc, name: Kent County Council, sector: public, size: large }
          - { id: lead, name: Lead Provider Ltd, sector: private, size: large }
          - { id: hope, name: Hope Trust, sector: vcse, size: small }
        subcontracts:
          - { id: SC1, parent: lead, provider: hope, value: 200000, byResultsShare: "20%" }
        """
}
