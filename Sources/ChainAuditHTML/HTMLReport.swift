import ChainAuditModel
import ChainAuditReports
import ChainAuditRules
import Mustache

/// The self-contained HTML report of one chain file (diagrams.md, "The HTML
/// report"): a plain-English summary, the diagram, the findings grouped by
/// principle, the organisations table and two charts, in one file that loads
/// nothing from the network and runs no script.
///
/// The page comes from a Mustache template that escapes every value by
/// Unicode scalar (``HTMLText``); every input string also sits in a `<bdi>` so
/// a bidirectional override cannot reorder the text around it. A
/// Content-Security-Policy meta tag allows only the report's own stylesheet,
/// by its hash, and no script.
public enum HTMLReport {
    /// Renders the report.
    /// - Parameters:
    ///   - input: the checked file.
    ///   - diagramSVG: the chain drawn by Graphviz as SVG, or `nil` when it could
    ///     not be drawn (the page then says so). The XML prolog, DOCTYPE and
    ///     comments are removed before it is embedded; its links to
    ///     `#subject-<kind>-<id>` (``anchor(for:)``) reach the rows below.
    /// - Returns: the whole HTML document.
    public static func render(_ input: ReportInput, diagramSVG: String?) -> String {
        template.render(context(for: input, diagramSVG: diagramSVG))
    }

    /// The fragment id of a subject's row: `subject-<kind>-<id>`, the id taken
    /// verbatim from the file (a link to it is percent-encoded by the browser
    /// and decoded again when the page looks the fragment up).
    public static func anchor(for subject: Subject) -> String {
        "subject-\(subject.kind.rawValue)-\(subject.id)"
    }

    static let template: MustacheTemplate = {
        precondition(HTMLText.registered)
        do {
            return try MustacheTemplate(string: templateText)
        } catch {
            preconditionFailure("the HTML report template does not parse: \(error)")
        }
    }()

    static func context(for input: ReportInput, diagramSVG: String?) -> [String: Any] {
        let chain = input.chain
        let result = input.result
        let metrics = result.metrics
        let embedded = diagramSVG.flatMap(EmbeddedSVG.prepare)
        let summary = Summary(result: result)
        return [
            "csp": ContentSecurityPolicy.policy(stylesheet: stylesheet),
            "stylesheet": stylesheet,
            "version": chainauditVersion,
            "contractTitle": chain.contract.title,
            "isolatedTitle": Charts.isolated(chain.contract.title),
            "contractID": chain.contract.id,
            "commissionerName": chain.commissionerName,
            "leadName": chain.leadName,
            "contractValue": Wording.pounds(chain.contract.value),
            "file": input.file,
            "headline": summary.headline,
            "hasSerious": !summary.serious.isEmpty,
            "serious": summary.serious,
            "otherCounts": summary.otherCounts,
            "moneySentence": Summary.money(metrics),
            "hasDiagram": embedded != nil,
            "diagramSVG": embedded ?? "",
            "diagramDescription": diagramDescription(chain: chain, metrics: metrics),
            "principleGroups": principleGroups(input),
            "organisations": organisationRows(input),
            "subcontracts": subcontractRows(input),
            "hasSubcontracts": !chain.subcontracts.isEmpty,
            "contractRowID": anchor(for: .contract(chain.contract)),
            "riskChart": Charts.riskChart(input),
            "daysChart": Charts.daysChart(input),
        ]
    }

    static func diagramDescription(chain: Chain, metrics: Metrics) -> String {
        func count(_ number: Int, _ word: String) -> String { "\(number) \(word)\(number == 1 ? "" : "s")" }
        return "The chain has \(count(metrics.organisations, "organisation")) and \(count(metrics.subcontracts, "subcontract")), "
            + "\(metrics.maxTier == 0 ? "with no tier below the lead" : "down to tier \(metrics.maxTier) below the lead")."
    }

    static func severityLabel(_ severity: Severity) -> String {
        switch severity {
        case .error: "Error"
        case .warning: "Warning"
        case .info: "Note"
        }
    }

    static func principleGroups(_ input: ReportInput) -> [[String: Any]] {
        var anchored = Set<Subject>()
        // Organisations and subcontracts have rows in their tables, the contract its paragraph at the top.
        for organisation in input.chain.organisations { anchored.insert(.organisation(organisation)) }
        for subcontract in input.chain.subcontracts { anchored.insert(.subcontract(subcontract)) }
        anchored.insert(.contract(input.chain.contract))
        var groups: [[String: Any]] = []
        for principle in Principle.allCases {
            let findings = input.result.findings.filter { $0.principle == principle }
            guard !findings.isEmpty else { continue }
            let rows: [[String: Any]] = findings.map { finding in
                let takesAnchor = anchored.insert(finding.subject).inserted
                let name = input.subjectName(of: finding.subject)
                return [
                    "hasRowID": takesAnchor,
                    "rowID": takesAnchor ? anchor(for: finding.subject) : "",
                    "severity": finding.severity.rawValue,
                    "severityLabel": severityLabel(finding.severity),
                    "rule": finding.rule,
                    "subjectKind": finding.subject.kind.rawValue.capitalizedFirst,
                    "subjectID": finding.subject.id,
                    "hasSubjectName": name != nil,
                    "subjectName": name ?? "",
                    "message": finding.message,
                    "fix": RuleCatalogue.fix(for: finding.rule) ?? "",
                    "waived": finding.isWaived,
                    "waiverReason": finding.waiver?.reason ?? "",
                    "waiverApprover": finding.waiver?.approvedBy ?? "",
                    "hasExpires": finding.waiver?.expires != nil,
                    "waiverExpires": finding.waiver?.expires ?? "",
                ]
            }
            let unwaived = findings.filter { !$0.isWaived }.count
            let waived = findings.count - unwaived
            var count = "\(findings.count) finding\(findings.count == 1 ? "" : "s")"
            if waived > 0 { count += " (\(waived) waived)" }
            groups.append([
                "anchor": "principle-" + principle.rawValue.replacingSpaces,
                "code": principle.rawValue,
                "principleTitle": principle.title,
                "principleSource": principle.source,
                "findingCount": count,
                "findings": rows,
            ])
        }
        return groups
    }

