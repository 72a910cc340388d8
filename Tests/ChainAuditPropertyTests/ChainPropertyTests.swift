import ChainAuditModel
import ChainAuditReports
import ChainAuditRules
import PropertyBased
import Testing

/// Properties of the loader, the writer and the rules over random valid chains
/// (see ``GeneratedChain``). Case counts are kept moderate so the suite stays fast;
/// a failure prints the chain and a seed to replay it with `.fixedSeed(…)`.
@Suite("Chain properties")
struct ChainPropertyTests {
    static let loader = ChainLoader()

    static func load(_ text: String, _ format: ChainLoader.Format, sourceLocation: SourceLocation = #_sourceLocation) -> Chain? {
        do {
            return try loader.load(bytes: Array(text.utf8), file: "generated.\(format.rawValue)", format: format)
        } catch {
            Issue.record("a valid generated chain did not load as \(format.rawValue):\n\(error)\n\(text)", sourceLocation: sourceLocation)
            return nil
        }
    }

    @Test("Any valid chain, as JSON or YAML, loads, checks and renders without a crash")
    func neverCrashes() async {
        await propertyCheck(count: 60, input: GeneratedChain.generator) { generated in
            for (text, format) in [(generated.json, ChainLoader.Format.json), (generated.yaml, .yaml)] {
                guard let chain = Self.load(text, format) else { continue }
                let input = ReportInput(file: "generated", result: Checker().check(chain))
                #expect(JSONReport.render([input]).hasPrefix("{"))
                #expect(!TextReport(colour: true).render([input]).isEmpty)
            }
        }
    }

    @Test("The JSON and the YAML form of a chain load as the same chain")
    func formatsAgree() async {
        await propertyCheck(count: 60, input: GeneratedChain.generator) { generated in
            guard let fromJSON = Self.load(generated.json, .json), let fromYAML = Self.load(generated.yaml, .yaml) else { return }
            if let difference = ChainSnapshot(fromJSON).firstDifference(from: ChainSnapshot(fromYAML)) {
                Issue.record("JSON and YAML disagree: \(difference)\nYAML:\n\(generated.yaml)")
            }
        }
    }

    @Test("A chain written by ChainJSONWriter reads back as the same chain, and writes the same text again")
    func writerRoundTrips() async {
        await propertyCheck(count: 60, input: GeneratedChain.generator) { generated in
            guard let chain = Self.load(generated.yaml, .yaml) else { return }
            let written = ChainJSONWriter.write(chain)
            guard let reread = Self.load(written, .json) else { return }
            if let difference = ChainSnapshot(reread).firstDifference(from: ChainSnapshot(chain)) {
                Issue.record("the chain did not survive writing: \(difference)\nwritten:\n\(written)")
            }
            #expect(ChainJSONWriter.write(reread) == written)
            #expect(ChainJSONWriter.write(chain, pretty: false).split(separator: "\n").count == 1)
        }
    }

    @Test("Reordering organisations, subcontracts and outcomes changes no finding")
    func orderDoesNotMatter() async {
        let pairs = Generator<(GeneratedChain, GeneratedChain), Shrink.None<(GeneratedChain, GeneratedChain)>> { rng in
            let chain = GeneratedChain.generator.run(using: &rng)
            return (chain, chain.reordered(using: &rng))
        }
        await propertyCheck(count: 50, input: pairs) { original, reordered in
            guard let first = Self.load(original.yaml, .yaml), let second = Self.load(reordered.json, .json) else { return }
            #expect(Checker().check(first).keys == Checker().check(second).keys, "reordered:\n\(reordered.json)")
        }
    }

    @Test("Every finding's subject is in the chain")
    func subjectsExist() async {
        await propertyCheck(count: 60, input: GeneratedChain.generator) { generated in
            guard let chain = Self.load(generated.json, .json) else { return }
            for finding in Checker().check(chain).findings {
                #expect(chain.displayName(of: finding.subject) != nil, "\(finding.rule) about \(finding.subject)")
                #expect(chain.position(of: finding.subject) != nil)
            }
        }
    }

    /// The rules that look at the chain as a whole, so that any new subcontract may
    /// change them: the contract's `low-variety` (the new value changes every share),
    /// `no-sme-or-vcse` (the new provider is a small VCSE) and `social-value-target`
    /// (shares of value); and `overcommitted-funding` on the lead, when the lead has
    /// no unallocated funding left for the new subcontract's small positive value.
    static func isChainWide(_ key: FindingKey, chain: Chain, leadHasRoom: Bool) -> Bool {
        switch (key.rule, key.subject.kind) {
        case ("low-variety", .contract), ("no-sme-or-vcse", .contract), ("social-value-target", .contract): true
        case ("overcommitted-funding", .organisation): !leadHasRoom && key.subject.id == chain.lead.id
        default: false
        }
    }

    @Test("A fully compliant subcontract under the lead adds no finding about anything else, and none about itself")
    func compliantAdditionIsSilent() async {
        await propertyCheck(count: 50, input: GeneratedChain.generator) { generated in
            guard let chain = Self.load(generated.json, .json) else { return }
            let (extended, leadHasRoom) = Self.addingCompliantSubcontract(to: chain)
            let before = Set(Checker().check(chain).keys.filter { !Self.isChainWide($0, chain: chain, leadHasRoom: leadHasRoom) })
            let after = Checker().check(extended).keys.filter { !Self.isChainWide($0, chain: extended, leadHasRoom: leadHasRoom) }
            #expect(Set(after) == before, "added: \(Set(after).subtracting(before)), removed: \(before.subtracting(after))")
        }
    }

    /// The chain plus a new small VCSE provider and a subcontract to it from the lead with every
    /// field that any rule asks for, paid on time, with no payment by results, no risk, a contingency,
    /// and a small positive value inside the lead's unallocated funding when there is any.
    static func addingCompliantSubcontract(to chain: Chain) -> (Chain, leadHasRoom: Bool) {
        let lead = chain.contract.lead
        let allocated = chain.subcontracts(lettingFrom: lead).reduce(0) { $0 + ($1.value ?? 0) }
        let room = chain.contract.value - allocated
        let leadHasRoom = room > 0.02
        let value = leadHasRoom ? min(1, room / 2) : 0.01
        let provider = Organisation(id: "added-provider-\u{2713}", name: "Added Provider", sector: .vcse, size: .small, district: "Dover")
        let paymentDays = min(30, chain.contract.paymentDays ?? 30)
        let subcontract = Subcontract(
            id: "added-subcontract-\u{2713}", parent: lead, provider: chain.organisations.count, role: "Added work",
            districts: ["Dover"], value: value, volume: Volume(amount: 1, unit: "visits"), paymentDays: paymentDays,
            payWhenPaid: false, byResultsShare: 0, managementFee: 0, deliverables: "Visits", rewards: "Monthly payment",
            penalties: "Recovery", kpis: ["visits made"], commissionerAccess: true, exitStrategy: "Notice",
            issueResolution: "Meeting", changeMechanism: "Written variation", selectionRationale: "Local",
            agreement: .signed, expectations: "Handbook", contingency: "Lead's own team"
        )
        let extended = Chain(
            version: chain.version, contract: chain.contract, organisations: chain.organisations + [provider],
            subcontracts: chain.subcontracts + [subcontract], extensions: chain.extensions
        )
        return (extended, leadHasRoom)
    }
}
