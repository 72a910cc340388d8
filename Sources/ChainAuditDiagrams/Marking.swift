import ChainAuditRules

/// How a subject's unwaived findings mark it on the drawing: errors with a thick
/// vermillion solid line, warnings (when there is no error) with a thick
/// reddish-purple dotted line, and a badge counting them.
struct Marking {
    var errors: Int
    var warnings: Int

    init(_ findings: [Finding]) {
        errors = findings.lazy.filter { !$0.isWaived && $0.severity == .error }.count
        warnings = findings.lazy.filter { !$0.isWaived && $0.severity == .warning }.count
    }

    var isMarked: Bool { errors + warnings > 0 }

    private var colour: String? {
        if errors > 0 { return Palette.error }
        if warnings > 0 { return Palette.warning }
        return nil
    }

    private func counts(words: Words) -> [String] {
        var parts: [String] = []
        if errors > 0 { parts.append(words.count(errors, .error)) }
        if warnings > 0 { parts.append(words.count(warnings, .warning)) }
        return parts
    }

    /// The badge cell of a node's HTML label, or nothing.
    func badge(words: Words, rowSpan: Int) -> String {
        guard let colour else { return "" }
        let text = counts(words: words).joined(separator: "<BR/>")
        return "<TD ROWSPAN=\"\(rowSpan)\" BGCOLOR=\"\(colour)\" VALIGN=\"MIDDLE\"><FONT POINT-SIZE=\"9\"><B>\(text)</B></FONT></TD>"
    }

    /// Outline colour, width and style of a node.
    var nodeAttributes: [String] {
        if errors > 0 { return ["color=\"\(Palette.error)\"", "penwidth=4"] }
        if warnings > 0 { return ["color=\"\(Palette.warning)\"", "penwidth=3", "style=\"filled,dotted\""] }
        return []
    }

    /// The edge label's badge line, or `nil`.
    func edgeBadge(words: Words) -> String? {
        isMarked ? counts(words: words).joined(separator: ", ") : nil
    }

    /// Colour, width and style of an edge; `dashed` when visibility fields are missing.
    func edgeAttributes(dashed: Bool) -> [String] {
        var attributes: [String] = []
        if errors > 0 {
            attributes += ["color=\"\(Palette.error)\"", "penwidth=3"]
        } else if warnings > 0 {
            attributes += ["color=\"\(Palette.warning)\"", "penwidth=3"]
        }
        if dashed {
            attributes.append("style=dashed")
        } else if errors == 0, warnings > 0 {
            attributes.append("style=dotted")
        }
        return attributes
    }
}
