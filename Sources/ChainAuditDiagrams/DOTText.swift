/// Escaping of input text for every place it goes in the DOT the project writes.
///
/// Graphviz reads a quoted DOT string, then applies its own escapes to labels
/// (`\N`, `\G`, `\l`, `\n`, …) and entities (`&amp;`); tooltips are unescaped
/// once more than labels. Every string from the input therefore passes
/// through ``visible(_:)`` (control characters made visible) and then the
/// escaper for its place, so that a name is drawn exactly as written and can
/// never end a string, add an attribute or run a Graphviz escape.
public enum DOTText {
    /// The text with every character that cannot be drawn or would upset a
    /// renderer made visible: C0 controls and DEL become their Unicode control
    /// pictures (a newline shows as `␊`, ESC as `␛`), C1 controls and
    /// bidirectional overrides become `�`. Everything else is kept.
    public static func visible(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00...0x1F:
                result.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F:
                result.append("\u{2421}")
            case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0xFFFE, 0xFFFF:
                result.append("\u{FFFD}")
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// The body of a quoted DOT string holding a plain label (node or edge
    /// `label`, without the quotes): lines are joined with Graphviz's centred
    /// line break `\n`.
    public static func label(lines: [String]) -> String {
        lines.map { labelLine($0) }.joined(separator: "\\n")
    }

    /// One line of a plain label: backslashes doubled (Graphviz then draws one),
    /// quotes escaped, `&` written as `&amp;` so entity names are drawn as typed.
    static func labelLine(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in visible(text).unicodeScalars {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "&": out += "&amp;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// Text inside an HTML-like label (`<…>`): XML-escaped, and backslashes
    /// doubled because Graphviz still applies its `\N`-style escapes there.
    public static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in visible(text).unicodeScalars {
            switch character {
            case "\\": out += "\\\\"
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// The body of a quoted DOT string holding a tooltip: Graphviz unescapes
    /// tooltips one level more than labels, so a backslash is written four times;
    /// lines are joined with `\n`.
    public static func tooltip(lines: [String]) -> String {
        lines.map { line in
            var out = ""
            for character in visible(line).unicodeScalars {
                switch character {
                case "\\": out += "\\\\\\\\"
                case "\"": out += "\\\""
                case "&": out += "&amp;"
                default: out.unicodeScalars.append(character)
                }
            }
            return out
        }.joined(separator: "\\n")
    }

    /// Percent-encodes everything but ASCII letters, digits, `-`, `.`, `_` and `~`,
    /// so the result is safe as a URL fragment, an XML id and a DOT string.
    public static func percentEncoded(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
