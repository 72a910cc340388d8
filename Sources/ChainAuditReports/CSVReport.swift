import ChainAuditModel
import ChainAuditRules

/// The findings as CSV (RFC 4180) for a spreadsheet: a header row, then one row
/// per finding of every file. Every cell is quoted (embedded quotes doubled,
/// line breaks kept inside the quotes), lines end in CRLF, and a cell that a
/// spreadsheet would read as a formula is neutralised as OWASP recommends.
public enum CSVReport {
    /// The header row's cells, in order.
    public static let columns = [
        "file", "rule", "severity", "principle", "subjectKind", "subjectId", "subjectName",
        "value", "message", "waived", "waiverReason",
    ]

    public static func render(_ inputs: [ReportInput]) -> String {
        var output = row(columns)
        for input in inputs {
            for finding in input.result.findings {
                output += row([
                    input.file,
                    finding.rule,
                    finding.severity.rawValue,
                    finding.principle.rawValue,
                    finding.subject.kind.rawValue,
                    finding.subject.id,
                    input.subjectName(of: finding.subject) ?? "",
                    input.value(of: finding.subject).map(number) ?? "",
                    finding.message,
                    finding.isWaived ? "true" : "false",
                    finding.waiver?.reason ?? "",
                ])
            }
        }
        return output
    }

    /// One record: every cell neutralised and quoted, ending in CRLF.
    static func row(_ cells: [String]) -> String {
        cells.map { quote(neutralise($0)) }.joined(separator: ",") + "\r\n"
    }

    /// A cell starting with `=`, `+`, `-`, `@`, tab or carriage return gets a
    /// leading `'`, so a spreadsheet shows it as text instead of running it as
    /// a formula (OWASP, "CSV Injection").
    public static func neutralise(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first else { return cell }
        switch first {
        case "=", "+", "-", "@", "\t", "\r": return "'" + cell
        default: return cell
        }
    }

    /// RFC 4180 quoting: the cell inside double quotes, each `"` doubled.
    public static func quote(_ cell: String) -> String {
        var output = "\""
        for scalar in cell.unicodeScalars {
            if scalar == "\"" { output += "\"\"" } else { output.unicodeScalars.append(scalar) }
        }
        return output + "\""
    }

    /// A plain number: whole pounds without a fraction.
    static func number(_ value: Double) -> String {
        JSONWriter.format(value)
    }
}
