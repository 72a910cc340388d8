import ChainAuditModel
import ChainAuditRules

/// Writes the DOT text of a checked chain: the drawing every other format
/// (SVG, PNG, PDF) is rendered from.
///
/// The commissioner is at the top, the lead below it, then one rank per tier;
/// organisations the lead cannot reach come last. Node ids are made here
/// (`o12`, `f3`, `k1`); no input text is ever used as a DOT id, and every input
/// string goes through ``DOTText``. The same result and options always give the
/// same bytes.
public struct DiagramWriter: Sendable {
    public var options: DiagramOptions

    public init(options: DiagramOptions = DiagramOptions()) {
        self.options = options
    }

    /// The DOT text for `result`.
    /// - Throws: ``DiagramError`` when `--district` matches no subcontract.
    /// - Complexity: linear in the size of the chain and its findings, plus sorting.
    public func dot(for result: CheckResult) throws(DiagramError) -> String {
        let chain = result.chain
        let selection = try DiagramSelection(chain, analysis: result.analysis, options: options)
        var findingsBySubject: [Subject: [Finding]] = [:]
        for finding in result.findings {
            let subject = finding.subject.kind == .outcome ? Subject.contract(chain.contract) : finding.subject
            findingsBySubject[subject, default: []].append(finding)
        }
        var out = DOTOutput()
        writeHeader(chain, into: &out)
        // Everything sits in one borderless cluster whose label is the key (see ``Legend``).
        out.line("  subgraph cluster_chain {")
        Legend(words: words, hasFolds: !selection.folds.isEmpty).write(into: &out)
        writeOrganisations(result, selection: selection, findings: findingsBySubject, into: &out)
        writeFolds(chain, selection: selection, into: &out)
        writeRanks(chain, selection: selection, into: &out)
        writeContract(result, findings: findingsBySubject[.contract(chain.contract)] ?? [], into: &out)
        for index in selection.subcontracts {
            writeSubcontract(index, result: result, findings: findingsBySubject[.subcontract(chain.subcontracts[index])] ?? [], into: &out)
        }
        writeUnreachableOrder(chain, selection: selection, into: &out)
        out.line("  }")
        out.line("}")
        return out.text
    }

    private var words: Words { options.view == .members ? .members : .full }

    // MARK: - Header

    private func writeHeader(_ chain: Chain, into out: inout DOTOutput) {
        let title = DOTText.label(lines: [chain.contract.title + (options.view == .full ? " (\(chain.contract.id))" : "")]
            + (options.district.map { ["Providers delivering in \($0)"] } ?? []))
        out.line("digraph chain {")
        out.line("  graph [charset=\"UTF-8\", rankdir=TB, newrank=true, nodesep=0.2, ranksep=0.5, fontname=\"Helvetica\", fontsize=16, labelloc=t, label=\"\(title)\", tooltip=\"\(DOTText.tooltip(lines: [chain.contract.title]))\"];")
        out.line("  node [fontname=\"Helvetica\", fontsize=11, style=filled, color=\"\(Palette.black)\", penwidth=1, margin=\"0.15,0.06\"];")
        out.line("  edge [fontname=\"Helvetica\", fontsize=9, color=\"\(Palette.black)\", penwidth=1.2, arrowsize=0.7];")
    }

    // MARK: - Organisations

