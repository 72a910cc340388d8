import ChainAuditModel

/// Configured targets for the share of subcontracted value going to Kent-based, SME and VCSE providers.
public struct SocialValueTarget: Rule {
    public let id = "social-value-target"
    public let principle = Principle.principle9
    public let defaultSeverity = Severity.warning
    public let subjectKinds: [Subject.Kind] = [.contract]
    public let summary = "Less of the subcontracted value goes to Kent-based, SME or VCSE providers than the configured target"
    public let rationale = """
        The council means to get as much social value as it can from everything it commissions, \
        including by keeping money in Kent and with small and voluntary organisations. The shares are \
        always reported; this rule turns them into findings once the commissioner sets a target.
        """
    public let fix = "Move more of the subcontracted work to Kent-based, small or voluntary providers, or agree a different target."
    public let parameters = [
        RuleParameter("minKentShare", kind: .share, default: nil, "the least share of the subcontracted value that must go to Kent-based providers"),
        RuleParameter("minSmeShare", kind: .share, default: nil, "the least share of the subcontracted value that must go to SMEs"),
        RuleParameter("minVcseShare", kind: .share, default: nil, "the least share of the subcontracted value that must go to voluntary, community and social enterprises"),
    ]
    public let exampleParameters: [String: Double] = ["minKentShare": 0.5, "minVcseShare": 0.25]

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let targets: [(parameter: String, share: String, label: String)] = [
            ("minKentShare", "kentShare", "Kent-based providers"),
            ("minSmeShare", "smeShare", "SMEs"),
            ("minVcseShare", "vcseShare", "voluntary, community and social enterprises"),
        ]
        let configured = targets.compactMap { target in context.configuredParameter(target.parameter).map { (target, $0) } }
        guard !configured.isEmpty else { return [] }
        let metrics = Metrics(chain: context.chain, analysis: context.analysis)
        guard let kent = metrics.kentShare, let sme = metrics.smeShare, let vcse = metrics.vcseShare else { return [] }
        let shares = ["kentShare": kent, "smeShare": sme, "vcseShare": vcse]
        var evidence: [JSONValue.Pair] = [.init("subcontractedValue", .number(metrics.subcontractedValue))]
        var unmet: [String] = []
        for (target, minimum) in configured {
            let share = shares[target.share]!
            evidence.append(.init(target.share, .number(share)))
            evidence.append(.init(target.parameter, .number(minimum)))
            if exceeds(minimum, share) {
                unmet.append("\(Wording.percent(share)) goes to \(target.label) (target \(Wording.percent(minimum)))")
            }
        }
        guard !unmet.isEmpty else { return [] }
        return [finding(
            .contract(context.contract),
            "\(context.contract.title) misses its social value targets: of the \(Wording.pounds(metrics.subcontractedValue)) subcontracted, \(Wording.list(unmet))",
            evidence: evidence
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
          - { id: kcc, name: Kent County Council, sector: public, size: large, district: Maidstone }
          - { id: lead, name: Lead Provider Ltd, sector: private, size: large, district: Maidstone }
          - { id: big, name: Big Care Ltd, sector: private, size: large, district: Croydon }
          - { id: hope, name: Hope Trust, sector: vcse, size: small, district: Dover }
        subcontracts:
          - { id: SC1, parent: lead, provider: big, value: 800000 }
          - { id: SC2, parent: lead, provider: hope, value: 100000 }
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
          - { id: kcc, name: Kent County Council, sector: public, size: large, district: Maidstone }
          - { id: lead, name: Lead Provider Ltd, sector: private, size: large, district: Maidstone }
          - { id: big, name: Big Care Ltd, sector: private, size: large, district: Croydon }
          - { id: hope, name: Hope Trust, sector: vcse, size: small, district: Dover }
        subcontracts:
          - { id: SC1, parent: lead, provider: big, value: 300000 }
          - { id: SC2, parent: lead, provider: hope, value: 500000 }
        """
}
