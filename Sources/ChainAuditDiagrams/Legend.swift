import ChainAuditModel

/// The key drawn below the chain: every colour, shape and line style the drawing
/// uses, as one compact HTML-like table read left to right
/// (sectors in the order public, private, VCSE, not stated; then outlines; then
/// lines). Sectors show a swatch of their fill and name their shape in words, so
/// nothing depends on colour alone; line styles show a short sample and say in
/// words what they mean.
struct Legend {
    var words: Words
    /// Whether the drawing has folded groups (the Members' view of a large chain).
    var hasFolds: Bool

    /// One entry of the key: a swatch cell (its attributes and content) and the words beside it.
    private struct Entry {
        var swatch: String
        var sample: String = ""
        var text: String
    }

    func write(into out: inout DOTOutput) {
        let sectors: [Entry] = [Sector.public, .private, .vcse, .unknown].map { sector in
            let style = Palette.style(of: sector)
            return Entry(swatch: "BORDER=\"1\" COLOR=\"\(Palette.black)\" BGCOLOR=\"\(style.fill)\"", text: style.legend)
        }
        var outlines = [
            Entry(swatch: "BORDER=\"3\" COLOR=\"\(Palette.error)\" BGCOLOR=\"\(Palette.white)\"",
                  text: "Organisation with \(words.withArticle(.error)): thick vermillion outline; the badge counts them"),
            Entry(swatch: "BORDER=\"2\" STYLE=\"dotted\" COLOR=\"\(Palette.warning)\" BGCOLOR=\"\(Palette.white)\"",
                  text: "Organisation with \(words.withArticle(.warning)) and no \(words.error.one): thick purple dotted outline"),
        ]
        if hasFolds {
            outlines.append(Entry(swatch: "BORDER=\"1\" COLOR=\"\(Palette.darkGrey)\" BGCOLOR=\"\(Palette.grey)\"",
                                  text: "Smaller providers grouped under the organisation that lets their work (grey folder)"))
        }
        let lines: [Entry] = [
            Entry(swatch: "", sample: "<FONT COLOR=\"\(Palette.black)\">───</FONT>",
                  text: "Subcontract: value, payment days, share paid by results, share of the risk"),
            Entry(swatch: "", sample: "<FONT COLOR=\"\(Palette.black)\">╌╌╌</FONT>",
                  text: "Dashed: role, payment days, volume or change mechanism not stated"),
            Entry(swatch: "", sample: "<FONT COLOR=\"\(Palette.error)\">━━━</FONT>",
                  text: "Thick vermillion: subcontract with \(words.withArticle(.error))"),
            Entry(swatch: "", sample: "<FONT COLOR=\"\(Palette.warning)\">┅┅┅</FONT>",
                  text: "Thick purple dotted: subcontract with \(words.withArticle(.warning))"),
        ]
        let columns = 4
        var rows = "<TR><TD COLSPAN=\"\(2 * columns)\" ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"11\"><B>Key</B></FONT></TD></TR>"
        for group in [sectors, outlines, lines] {
            rows += "<TR>"
            for entry in group {
                if entry.sample.isEmpty {
                    rows += "<TD VALIGN=\"TOP\"><TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\"><TR><TD WIDTH=\"18\" HEIGHT=\"18\" FIXEDSIZE=\"TRUE\" \(entry.swatch)></TD></TR></TABLE></TD>"
                } else {
                    rows += "<TD VALIGN=\"TOP\"><FONT POINT-SIZE=\"14\">\(entry.sample)</FONT></TD>"
                }
                let text = Self.wrap(entry.text).map(DOTText.html).joined(separator: "<BR/>")
                rows += "<TD ALIGN=\"LEFT\" BALIGN=\"LEFT\" VALIGN=\"TOP\">\(text)</TD>"
            }
            for _ in group.count..<columns { rows += "<TD></TD><TD></TD>" }
            rows += "</TR>"
        }
        let table = "<TABLE BORDER=\"1\" STYLE=\"rounded\" COLOR=\"\(Palette.darkGrey)\" CELLBORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"2\">\(rows)</TABLE>"
        // The key is the label of an invisible cluster holding the whole chain,
        // so Graphviz centres it below the drawing without adding a rank.
        out.line("  peripheries=0; labelloc=b; labeljust=c; fontsize=10; label=<\(table)>;")
    }

    /// Breaks a legend sentence into lines of about 28 characters.
    static func wrap(_ text: String, width: Int = 28) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            current += current.isEmpty ? String(word) : " " + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
