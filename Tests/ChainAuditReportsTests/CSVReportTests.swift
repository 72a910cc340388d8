import ChainAuditReports
import ChainAuditRules
import Foundation
import Testing

@Suite("CSV report")
struct CSVReportTests {
    /// Reads CSV with Python's csv module (RFC 4180 dialect, code-point based).
    static func parse(_ text: String) throws -> [[String]] {
        let folder = try Helper.temporaryFolder()
        let file = folder.appendingPathComponent("findings.csv")
        try Data(text.utf8).write(to: file)
        let script = "import csv, json, sys\nwith open(sys.argv[1], newline='', encoding='utf-8') as f:\n    print(json.dumps(list(csv.reader(f, strict=True))))"
        return try Helper.python(script, [file.path]) as? [[String]] ?? []
    }

    static func expectedCell(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }

    @Test("One row per finding, read back by a CSV parser with the right cells")
    func rowsReadBack() throws {
        let input = try Hostile.input()
        let rows = try Self.parse(CSVReport.render([input]))
        #expect(rows.first == CSVReport.columns)
        let findings = input.result.findings
        #expect(findings.count >= 10)
        #expect(rows.count == findings.count + 1)
        for (row, finding) in zip(rows.dropFirst(), findings) {
            #expect(row.count == CSVReport.columns.count)
            guard row.count == CSVReport.columns.count else { continue }
            #expect(row[0] == input.file)
            #expect(row[1] == finding.rule)
            #expect(row[2] == finding.severity.rawValue)
            #expect(row[3] == finding.principle.rawValue)
            #expect(row[4] == finding.subject.kind.rawValue)
            #expect(row[5] == Self.expectedCell(finding.subject.id))
            #expect(row[6] == Self.expectedCell(input.chain.displayName(of: finding.subject) ?? ""))
            #expect(row[8] == Self.expectedCell(finding.message))
            #expect(row[9] == (finding.isWaived ? "true" : "false"))
            #expect(row[10] == Self.expectedCell(finding.waiver?.reason ?? ""))
            if finding.subject.kind == .subcontract, let index = input.chain.subcontractIndex(of: finding.subject.id),
               let value = input.chain.subcontracts[index].value {
                #expect(Double(row[7]) == value)
            }
        }
        // The hostile cells survive whole: a name with a line break, and the 10,000-character name.
        let names = rows.map { $0.count > 6 ? $0[6] : "" }
        #expect(names.contains("Line one\nLine two | pipe `tick` *star* [link](x)"))
        #expect(names.contains(Hostile.longName))
        #expect(rows.contains { $0.count > 10 && $0[9] == "true" && $0[10] == Hostile.waiverReason })
    }

    @Test("Cells a spreadsheet would run as formulas are neutralised with a leading quote")
    func formulasNeutralised() throws {
        let input = try Hostile.input()
        let rows = try Self.parse(CSVReport.render([input]))
        let names = Set(rows.map { $0.count > 6 ? $0[6] : "" })
        for name in Hostile.formulaNames {
            #expect(names.contains("'" + name), "\(name) should appear neutralised")
            #expect(!names.contains(name))
        }
        let ids = Set(rows.map { $0.count > 5 ? $0[5] : "" })
        #expect(ids.contains("'=1+1") && ids.contains("'+SC") && ids.contains("'-SC") && ids.contains("'@SC"))
        for row in rows {
            for cell in row {
                if let first = cell.unicodeScalars.first {
                    #expect(!"=+-@\t\r".unicodeScalars.contains(first), "cell starts with a formula character: \(cell.prefix(40))")
                }
            }
        }
    }

    @Test("RFC 4180 layout: every record ends in CRLF and quotes are doubled")
    func layout() throws {
        let text = CSVReport.render([try Hostile.input()])
        #expect(text.hasPrefix("\"file\",\"rule\","))
        #expect(text.hasSuffix("\r\n"))
        #expect(CSVReport.quote("a \"b\"") == "\"a \"\"b\"\"\"")
        #expect(CSVReport.neutralise("\tx") == "'\tx")
        #expect(CSVReport.neutralise("ok=1") == "ok=1")
    }
}
