import ChainAuditModel

/// The key drawn beside the chain: every colour, shape and line style the drawing uses.
struct Legend {
    var words: Words
    /// Whether the drawing has folded groups (the Members' view of a large chain).
    var hasFolds: Bool

    func write(into out: inout DOTOutput) {
        out.line("  subgraph cluster_legend {")
        out.line("    label=\"Key\"; fontsize=12; color=\"\(Palette.darkGrey)\"; style=rounded; tooltip=\"Key to the colours, shapes and lines\";")
        out.line("    node [fontsize=9, margin=\"0.1,0.04\"];")

        var sectorNodes: [String] = []
        for (offset, sector) in [Sector.public, .private, .vcse, .unknown].enumerated() {
            let style = Palette.style(of: sector)
            let id = "k\(offset + 1)"
            sectorNodes.append(id)
            out.line("    \(id) [shape=\(style.shape), fillcolor=\"\(style.fill)\", label=\"\(DOTText.label(lines: Self.wrap(style.legend)))\", tooltip=\"\(DOTText.tooltip(lines: [style.legend]))\"];")
        }

        let error = "Organisation with \(words.withArticle(.error)): thick vermillion outline; the badge counts them"
        let warning = "Organisation with \(words.withArticle(.warning)) and no \(words.error.one): thick purple dotted outline"
        var markNodes = ["k5", "k6"]
        out.line("    k5 [shape=box, fillcolor=\"\(Palette.white)\", color=\"\(Palette.error)\", penwidth=4, label=\"\(DOTText.label(lines: Self.wrap(error)))\", tooltip=\"\(DOTText.tooltip(lines: [error]))\"];")
        out.line("    k6 [shape=box, fillcolor=\"\(Palette.white)\", color=\"\(Palette.warning)\", penwidth=3, style=\"filled,dotted\", label=\"\(DOTText.label(lines: Self.wrap(warning)))\", tooltip=\"\(DOTText.tooltip(lines: [warning]))\"];")
        if hasFolds {
            let fold = "Smaller providers grouped under the organisation that lets their work (grey folder)"
            markNodes.append("k7")
            out.line("    k7 [shape=folder, fillcolor=\"\(Palette.grey)\", color=\"\(Palette.darkGrey)\", label=\"\(DOTText.label(lines: Self.wrap(fold)))\", tooltip=\"\(DOTText.tooltip(lines: [fold]))\"];")
        }

        let lines: [(text: String, attributes: String)] = [
            ("Subcontract: value, payment days, share paid by results, share of the risk", ""),
            ("Dashed: role, payment days, volume or change mechanism not stated", "style=dashed"),
            ("Thick vermillion: subcontract with \(words.withArticle(.error))", "color=\"\(Palette.error)\", penwidth=3"),
            ("Thick purple dotted: subcontract with \(words.withArticle(.warning))", "color=\"\(Palette.warning)\", penwidth=3, style=dotted"),
        ]
        var tails: [String] = []
        var heads: [String] = []
        for (offset, line) in lines.enumerated() {
            let tail = "k\(10 + 2 * offset)", head = "k\(11 + 2 * offset)"
            tails.append(tail)
            heads.append(head)
            out.line("    \(tail) [shape=point, width=0.06, fillcolor=\"\(Palette.black)\", tooltip=\"\(DOTText.tooltip(lines: [line.text]))\"];")
            out.line("    \(head) [shape=plaintext, fillcolor=\"\(Palette.white)\", label=\"\(DOTText.label(lines: Self.wrap(line.text)))\", tooltip=\"\(DOTText.tooltip(lines: [line.text]))\"];")
            out.line("    \(tail) -> \(head) [\(line.attributes.isEmpty ? "" : line.attributes + ", ")tooltip=\"\(DOTText.tooltip(lines: [line.text]))\"];")
        }
        for row in [sectorNodes, markNodes, tails, heads] {
            out.line("    { rank=same; \(row.joined(separator: "; ")); }")
        }
        out.line("    \(sectorNodes[0]) -> \(markNodes[0]) [style=invis];")
        out.line("    \(markNodes[0]) -> \(tails[0]) [style=invis];")
        out.line("  }")
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
