import ChainAuditModel

/// A provider paid more slowly than its parent is paid itself.
public struct SlowerThanParent: Rule {
    public let id = "slower-than-parent"
    public let principle = Principle.c3
    public let defaultSeverity = Severity.warning
    public let subjectKinds: [Subject.Kind] = [.subcontract]
    public let summary = "A provider is paid more slowly than its parent is paid"
    public let rationale = """
        Prompt payment should flow down the chain: a parent that is paid within some number of days \
        should pay its own partners at least as quickly, not hold on to their money.
        """
    public let fix = "Pay the provider within no more days than the parent itself is paid in."

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        context.chain.subcontracts.compactMap { subcontract in
            guard let days = subcontract.paymentDays,
                  let parentDays = context.analysis.incomingDays[subcontract.parent],
                  exceeds(Double(days), Double(parentDays)) else { return nil }
            let provider = context.chain.providerName(of: subcontract)
            let parent = context.chain.parentName(of: subcontract)
            return finding(
                .subcontract(subcontract),
                "\(provider) is paid within \(days) days, but \(parent) is itself paid within \(parentDays) days",
                evidence: [.init("paymentDays", .int(days)), .init("parentPaymentDays", .int(parentDays))]
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
          paymentDays: 14
        organisations:
          - { id: kcc, name: Kent County Council, sector: public, size: large }
          - { id: lead, name: Lead Provider Ltd, sector: private, size: large }
          - { id: hope, name: Hope Trust, sector: vcse, size: small }
        subcontracts:
          - { id: SC1, parent: lead, provider: hope, value: 200000, paymentDays: 30 }
        """

    public let passingExample = """
        chainaudit: 1
        contract:
          id: EX-1
          title: Example Service
          commissioner: kcc
          lead: lead
          value: 1000000
          paymentDays: 30
        organisations:
          - { id: kcc, name: Kent County Council, sector: public, size: large }
          - { id: lead, name: Lead Provider Ltd, sector: private, size: large }
          - { id: hope, name: Hope Trust, sector: vcse, size: small }
        subcontracts:
          - { id: SC1, parent: lead, provider: hope, value: 200000, paymentDays: 14 }
        """
}
