import Mustache

/// HTML escaping by Unicode scalar, the content type every report template uses.
///
/// Mustache's own HTML escaping compares whole characters (grapheme clusters),
/// so a quote followed by a combining mark (`"\u{301}`) is one character that is
/// not `"` and would pass through unescaped, closing an attribute. Escaping each
/// scalar closes that gap.
public enum HTMLText {
    /// The name templates select with `{{% CONTENT_TYPE: CHAINAUDIT_HTML }}`.
    public static let contentTypeName = "CHAINAUDIT_HTML"

    /// `<`, `>`, `&`, `"` and `'` become character references; control
    /// characters other than tab and line feed (which carry terminal escape
    /// sequences and are not allowed in HTML text) become visible `\u{…}`
    /// text. Safe in element content and in quoted attribute values.
    public static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "&": output += "&amp;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\t", "\n": output.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                if value < 0x20 || (0x7F...0x9F).contains(value) {
                    output += "\\u{" + String(value, radix: 16, uppercase: true) + "}"
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }

    /// Control characters other than tab and line feed as visible `\u{…}`
    /// text, the form ``escape(_:)`` gives them; for measuring and shortening
    /// a label before it is escaped.
    public static func showingControls(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" && $0 != "\n" || (0x7F...0x9F).contains($0.value) }) else { return text }
        var output = ""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" || (0x7F...0x9F).contains(scalar.value) {
                output += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// Registers the content type with Mustache once, before any template is parsed.
    static let registered: Bool = {
        MustacheContentTypes.register(ContentType(), named: contentTypeName)
        return true
    }()

    struct ContentType: MustacheContentType {
        func escapeText(_ text: String) -> String { HTMLText.escape(text) }
    }
}
