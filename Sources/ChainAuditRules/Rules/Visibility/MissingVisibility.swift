import ChainAuditModel

/// A subcontract whose role, payment terms, volume or change mechanism the commissioner cannot see.
public struct MissingVisibility: Rule {
    public let id = "missing-visibility"
    public let principle = Principle.c4
    public let defaultSeverity = Severity.error
    public let subjectKinds: [Subject.Kind] = [.subcontract]
    public let summary = "A subcontract does not state its role, payment days, volume or change mechanism"
    public let rationale = """
        The commissioner must be able to see every subcontractor's role, payment terms, volumes \
        and how the work can be changed, at every tier, or it cannot judge whether the chain works.
        """
    public let fix = "State the provider's role, payment days, volume of activity and change mechanism for the subcontract."

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        context.chain.subcontracts.compactMap { subcontract in
            var missing: [String] = []
            if subcontract.missingTerms.contains(.role) { missing.append("role") }
            if subcontract.paymentDays == nil { missing.append("paymentDays") }
            if subcontract.volume == nil || subcontract.volume.map({ $0.unit.isBlank }) == true { missing.append("volume") }
            if subcontract.missingTerms.contains(.changeMechanism) { missing.append("changeMechanism") }
            guard !missing.isEmpty else { return nil }
            return finding(
                .subcontract(subcontract),
                "The subcontract with \(context.chain.providerName(of: subcontract)) does not state its \(Wording.list(missing))",
                evidence: [.init("missing", .array(missing.map { .string($0) }))]
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
          - { id: SC1, parent: lead, provider: hope, value: 200000, role: Befriending }
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
          - id: SC1
            parent: lead
            provider: hope
            value: 200000
            role: Befriending
            paymentDays: 30
            volume: { amount: 150, unit: people a year }
            changeMechanism: Clause 9 - written variation
        """
}
