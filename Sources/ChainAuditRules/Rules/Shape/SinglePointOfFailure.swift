import ChainAuditModel

/// An organisation that delivers a large part of the contract with no contingency if it fails.
public struct SinglePointOfFailure: Rule {
    public let id = "single-point-of-failure"
    public let principle = Principle.principle8
    public let defaultSeverity = Severity.warning
    public let subjectKinds: [Subject.Kind] = [.organisation]
    public let summary = "An organisation delivers a large part of the contract and none of its subcontracts has a contingency plan"
    public let rationale = """
        The council plans to prevent and manage provider failure. When one organisation delivers a \
        large part of a contract and nothing says what happens if it fails, the service fails with it.
        """
    public let fix = "Agree a contingency for at least one of this organisation's subcontracts: who takes the work on if it fails."
    public let parameters = [
        RuleParameter("maxDependency", kind: .share, default: 0.25, "the largest share of the contract value one organisation may deliver with no contingency"),
    ]

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let limit = context.parameter("maxDependency", default: 0.25)
        let chain = context.chain
        let contractValue = context.contract.value
        var findings: [Finding] = []
        for index in chain.organisations.indices where !chain.incoming[index].isEmpty {
            let delivered = chain.incoming[index]
            guard delivered.allSatisfy({ chain.subcontracts[$0].missingTerms.contains(.contingency) }) else { continue }
            let value = delivered.reduce(0.0) { $0 + (chain.subcontracts[$1].value ?? 0) }
            guard exceeds(value, limit * contractValue) else { continue }
            let organisation = chain.organisations[index]
            var evidence: [JSONValue.Pair] = [.init("value", .number(value)), .init("contractValue", .number(contractValue))]
            if contractValue > 0 { evidence.append(.init("share", .number(value / contractValue))) }
            evidence.append(.init("maxDependency", .number(limit)))
            evidence.append(.init("subcontracts", .int(delivered.count)))
            let part = contractValue > 0 ? " (\(Wording.percent(value / contractValue)) of the contract)" : ""
            findings.append(finding(
                .organisation(organisation),
                "\(organisation.name) delivers \(Wording.pounds(value))\(part) and no plan says what happens if it fails",
                evidence: evidence
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
        organisations:
          - { id: kcc, name: Kent County Council, sector: public, size: large }
          - { id: lead, name: Lead Provider Ltd, sector: private, size: large }
          - { id: hope, name: Hope Trust, sector: vcse, size: small }
        subcontracts:
          - { id: SC1, parent: lead, provider: hope, value: 200000 }
          - { id: SC2, parent: lead, provider: hope, value: 200000 }
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
          - { id: SC1, parent: lead, provider: hope, value: 200000, contingency: Lead's own visiting team }
          - { id: SC2, parent: lead, provider: hope, value: 200000 }
        """
}
