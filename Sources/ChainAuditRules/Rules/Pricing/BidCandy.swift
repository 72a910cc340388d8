import ChainAuditModel

/// A named partner given no money or no work: "bid candy".
public struct BidCandy: Rule {
    public let id = "bid-candy"
    public let principle = Principle.c3
    public let defaultSeverity = Severity.warning
    public let subjectKinds: [Subject.Kind] = [.subcontract]
    public let summary = "A named partner is given no money or no volume of work"
    public let rationale = """
        The pricing model of a partnership contract should work for every partner. A partner named \
        in the bid but given nothing to do, or nothing to be paid, dresses up the bid without \
        sharing the work.
        """
    public let fix = "Give the partner a real share of the work and of the funding, or take it out of the chain."

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        context.chain.subcontracts.compactMap { subcontract in
            let noValue = subcontract.value == 0
            let noVolume = subcontract.volume?.amount == 0
            guard noValue || noVolume else { return nil }
            var evidence: [JSONValue.Pair] = []
            if let value = subcontract.value { evidence.append(.init("value", .number(value))) }
            if let volume = subcontract.volume {
                evidence.append(.init("volume", .object([.init("amount", .number(volume.amount)), .init("unit", .string(volume.unit))])))
            }
            let nothing = switch (noValue, noVolume) {
            case (true, true): "no money and no work"
            case (true, false): "no money"
            default: "no work"
            }
            return finding(
                .subcontract(subcontract),
                "\(context.chain.providerName(of: subcontract)) is named as a partner but its subcontract gives it \(nothing)",
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
        organisations:
          - { id: kcc, name: Kent County Council, sector: public, size: large }
          - { id: lead, name: Lead Provider Ltd, sector: private, size: large }
          - { id: hope, name: Hope Trust, sector: vcse, size: small }
        subcontracts:
          - { id: SC1, parent: lead, provider: hope, value: 0, volume: { amount: 0, unit: referrals a year } }
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
          - { id: SC1, parent: lead, provider: hope, value: 200000, volume: { amount: 150, unit: referrals a year } }
        """
}