    static func organisationRows(_ input: ReportInput) -> [[String: Any]] {
        let chain = input.chain
        let metrics = input.result.metrics
        let analysis = input.result.analysis
        let byOrganisation = Dictionary(metrics.providers.map { ($0.organisation, $0) }, uniquingKeysWith: { first, _ in first })
        var order = [chain.contract.commissioner, chain.contract.lead]
        order += metrics.providers.map(\.organisation).filter { !order.contains($0) }
        let listed = Set(order)
        order += chain.organisations.indices.filter { !listed.contains($0) }

        var problems = [Int](repeating: 0, count: chain.organisations.count)
        for finding in input.result.findings where !finding.isWaived {
            switch finding.subject.kind {
            case .organisation:
                if let index = chain.organisationIndex(of: finding.subject.id) { problems[index] += 1 }
            case .subcontract:
                if let index = chain.subcontractIndex(of: finding.subject.id) { problems[chain.subcontracts[index].provider] += 1 }
            case .contract, .outcome:
                break
            }
        }

        return order.map { index in
            let organisation = chain.organisations[index]
            let provider = byOrganisation[index]
            let tier: String
            var value = "—", share = "—", risk = "—", days = "—"
            if index == chain.contract.commissioner {
                tier = "Commissioner"
            } else if index == chain.contract.lead {
                tier = "Lead"
                value = Wording.pounds(chain.contract.value)
                share = "100%"
                days = analysis.incomingDays[index].map { "\($0)" } ?? "not given"
            } else if let provider {
                tier = provider.tier.map { "Tier \($0)" } ?? "Not reached from the lead"
                let known = chain.incoming[index].contains { chain.subcontracts[$0].value != nil }
                value = known ? Wording.pounds(provider.value) : "not given"
                share = known ? (provider.valueShare.map(Wording.percent) ?? "—") : "—"
                risk = provider.riskShare.map(Wording.percent) ?? "not given"
                days = provider.daysToCash.map { "\($0)" } ?? "not known"
            } else {
                tier = "Delivers no subcontract"
            }
            return [
                "rowID": anchor(for: .organisation(organisation)),
                "name": organisation.name,
                "id": organisation.id,
                "tier": tier,
                "value": value,
                "share": share,
                "risk": risk,
                "days": days,
                "sector": sectorLabel(organisation.sector),
                "size": sizeLabel(organisation.size),
                "district": organisation.district.flatMap { $0.isEmpty ? nil : $0 } ?? "not given",
                "problems": "\(problems[index])",
            ]
        }
    }

    static func subcontractRows(_ input: ReportInput) -> [[String: Any]] {
        let chain = input.chain
        var problems = [Subject: Int]()
        for finding in input.result.findings where !finding.isWaived && finding.subject.kind == .subcontract {
            problems[finding.subject, default: 0] += 1
        }
        return chain.subcontracts.map { subcontract in
            let role = subcontract.role.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
            return [
                "rowID": anchor(for: .subcontract(subcontract)),
                "id": subcontract.id,
                "parent": chain.parentName(of: subcontract),
                "provider": chain.providerName(of: subcontract),
                "role": role ?? "not given",
                "value": subcontract.value.map(Wording.pounds) ?? "not given",
                "days": subcontract.paymentDays.map { "\($0)" } ?? "not given",
                "risk": subcontract.riskShare.map(Wording.percent) ?? "not given",
                "problems": "\(problems[.subcontract(subcontract)] ?? 0)",
            ]
        }
    }

    static func sectorLabel(_ sector: Sector) -> String {
        switch sector {
        case .public: "Public"
        case .private: "Private"
        case .vcse: "VCSE"
        case .unknown: "Not known"
        }
    }

    static func sizeLabel(_ size: OrganisationSize) -> String {
        switch size {
        case .micro: "Micro"
        case .small: "Small"
        case .medium: "Medium"
        case .large: "Large"
        case .sme: "SME"
        case .unknown: "Not known"
        }
    }
}

extension String {
    /// The first letter in upper case.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
    /// Spaces replaced by hyphens, for fragment ids made from the tool's own words.
    var replacingSpaces: String { String(map { $0 == " " ? "-" : $0 }) }
}
