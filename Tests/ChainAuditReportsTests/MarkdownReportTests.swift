import ChainAuditReports
import ChainAuditRules
import Foundation
import Testing

@Suite("Markdown report")
struct MarkdownReportTests {
    /// The cells of a table row, splitting on `|` that no backslash escapes.
    static func cells(_ row: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in row {
            if escaped { current.append(character); escaped = false; continue }
            if character == "\\" { current.append(character); escaped = true; continue }
            if character == "|" { cells.append(current); current = ""; continue }
            current.append(character)
        }
        cells.append(current)
        return cells
    }

    @Test("One table row per finding, each with six cells, whatever the names hold")
    func oneRowPerFinding() throws {
        let input = try Hostile.input()
        let text = MarkdownReport.render([input])
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = try #require(lines.firstIndex { $0.hasPrefix("| Severity |") })
        #expect(lines[header + 1] == "|---|---|---|---|---|---|")
        let rows = lines[(header + 2)...].prefix { $0.hasPrefix("|") }
        #expect(rows.count == input.result.findings.count)
        for (row, finding) in zip(rows, input.result.findings) {
            let cells = Self.cells(row)
            // Leading and trailing pipes give an empty first and last piece.
            #expect(cells.count == 8, "row breaks the table: \(row.prefix(120))")
            #expect(cells.count > 2 && cells[1].trimmingCharacters(in: .whitespaces) == finding.severity.rawValue)
        }
    }

    @Test("Hostile text cannot inject HTML, code spans, links or terminal escapes")
    func escaping() throws {
        let text = MarkdownReport.render([try Hostile.input()])
        #expect(!text.contains("<"))
        #expect(!text.contains("\u{1B}"))
        #expect(!text.contains("\u{202E}"))
        #expect(text.contains("&lt;img src\\=x onerror\\=alert(1)&gt;"))
        var previous: Character = " "
        var unescaped = 0
        // Every table row (the report's own bold summary label is outside the table).
        for character in text.split(separator: "\n").filter({ $0.hasPrefix("| ") }).joined(separator: "\n") {
            if "`[*$@".contains(character), previous != "\\" { unescaped += 1 }
            previous = previous == "\\" && character == "\\" ? " " : character
        }
        #expect(unescaped == 0, "Markdown punctuation left unescaped")
        #expect(MarkdownText.escape("a|b\nc") == "a\\|b c")
        #expect(MarkdownText.escape("`x` <y> & z") == "\\`x\\` &lt;y&gt; &amp; z")
    }
}
