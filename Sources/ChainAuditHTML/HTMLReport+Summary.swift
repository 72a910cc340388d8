import ChainAuditReports
import ChainAuditRules

extension HTMLReport {
    /// The plain-English summary at the top of the report, for a reader who is
    /// not a procurement specialist.
    struct Summary {
        var headline: String
        /// The three most serious unwaived problems (errors first), one sentence each.
        var serious: [[String: Any]]
        /// Sentences about information points and waived findings.
        var otherCounts: [String]

        init(result: CheckResult) {
            let errors = result.count(.error), warnings = result.count(.warning)
            let problems = errors + warnings
            if problems == 0 {
                headline = "No problems need attention."
            } else {
                var parts: [String] = []
                if errors > 0 { parts.append("\(errors) \(errors == 1 ? "error" : "errors") that must be put right") }
                if warnings > 0 { parts.append("\(warnings) \(warnings == 1 ? "warning" : "warnings") that should be") }
                headline = "\(problems) \(problems == 1 ? "problem needs" : "problems need") attention: " + Wording.list(parts) + "."
            }
            serious = result.findings
                .filter { !$0.isWaived && $0.severity >= .warning }
                .prefix(3)
                .map { finding in
                    [
                        "severity": finding.severity.rawValue,
                        "severityLabel": HTMLReport.severityLabel(finding.severity),
                        "sentence": Self.sentence(finding.message),
                    ]
                }
            otherCounts = []
            let info = result.count(.info)
            if info > 0 {
                otherCounts.append("\(info) further \(info == 1 ? "point is" : "points are") noted for information.")
            }
            if result.waivedCount > 0 {
                let waived = result.waivedCount
                otherCounts.append("\(waived) \(waived == 1 ? "finding has" : "findings have") been waived by the commissioner; the reasons are given with the findings below.")
            }
        }

        /// The message as a sentence: with a full stop unless it already ends in punctuation.
        static func sentence(_ message: String) -> String {
            guard let last = message.last else { return message }
            return ".!?".contains(last) ? message : message + "."
        }

        /// Where the subcontracted money goes: SMEs, VCSEs and Kent-based organisations.
        static func money(_ metrics: Metrics) -> String {
            guard metrics.subcontractedValue > 0, let sme = metrics.smeShare, let vcse = metrics.vcseShare, let kent = metrics.kentShare else {
                return "No subcontract with a known value passes money down the chain, so the shares reaching small and medium-sized enterprises (SMEs), "
                    + "voluntary, community and social enterprises (VCSEs) and Kent-based organisations cannot be worked out."
            }
            return "Of the \(Wording.pounds(metrics.subcontractedValue)) passed down the chain in subcontracts, "
                + "\(Wording.percent(sme)) reaches small and medium-sized enterprises (SMEs), "
                + "\(Wording.percent(vcse)) reaches voluntary, community and social enterprises (VCSEs) "
                + "and \(Wording.percent(kent)) reaches organisations based in Kent."
        }
    }
}
