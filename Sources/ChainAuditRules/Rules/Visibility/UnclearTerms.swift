import ChainAuditModel

/// A subcontract that does not say what the provider delivers, how it is rewarded or how it is penalised.
public struct UnclearTerms: Rule {
    public let id = "unclear-terms"
    public let principle = Principle.p6
    public let defaultSeverity = Severity.warning
    public let subjectKinds: [Subject.Kind] = [.subcontract]
    public let summary = "A subcontract does not state its deliverables, rewards or penalties"
    public let rationale = """
        Each partner in the chain needs to know exactly what it must deliver, what it earns for \
        doing so, and what happens if it falls short.
        """
    public let fix = "Write the provider's deliverables, rewards and penalties into the subcontract."

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        context.chain.subcontracts.compactMap { subcontract in
            var missing: [String] = []
            if subcontract.missingTerms.contains(.deliverables) { missing.append("deliverables") }
            if subcontract.missingTerms.contains(.rewards) { missing.append("rewards") }
            if subcontract.missingTerms.contains(.penalties) { missing.append("penalties") }
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
          - { id: SC1, parent: lead, provider: hope, value: 200000, deliverables: Weekly visits }
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
            deliverables: Weekly visits and phone calls
            rewards: Monthly payment
            penalties: Recovery of unspent funds
        """
}
