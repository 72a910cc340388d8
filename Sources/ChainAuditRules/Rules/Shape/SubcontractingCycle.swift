import ChainAuditModel

/// Organisations that subcontract to each other, directly or through others.
public struct SubcontractingCycle: Rule {
    public let id = "subcontracting-cycle"
    public let principle = Principle.c4
    public let defaultSeverity = Severity.error
    public let subjectKinds: [Subject.Kind] = [.subcontract]
    public let summary = "Organisations subcontract to each other in a loop"
    public let rationale = """
        The commissioner must be able to see who does what at every tier. When organisations let \
        work to each other in a loop, no one can tell who is responsible for it or where the money \
        ends up.
        """
    public let fix = "Break the loop: decide which organisation holds the work and remove or redirect the subcontracts that lead back to it."

    /// Organisations named in a message before the rest are counted.
    private static let namesShown = 5

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let chain = context.chain
        let cycles = context.analysis.cycles
        guard !cycles.isEmpty else { return [] }
        var cycleOf = [Int?](repeating: nil, count: chain.organisations.count)
        for (number, members) in cycles.enumerated() {
            for organisation in members { cycleOf[organisation] = number }
        }
        // Per cycle: the subcontract with the smallest id inside it, and how many there are.
        var smallest = [Int?](repeating: nil, count: cycles.count)
        var inside = [Int](repeating: 0, count: cycles.count)
        for (index, subcontract) in chain.subcontracts.enumerated() {
            guard let number = cycleOf[subcontract.parent], cycleOf[subcontract.provider] == number else { continue }
            inside[number] += 1
            if let current = smallest[number],
               !subcontract.id.utf8.lexicographicallyPrecedes(chain.subcontracts[current].id.utf8) { continue }
            smallest[number] = index
        }
        return cycles.indices.compactMap { number in
            guard let index = smallest[number] else { return nil }
            let members = cycles[number]
            var names = members.prefix(Self.namesShown).map { chain.organisations[$0].name }
            if members.count > Self.namesShown {
                let rest = members.count - Self.namesShown
                names.append("\(rest) other\(rest == 1 ? "" : "s")")
            }
            let subcontract = chain.subcontracts[index]
            return finding(
                .subcontract(subcontract),
                "\(Wording.list(names)) subcontract to each other in a loop (the subcontract with \(chain.providerName(of: subcontract)) is one link of it)",
                evidence: [
                    .init("organisations", .int(members.count)),
                    .init("subcontracts", .int(inside[number])),
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
        organisations:
          - { id: kcc, name: Kent County Council, sector: public, size: large }
          - { id: lead, name: Lead Provider Ltd, sector: private, size: large }
          - { id: oak, name: Oakwood Care Ltd, sector: private, size: medium }
          - { id: hope, name: Hope Trust, sector: vcse, size: small }
        subcontracts:
          - { id: SC1, parent: lead, provider: oak, value: 400000 }
          - { id: SC2, parent: oak, provider: hope, value: 200000 }
          - { id: SC3, parent: hope, provider: oak, value: 50000 }
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
          - { id: SC1, parent: lead, provider: oak, value: 400000 }
          - { id: SC2, parent: oak, provider: hope, value: 200000 }
          - { id: SC3, parent: lead, provider: hope, value: 50000 }
        """
}