    private func writeOrganisations(_ result: CheckResult, selection: DiagramSelection, findings: [Subject: [Finding]], into out: inout DOTOutput) {
        let chain = result.chain
        for (index, organisation) in chain.organisations.enumerated() where selection.shown[index] {
            let subject = Subject.organisation(organisation)
            let own = findings[subject] ?? []
            let marking = Marking(own)
            let style = Palette.style(of: organisation.sector)
            var details = [Palette.name(of: organisation.sector), Palette.name(of: organisation.size)]
            if let district = organisation.district, !Optional(district).isMissing { details.append(district) }
            let name = Self.wrappedName(organisation.name).map(DOTText.html).joined(separator: "<BR/>")
            var rows = "<TR><TD ALIGN=\"CENTER\"><B>\(name)</B></TD>\(marking.badge(words: words, rowSpan: 2))</TR>"
            rows += "<TR><TD ALIGN=\"CENTER\"><FONT POINT-SIZE=\"9\">\(DOTText.html(details.joined(separator: " · ")))</FONT></TD></TR>"
            if let role = role(of: index, chain: chain) {
                rows += "<TR><TD ALIGN=\"CENTER\" COLSPAN=\"\(marking.isMarked ? 2 : 1)\"><FONT POINT-SIZE=\"9\"><I>\(role)</I></FONT></TD></TR>"
            }
            var tooltip = [organisation.name, details.joined(separator: " · "), position(of: index, chain: chain, analysis: result.analysis)]
            if index != chain.contract.commissioner {
                var money = "Receives \(MembersUnits.pounds(result.analysis.fundingIn[index]))"
                if result.analysis.fundingOut[index] > 0 {
                    money += "; lets \(MembersUnits.pounds(result.analysis.fundingOut[index])) to others"
                }
                tooltip.append(money)
            }
            tooltip += findingLines(own)
            var attributes = [
                "id=\"o\(index)\"",
                "shape=\(style.shape)",
                "fillcolor=\"\(style.fill)\"",
                "label=<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">\(rows)</TABLE>>",
                "tooltip=\"\(DOTText.tooltip(lines: tooltip))\"",
                "URL=\"#\(DiagramAnchor.id(for: subject))\"",
                "target=\"_top\"",
            ]
            attributes += marking.nodeAttributes
            out.line("  o\(index) [\(attributes.joined(separator: ", "))];")
        }
    }

    /// A name as drawn in its box: an everyday name (letters, digits, spaces and
    /// common punctuation) of 21 to 64 characters is broken at the space nearest
    /// its middle onto two lines, so that a tier of many organisations is less
    /// wide; every other name is drawn on one line exactly as written, so a
    /// name with unusual characters is never split.
    static func wrappedName(_ name: String) -> [String] {
        let characters = Array(name)
        guard (21...64).contains(characters.count),
              characters.allSatisfy({ $0.isLetter || $0.isNumber || " &'’.,()-".contains($0) }),
              characters.first != " ", characters.last != " ", !name.contains("  ")
        else { return [name] }
        let middle = characters.count / 2
        guard let split = characters.indices.filter({ characters[$0] == " " }).min(by: { abs($0 - middle) < abs($1 - middle) }) else { return [name] }
        return [String(characters[..<split]), String(characters[(split + 1)...])]
    }

    private func role(of index: Int, chain: Chain) -> String? {
        if index == chain.contract.commissioner { return "Commissioner" }
        if index == chain.contract.lead { return "Lead provider" }
        return nil
    }

    private func position(of index: Int, chain: Chain, analysis: ChainAnalysis) -> String {
        if index == chain.contract.commissioner { return "Commissioner" }
        if index == chain.contract.lead { return "Lead provider" }
        if let tier = analysis.organisationTier[index] { return "Tier \(tier) provider" }
        return "Not reached from the lead provider through any subcontract"
    }

    // MARK: - Folded groups

