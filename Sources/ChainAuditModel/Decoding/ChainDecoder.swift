/// Reads a ``Chain`` from a parsed document, checking every validity rule of
/// the chain format and reporting every problem, not only the first.
///
/// This is the one place the model's invariants are established: unique ids,
/// references that resolve, no subcontract from an organisation to itself, no
/// subcontract to the commissioner. Code that receives a ``Chain`` relies on them.
public enum ChainDecoder {
    /// The format version this build reads.
    public static let formatVersion = 1

    /// - Parameter file: the name used in error messages.
    /// - Throws: ``ChainLoadError`` holding every problem, in file order.
    public static func decode(_ root: DocumentNode, file: String) throws(ChainLoadError) -> Chain {
        let sink = DiagnosticSink(file: file)
        let chain = decode(root, sink: sink)
        guard sink.isEmpty, let chain else { throw ChainLoadError(sink.sorted) }
        return chain
    }

    private static func decode(_ root: DocumentNode, sink: DiagnosticSink) -> Chain? {
        guard let top = ObjectFields(root, schema: .top, path: "", sink: sink) else { return nil }

        if let member = top.member("chainaudit", required: true) {
            if case .number(let literal, let value) = member.value.value {
                if value != Double(formatVersion) {
                    sink.error("unsupported format version \(literal); this chainaudit reads version \(formatVersion)", path: "chainaudit", at: member.value.position)
                }
            } else {
                sink.error("expected the format version \(formatVersion), found \(member.value.kindDescription)", path: "chainaudit", at: member.value.position)
            }
        }

        // Organisations first: every other reference points at them.
        var organisations: [Organisation] = []
        var organisationIndex: [String: Int] = [:]
        var firstOrganisationPath: [String: String] = [:]
        for (path, node) in top.list("organisations", required: true) ?? [] {
            guard let fields = ObjectFields(node, schema: .organisation, path: path, sink: sink) else { continue }
            let id = fields.text("id", required: true)
            let name = fields.text("name", required: true)
            let sector = fields.enumeration("sector", Sector.self, required: true)
            let size = fields.enumeration("size", OrganisationSize.self, required: true)
            let turnover = fields.money("annualTurnover")
            let district = fields.text("district")
            let kentBased = fields.bool("kentBased")
            guard let id else { continue }
            if let first = firstOrganisationPath[id] {
                sink.error("duplicate organisation id \"\(ObjectFields.excerpt(id))\" (already used by \(first))", path: "\(path).id", at: fields.member("id")?.value.position)
                continue
            }
            firstOrganisationPath[id] = path
            guard let name, let sector, let size else { continue }
            organisationIndex[id] = organisations.count
            organisations.append(Organisation(
                id: id, name: name, sector: sector, size: size, annualTurnover: turnover,
                district: district, kentBased: kentBased, extensions: fields.extensions, position: node.position
            ))
        }
        let knownIds = Set(firstOrganisationPath.keys)
        // Suggestions compare against every id: sort once, and stop suggesting after a fixed amount
        // of work, so a file with many organisations and many bad references stays linear.
        let sortedIds = knownIds.sorted()
        let longestId = min(sortedIds.lazy.map(\.unicodeScalars.count).max() ?? 0, 200)
        var suggestionBudget = 5_000_000  // cells of edit-distance tables

        func reference(_ fields: ObjectFields, _ key: String) -> Int? {
            guard let id = fields.text(key, required: true) else { return nil }
            if let index = organisationIndex[id] { return index }
            if !knownIds.contains(id) {
                var message = "no organisation has the id \"\(ObjectFields.excerpt(id))\""
                if suggestionBudget > 0 {
                    suggestionBudget -= sortedIds.count * longestId * min(id.unicodeScalars.count, 200)
                    if let near = Suggestion.nearest(to: id, in: sortedIds) { message += "; did you mean `\(near)`?" }
                }
                sink.error(message, path: ObjectFields.join(fields.path, key), at: fields.member(key)?.value.position)
            }
            return nil
        }

        let contract = decodeContract(top, sink: sink, reference: reference)

        var subcontracts: [Subcontract] = []
        var firstSubcontractPath: [String: String] = [:]
        for (path, node) in top.list("subcontracts") ?? [] {
            guard let fields = ObjectFields(node, schema: .subcontract, path: path, sink: sink) else { continue }
            let id = fields.text("id", required: true)
            let subcontract = decodeSubcontract(fields, id: id, at: node.position, sink: sink, reference: reference, commissioner: contract?.commissioner)
            guard let id else { continue }
            if let first = firstSubcontractPath[id] {
                sink.error("duplicate subcontract id \"\(ObjectFields.excerpt(id))\" (already used by \(first))", path: "\(path).id", at: fields.member("id")?.value.position)
                continue
            }
            firstSubcontractPath[id] = path
            if let subcontract { subcontracts.append(subcontract) }
        }

        guard sink.isEmpty, let contract else { return nil }
        return Chain(version: formatVersion, contract: contract, organisations: organisations, subcontracts: subcontracts, extensions: top.extensions)
    }

