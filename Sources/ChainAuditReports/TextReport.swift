import ChainAuditModel
import ChainAuditRules

/// The report for a person at a terminal: findings grouped by severity, each
/// with its subject, message and fix, then a summary and the key metrics.
/// Every string from the input passes through ``TerminalText/sanitize(_:)``;
/// colour is added only when asked for, after sanitising.
public struct TextReport: Sendable {
    public var colour: Bool

    public init(colour: Bool) {
        self.colour = colour
    }

    public func render(_ inputs: [ReportInput]) -> String {
        inputs.map(render).joined(separator: "\n")
    }

    public func render(_ input: ReportInput) -> String {
        let result = input.result
        let chain = input.chain
        var lines: [String] = []
        lines.append(style(.bold, TerminalText.sanitize("\(input.file): \(chain.contract.id) \(chain.contract.title)")))
        for severity in Severity.allCases {
            let group = result.findings.filter { $0.severity == severity }
            guard !group.isEmpty else { continue }
            lines.append("")
            lines.append(style(.severity(severity), "\(Self.heading(severity)) (\(group.count))"))
            for finding in group {
                let name = chain.displayName(of: finding.subject).map { " · " + $0 } ?? ""
                let waived = finding.isWaived ? " [waived]" : ""
                lines.append("  " + style(.severity(severity), finding.severity.rawValue) + "  " + style(.bold, finding.rule) + "  "
                    + TerminalText.sanitize("\(finding.subject.kind.rawValue) \(finding.subject.id)\(name)") + waived)
                lines.append("      " + TerminalText.sanitize(finding.message))
                if let waiver = finding.waiver {
                    lines.append("      waived: " + TerminalText.sanitize("\(waiver.reason) (approved by \(waiver.approvedBy))"))
                } else if let fix = RuleCatalogue.fix(for: finding.rule) {
                    lines.append("      " + style(.dim, "fix: " + fix))
                }
            }
        }
        lines.append("")
        lines.append(summaryLine(result))
        lines.append(metricsLine(result.metrics))
        return lines.joined(separator: "\n") + "\n"
    }

    static func heading(_ severity: Severity) -> String {
        switch severity {
        case .error: "Errors"
        case .warning: "Warnings"
        case .info: "Information"
        }
    }

    func summaryLine(_ result: CheckResult) -> String {
        func count(_ number: Int, _ word: String) -> String { "\(number) \(word)\(number == 1 ? "" : "s")" }
        var parts = [count(result.count(.error), "error"), count(result.count(.warning), "warning"), "\(result.count(.info)) info"]
        if result.waivedCount > 0 { parts.append("\(result.waivedCount) waived") }
        return style(.bold, "Summary: ") + parts.joined(separator: ", ")
    }

    func metricsLine(_ metrics: Metrics) -> String {
        func count(_ number: Int, _ word: String) -> String { "\(number) \(word)\(number == 1 ? "" : "s")" }
        var text = "Chain: \(count(metrics.organisations, "organisation")), \(count(metrics.subcontracts, "subcontract")), deepest tier \(metrics.maxTier)"
        if metrics.subcontractedValue > 0 {
            text += "; \(Wording.pounds(metrics.subcontractedValue)) subcontracted"
            let shares = [("Kent-based", metrics.kentShare), ("SME", metrics.smeShare), ("VCSE", metrics.vcseShare)]
                .compactMap { label, share in share.map { "\(Wording.percent($0)) \(label)" } }
            if !shares.isEmpty { text += " (" + shares.joined(separator: ", ") + ")" }
        }
        return text
    }

    enum Style {
        case bold, dim
        case severity(Severity)
    }

    func style(_ style: Style, _ text: String) -> String {
        guard colour else { return text }
        let code = switch style {
        case .bold: "1"
        case .dim: "2"
        case .severity(.error): "1;31"
        case .severity(.warning): "1;33"
        case .severity(.info): "1;36"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
