import ChainAuditModel
import ChainAuditRules

/// The report as Markdown, for a committee paper or a pull-request comment:
/// per file a heading, a one-line summary, the key metrics and a table with one
/// row per finding. Every string from the input passes through
/// ``MarkdownText/escape(_:)``, so no name can break the table or inject markup.
public enum MarkdownReport {
    public static func render(_ inputs: [ReportInput]) -> String {
        inputs.map(render).joined(separator: "\n")
    }

    public static func render(_ input: ReportInput) -> String {
        let result = input.result
        let contract = input.chain.contract
        var lines: [String] = []
        lines.append("## chainaudit: " + MarkdownText.escape(contract.id) + " " + MarkdownText.escape(contract.title))
        lines.append("")
        lines.append("File: " + MarkdownText.escape(input.file))
        lines.append("")
        lines.append("**Summary:** " + summary(result))
        lines.append("")
        lines.append(metrics(result.metrics))
        lines.append("")
        guard !result.findings.isEmpty else {
            lines.append("No findings.")
            return lines.joined(separator: "\n") + "\n"
        }
        lines.append("| Severity | Rule | Principle | Subject | Message | Waiver |")
        lines.append("|---|---|---|---|---|---|")
        for finding in result.findings {
            let name = input.subjectName(of: finding.subject).map { " (" + MarkdownText.escape($0) + ")" } ?? ""
            let waiver = finding.waiver.map { "waived: " + MarkdownText.escape($0.reason) + ", approved by " + MarkdownText.escape($0.approvedBy) } ?? ""
            let cells = [
                finding.severity.rawValue,
                MarkdownText.escape(finding.rule),
                MarkdownText.escape(finding.principle.rawValue),
                MarkdownText.escape(finding.subject.kind.rawValue + " " + finding.subject.id) + name,
                MarkdownText.escape(finding.message),
                waiver,
            ]
            lines.append("| " + cells.map { $0.isEmpty ? " " : $0 }.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func summary(_ result: CheckResult) -> String {
        func count(_ number: Int, _ word: String) -> String { "\(number) \(word)\(number == 1 ? "" : "s")" }
        var parts = [count(result.count(.error), "error"), count(result.count(.warning), "warning"), "\(result.count(.info)) info"]
        if result.waivedCount > 0 { parts.append("\(result.waivedCount) waived") }
        return parts.joined(separator: ", ")
    }

    static func metrics(_ metrics: Metrics) -> String {
        func count(_ number: Int, _ word: String) -> String { "\(number) \(word)\(number == 1 ? "" : "s")" }
        var text = "Chain: \(count(metrics.organisations, "organisation")), \(count(metrics.subcontracts, "subcontract")), deepest tier \(metrics.maxTier)"
        if metrics.subcontractedValue > 0 {
            text += "; " + MarkdownText.escape(Wording.pounds(metrics.subcontractedValue)) + " subcontracted"
            let shares = [("Kent-based", metrics.kentShare), ("SME", metrics.smeShare), ("VCSE", metrics.vcseShare)]
                .compactMap { label, share in share.map { "\(Wording.percent($0)) \(label)" } }
            if !shares.isEmpty { text += " (" + shares.joined(separator: ", ") + ")" }
        }
        return text + "."
    }
}