    private func writeFolds(_ chain: Chain, selection: DiagramSelection, into out: inout DOTOutput) {
        for fold in selection.folds {
            let id = fold.parent.map { "f\($0)" } ?? "fu"
            let count = fold.members.count
            let what = count == 1 ? "1 more organisation" : "\(count) more organisations"
            let line = fold.parent == nil
                ? "+ \(what) not linked to the lead, \(MembersUnits.pounds(fold.value))"
                : "+ \(what), \(MembersUnits.pounds(fold.value))"
            let names = fold.members.prefix(20).map { chain.organisations[$0].name }
            var tooltip = [line, "The smaller providers here are grouped to keep the drawing readable:"] + names
            if count > names.count { tooltip.append("and \(count - names.count) more") }
            out.line("  \(id) [id=\"\(id)\", shape=folder, fillcolor=\"\(Palette.grey)\", color=\"\(Palette.darkGrey)\", label=\"\(DOTText.label(lines: [line]))\", tooltip=\"\(DOTText.tooltip(lines: tooltip))\"];")
            if let parent = fold.parent {
                out.line("  o\(parent) -> \(id) [color=\"\(Palette.darkGrey)\", tooltip=\"\(DOTText.tooltip(lines: [line]))\"];")
            }
        }
    }

    // MARK: - Ranks

    private func writeRanks(_ chain: Chain, selection: DiagramSelection, into out: inout DOTOutput) {
        var ranks: [Int: [String]] = [:]
        for index in chain.organisations.indices where selection.shown[index] {
            ranks[selection.rank[index], default: []].append("o\(index)")
        }
        for fold in selection.folds {
            if let parent = fold.parent {
                ranks[selection.rank[parent] + 1, default: []].append("f\(parent)")
            } else {
                ranks[selection.unreachableRank, default: []].append("fu")
            }
        }
        for rank in ranks.keys.sorted() {
            out.line("  { rank=same; \(ranks[rank]!.joined(separator: "; ")); }")
        }
    }

    /// Keeps the organisations the lead cannot reach below every tier.
    private func writeUnreachableOrder(_ chain: Chain, selection: DiagramSelection, into out: inout DOTOutput) {
        let lead = chain.contract.lead
        let gap = selection.unreachableRank - selection.rank[lead]
        var targets = chain.organisations.indices.filter { selection.shown[$0] && selection.rank[$0] == selection.unreachableRank && $0 != chain.contract.commissioner }.map { "o\($0)" }
        if selection.folds.contains(where: { $0.parent == nil }) { targets.append("fu") }
        for target in targets {
            out.line("  o\(lead) -> \(target) [style=invis, minlen=\(gap), weight=0];")
        }
    }

    // MARK: - Edges

    private func writeContract(_ result: CheckResult, findings: [Finding], into out: inout DOTOutput) {
        let chain = result.chain
        let contract = chain.contract
        var lines = ["Head contract", MembersUnits.pounds(contract.value)]
        lines.append(contract.paymentDays.map { "\($0) days" } ?? "payment days not stated")
        if contract.byResultsShare > 0 { lines.append("\(MembersUnits.percent(contract.byResultsShare)) by results") }
        let marking = Marking(findings)
        if let badge = marking.edgeBadge(words: words) { lines.append(badge) }
        var tooltip = [
            "Head contract: \(contract.title)" + (options.view == .full ? " (\(contract.id))" : ""),
            "\(chain.commissionerName) → \(chain.leadName)",
            "Value \(MembersUnits.pounds(contract.value))" + (contract.paymentDays.map { ", paid within \($0) days" } ?? ""),
        ]
        tooltip += findingLines(findings)
        var attributes = [
            "id=\"c\"",
            "label=\(Self.edgeLabel(lines))",
            "tooltip=\"\(DOTText.tooltip(lines: tooltip))\"",
            "labeltooltip=\"\(DOTText.tooltip(lines: tooltip))\"",
            "URL=\"#\(DiagramAnchor.id(for: .contract(contract)))\"",
            "target=\"_top\"",
            "penwidth=2",
        ]
        attributes += marking.edgeAttributes(dashed: false)
        out.line("  o\(contract.commissioner) -> o\(contract.lead) [\(attributes.joined(separator: ", "))];")
    }

