import ChainAuditModel

/// Payment terms longer than the statutory 30 days, for the contract or any subcontract.
public struct LatePaymentTerms: Rule {
    public let id = "late-payment-terms"
    public let principle = Principle.statutory
    public let defaultSeverity = Severity.error
    public let subjectKinds: [Subject.Kind] = [.contract, .subcontract]
    public let summary = "Payment terms longer than 30 days, for the contract or any subcontract"
    public let rationale = """
        The law implies 30-day payment terms into every public contract and every subcontract \
        under it, at every tier. Small partners cannot carry the cost of waiting longer.
        """
    public let fix = "Agree payment within 30 days of a valid invoice, and write it into the contract or subcontract."
    public let parameters = [RuleParameter("maxPaymentDays", kind: .days, default: 30, "the longest payment term allowed, in days")]

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let limit = context.parameter("maxPaymentDays", default: 30)
        var findings: [Finding] = []
        let contract = context.contract
        if let days = contract.paymentDays, exceeds(Double(days), limit) {
            findings.append(finding(
                .contract(contract),
                "\(context.chain.commissionerName) pays \(context.chain.leadName) within \(days) days under the contract \(contract.title); public contracts must pay within \(Wording.figure(limit)) days",
                evidence: [.init("paymentDays", .int(days)), .init("maxPaymentDays", .number(limit))]
            ))
        }
        for subcontract in context.chain.subcontracts {
            guard let days = subcontract.paymentDays, exceeds(Double(days), limit) else { continue }
            findings.append(finding(
                .subcontract(subcontract),
                "\(context.chain.providerName(of: subcontract)) is paid within \(days) days; public subcontracts must pay within \(Wording.figure(limit)) days",
                evidence: [.init("paymentDays", .int(days)), .init("maxPaymentDays", .number(limit))]
            ))
        }
        return findings
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
          - { id: hope, name: Hope Trust, sector: vcse, size: small }
        subcontracts:
          - { id: SC1, parent: lead, provider: hope, value: 200000, paymentDays: 60 }
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
          - { id: SC1, parent: lead, provider: hope, value: 200000, paymentDays: 30 }
        """
}
