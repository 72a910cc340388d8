import ChainAuditModel

/// A provider that waits too long for its money once pay-when-paid terms stack up.
public struct PaymentCascade: Rule {
    public let id = "payment-cascade"
    public let principle = Principle.c3
    public let defaultSeverity = Severity.warning
    public let subjectKinds: [Subject.Kind] = [.subcontract]
    public let summary = "A provider waits longer than 60 days for its money, counting the waits pay-when-paid terms add"
    public let rationale = """
        When each tier pays only once it has been paid, the waits add up down the chain, and the \
        smallest partners at the bottom wait longest. Prompt payment means the money reaches every \
        partner in reasonable time.
        """
    public let fix = "Shorten the payment terms or remove pay-when-paid clauses along the chain so the provider is paid within 60 days."
    public let parameters = [RuleParameter("maxCascadeDays", kind: .days, default: 60, "the longest a provider may wait for its money, in days, counting pay-when-paid waits")]

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let limit = context.parameter("maxCascadeDays", default: 60)
        return context.chain.subcontracts.indices.compactMap { index in
            let subcontract = context.chain.subcontracts[index]
            guard let days = context.analysis.daysToCash[index], exceeds(Double(days), limit) else { return nil }
            let provider = context.chain.providerName(of: subcontract)
            var evidence: [JSONValue.Pair] = [.init("daysToCash", .int(days))]
            if let own = subcontract.paymentDays { evidence.append(.init("paymentDays", .int(own))) }
            evidence.append(.init("payWhenPaid", .bool(subcontract.payWhenPaid)))
            evidence.append(.init("maxCascadeDays", .number(limit)))
            let how = subcontract.payWhenPaid ? ", counting the pay-when-paid waits above it" : ""
            return finding(
                .subcontract(subcontract),
                "\(provider) can wait \(days) days for its money\(how); no provider should wait more than \(Wording.figure(limit)) days",
                evidence: evidence
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
          paymentDays: 30
        organisations:
          - { id: kcc, name: Kent County Council, sector: public, size: large }
          - { id: lead, name: Lead Provider Ltd, sector: private, size: large }
          - { id: oak, name: Oakwood Care Ltd, sector: private, size: medium }
          - { id: hope, name: Hope Trust, sector: vcse, size: small }
        subcontracts:
          - { id: SC1, parent: lead, provider: oak, value: 400000, paymentDays: 30, payWhenPaid: true }
          - { id: SC2, parent: oak, provider: hope, value: 100000, paymentDays: 30, payWhenPaid: true }
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
          - { id: oak, name: Oakwood Care Ltd, sector: private, size: medium }
          - { id: hope, name: Hope Trust, sector: vcse, size: small }
        subcontracts:
          - { id: SC1, parent: lead, provider: oak, value: 400000, paymentDays: 30, payWhenPaid: true }
          - { id: SC2, parent: oak, provider: hope, value: 100000, paymentDays: 30 }
        """
}