    private static func decodeContract(_ top: ObjectFields, sink: DiagnosticSink, reference: (ObjectFields, String) -> Int?) -> Contract? {
        guard let member = top.member("contract", required: true),
              let fields = ObjectFields(member.value, schema: .contract, path: "contract", sink: sink) else { return nil }
        let id = fields.text("id", required: true)
        let title = fields.text("title", required: true)
        let commissioner = reference(fields, "commissioner")
        let lead = reference(fields, "lead")
        let value = fields.money("value", required: true)
        let start = fields.date("start")
        let end = fields.date("end")
        let paymentDays = fields.integer("paymentDays")
        let byResultsShare = fields.share("byResultsShare")
        let outcomes = decodeOutcomes(fields, sink: sink)
        let exitStrategy = fields.text("exitStrategy")
        let issueResolution = fields.text("issueResolution")
        let changeMechanism = fields.text("changeMechanism")
        let governance = fields.text("governance")
        let feedback = fields.text("feedback")

        if let commissioner, let lead, commissioner == lead {
            sink.error("the lead provider must be a different organisation from the commissioner", path: "contract.lead", at: fields.member("lead")?.value.position)
        }
        if let start, let end, let startDate = CalendarDate(start), let endDate = CalendarDate(end), endDate < startDate {
            sink.error("the contract ends (\(end)) before it starts (\(start))", path: "contract.end", at: fields.member("end")?.value.position)
        }
        guard let id, let title, let commissioner, let lead, let value else { return nil }
        return Contract(
            id: id, title: title, commissioner: commissioner, lead: lead, value: value, start: start, end: end,
            paymentDays: paymentDays, byResultsShare: byResultsShare ?? 0, outcomes: outcomes,
            exitStrategy: exitStrategy, issueResolution: issueResolution, changeMechanism: changeMechanism,
            governance: governance, feedback: feedback, extensions: fields.extensions, position: member.value.position
        )
    }

    private static func decodeOutcomes(_ fields: ObjectFields, sink: DiagnosticSink) -> [Outcome] {
        var outcomes: [Outcome] = []
        var seen: [String: String] = [:]
        for (path, node) in fields.list("outcomes") ?? [] {
            guard let outcome = ObjectFields(node, schema: .outcome, path: path, sink: sink) else { continue }
            let id = outcome.text("id", required: true)
            let description = outcome.text("description", required: true)
            let indicator = outcome.text("indicator")
            guard let id else { continue }
            if let first = seen[id] {
                sink.error("duplicate outcome id \"\(ObjectFields.excerpt(id))\" (already used by \(first))", path: "\(path).id", at: outcome.member("id")?.value.position)
                continue
            }
            seen[id] = path
            guard let description else { continue }
            outcomes.append(Outcome(id: id, description: description, indicator: indicator, extensions: outcome.extensions, position: node.position))
        }
        return outcomes
    }

    private static func decodeSubcontract(
        _ fields: ObjectFields, id: String?, at position: SourcePosition, sink: DiagnosticSink,
        reference: (ObjectFields, String) -> Int?, commissioner: Int?
    ) -> Subcontract? {
        let parent = reference(fields, "parent")
        let provider = reference(fields, "provider")
        let role = fields.text("role")
        let districts = fields.textList("districts")
        let value = fields.money("value")
        let volume = decodeVolume(fields, sink: sink)
        let paymentDays = fields.integer("paymentDays")
        let payWhenPaid = fields.bool("payWhenPaid")
        let byResultsShare = fields.share("byResultsShare")
        let managementFee = fields.share("managementFee")
        let riskShare = fields.share("riskShare")
        let liabilityCap = fields.money("liabilityCap")
        let deliverables = fields.text("deliverables")
        let rewards = fields.text("rewards")
        let penalties = fields.text("penalties")
        let kpis = fields.textList("kpis")
        let commissionerAccess = fields.bool("commissionerAccess")
        let exitStrategy = fields.text("exitStrategy")
        let issueResolution = fields.text("issueResolution")
        let changeMechanism = fields.text("changeMechanism")
        let selectionRationale = fields.text("selectionRationale")
        let agreement = fields.enumeration("agreement", Agreement.self)
        let expectations = fields.text("expectations")
        let contingency = fields.text("contingency")

        if let parent, let provider, parent == provider {
            sink.error("a subcontract's provider must be a different organisation from its parent", path: "\(fields.path).provider", at: fields.member("provider")?.value.position)
        }
        if let provider, let commissioner, provider == commissioner {
            sink.error("the commissioner cannot be a provider in its own contract's supply chain", path: "\(fields.path).provider", at: fields.member("provider")?.value.position)
        }
        guard let id, let parent, let provider else { return nil }
        return Subcontract(
            id: id, parent: parent, provider: provider, role: role, districts: districts, value: value,
            volume: volume, paymentDays: paymentDays, payWhenPaid: payWhenPaid ?? false,
            byResultsShare: byResultsShare ?? 0, managementFee: managementFee, riskShare: riskShare,
            liabilityCap: liabilityCap, deliverables: deliverables, rewards: rewards, penalties: penalties,
            kpis: kpis, commissionerAccess: commissionerAccess ?? false, exitStrategy: exitStrategy,
            issueResolution: issueResolution, changeMechanism: changeMechanism,
            selectionRationale: selectionRationale, agreement: agreement, expectations: expectations,
            contingency: contingency, extensions: fields.extensions, position: position
        )
    }

    private static func decodeVolume(_ fields: ObjectFields, sink: DiagnosticSink) -> Volume? {
        guard let member = fields.member("volume"),
              let volume = ObjectFields(member.value, schema: .volume, path: "\(fields.path).volume", sink: sink) else { return nil }
        let amount = volume.number("amount", required: true)
        let unit = volume.text("unit", required: true)
        guard let amount, let unit else { return nil }
        return Volume(amount: amount, unit: unit, extensions: volume.extensions)
    }
}
