/// Makes text from a chain file safe inside Markdown (CommonMark and
/// GitHub-flavoured), including inside a table cell.
public enum MarkdownText {
    /// Escapes `text` so it renders as exactly those characters, on one line:
    /// line breaks and tabs become spaces; other control characters and
    /// bidirectional marks become visible `\u{…}` escapes; `<`, `>` and `&`
    /// become entities, so no HTML passes through; Markdown punctuation
    /// (including `|`, backticks, `*`, `_`, `[`, `]`, `$`, `@`) is
    /// backslash-escaped, so no emphasis, link, code span, maths or table
    /// column can start.
    public static func escape(_ text: String) -> String {
        var flattened = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\t", "\u{2028}", "\u{2029}", "\u{0B}", "\u{0C}", "\u{85}": flattened.append(" ")
            default: flattened.append(scalar)
            }
        }
        let visible = TerminalText.sanitize(String(flattened))
        var output = ""
        output.reserveCapacity(visible.utf8.count + 16)
        for scalar in visible.unicodeScalars {
            switch scalar {
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "&": output += "&amp;"
            case "\\", "`", "*", "_", "{", "}", "[", "]", "#", "+", "!", "|", "~", "$", "@", ":", "^", "=":
                output += "\\"
                output.unicodeScalars.append(scalar)
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        return output.trimmingSpaces()
    }
}

extension String {
    /// Without leading and trailing spaces.
    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while scalars.first == " " { scalars.removeFirst() }
        while scalars.last == " " { scalars.removeLast() }
        return String(scalars)
    }
}
