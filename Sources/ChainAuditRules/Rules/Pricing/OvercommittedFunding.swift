import ChainAuditModel

/// An organisation that lets more work than the money it receives can pay for.
public struct OvercommittedFunding: Rule {
    public let id = "overcommitted-funding"
    public let principle = Principle.c3
    public let defaultSeverity = Severity.error
    public let subjectKinds: [Subject.Kind] = [.organisation]
    public let summary = "An organisation lets subcontracts worth more than the funding it receives"
    public let rationale = """
        Fair pricing means each partner is paid from money that exists: an organisation that \
        promises its partners more than it is paid itself cannot pay them all in full.
        """
    public let fix = "Bring the value of the subcontracts the organisation lets within the funding it receives, or correct the values in the file."

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let chain = context.chain
        let lead = chain.contract.lead
        var findings: [Finding] = []
        for index in chain.organisations.indices where !chain.outgoing[index].isEmpty {
            if index != lead {
                // A non-lead is judged only on complete figures: it delivers
                // something, and every subcontract into and out of it has a value.
                guard !chain.incoming[index].isEmpty,
                      chain.incoming[index].allSatisfy({ chain.subcontracts[$0].value != nil }),
                      chain.outgoing[index].allSatisfy({ chain.subcontracts[$0].value != nil }) else { continue }
            }
            let fundingIn = context.analysis.fundingIn[index]
            let fundingOut = context.analysis.fundingOut[index]
            guard exceeds(fundingOut, fundingIn) else { continue }
            let organisation = chain.organisations[index]
            let received = index == lead
                ? "the contract is worth \(Wording.pounds(fundingIn)) to it"
                : "it receives only \(Wording.pounds(fundingIn)) for the work it delivers"
            findings.append(finding(
                .organisation(organisation),
                "\(organisation.name) lets subcontracts worth \(Wording.pounds(fundingOut)), but \(received)",
                evidence: [.init("fundingIn", .number(fundingIn)), .init("fundingOut", .number(fundingOut))]
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
          - { id: oak, name: Oakwood Care Ltd, sector: private, size: medium }
          - { id: hope, name: Hope Trust, sector: vcse, size: small }
        subcontracts:
          - { id: SC1, parent: lead, provider: oak, value: 200000 }
          - { id: SC2, parent: oak, provider: hope, value: 300000 }
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
          - { id: oak, name: Oakwood Care Ltd, sector: private, size: medium }
          - { id: hope, name: Hope Trust, sector: vcse, size: small }
        subcontracts:
          - { id: SC1, parent: lead, provider: oak, value: 300000 }
          - { id: SC2, parent: oak, provider: hope, value: 200000 }
        """
}