    private func writeSubcontract(_ index: Int, result: CheckResult, findings: [Finding], into out: inout DOTOutput) {
        let chain = result.chain
        let subcontract = chain.subcontracts[index]
        var lines: [String] = []
        if options.view == .full { lines.append(subcontract.id) }
        lines.append(subcontract.value.map(MembersUnits.pounds) ?? "value not stated")
        if let days = subcontract.paymentDays {
            lines.append("\(days) days" + (subcontract.payWhenPaid ? ", pay when paid" : ""))
        } else {
            lines.append("payment days not stated")
        }
        if subcontract.byResultsShare > 0 { lines.append("\(MembersUnits.percent(subcontract.byResultsShare)) by results") }
        if let risk = subcontract.riskShare { lines.append("\(MembersUnits.percent(risk)) of risk") }
        let marking = Marking(findings)
        if let badge = marking.edgeBadge(words: words) { lines.append(badge) }

        let missing = Self.missingVisibility(subcontract)
        var tooltip = [
            (options.view == .full ? "Subcontract \(subcontract.id): " : "Subcontract: ")
                + "\(chain.parentName(of: subcontract)) → \(chain.providerName(of: subcontract))",
        ]
        if let role = subcontract.role, !Optional(role).isMissing { tooltip.append("Role: \(role)") }
        if let districts = subcontract.districts, !districts.isEmpty { tooltip.append("Delivers in: \(districts.joined(separator: "; "))") }
        if let volume = subcontract.volume { tooltip.append("Volume: \(Self.number(volume.amount)) \(volume.unit)") }
        if let cash = result.analysis.daysToCash[index] { tooltip.append("Days to cash: \(cash)") }
        if !missing.isEmpty { tooltip.append("Not stated: \(Wording.list(missing))") }
        tooltip += findingLines(findings)
        var attributes = [
            "id=\"e\(index)\"",
            "label=\(Self.edgeLabel(lines))",
            "tooltip=\"\(DOTText.tooltip(lines: tooltip))\"",
            "labeltooltip=\"\(DOTText.tooltip(lines: tooltip))\"",
            "URL=\"#\(DiagramAnchor.id(for: .subcontract(subcontract)))\"",
            "target=\"_top\"",
        ]
        attributes += marking.edgeAttributes(dashed: !missing.isEmpty)
        out.line("  o\(subcontract.parent) -> o\(subcontract.provider) [\(attributes.joined(separator: ", "))];")
    }

    /// An edge's label as an HTML-like label: one line per entry, with a narrow
    /// empty column on the left so the words stand clear of the line they
    /// describe (dot draws an edge along the left side of its label).
    static func edgeLabel(_ lines: [String]) -> String {
        let text = lines.map(DOTText.html).joined(separator: "<BR/>")
        return "<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\"><TR><TD WIDTH=\"6\"></TD><TD>\(text)</TD></TR></TABLE>>"
    }

    /// The visibility fields (rules.md, `missing-visibility`) a subcontract does not state, in words.
    static func missingVisibility(_ subcontract: Subcontract) -> [String] {
        var missing: [String] = []
        if subcontract.role.isMissing { missing.append("role") }
        if subcontract.paymentDays == nil { missing.append("payment days") }
        if subcontract.volume == nil || subcontract.volume.map({ $0.unit.allSatisfy(\.isWhitespace) }) == true { missing.append("volume") }
        if subcontract.changeMechanism.isMissing { missing.append("change mechanism") }
        return missing
    }

    private static func number(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    // MARK: - Findings

    /// One tooltip line per finding: the severity in words, the rule id in the full view, the message.
    private func findingLines(_ findings: [Finding]) -> [String] {
        guard !findings.isEmpty else { return [] }
        return findings.map { finding in
            let label = finding.isWaived ? "Accepted (waived) " + words.name(of: finding.severity) : words.name(of: finding.severity).capitalisedFirst
            let rule = options.view == .full ? " [\(finding.rule)]" : ""
            return "\(label)\(rule): \(finding.message)"
        }
    }
}

extension String {
    var capitalisedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
