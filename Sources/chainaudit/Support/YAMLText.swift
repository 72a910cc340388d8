import ChainAuditReports

/// Writes values as YAML scalars for the files chainaudit generates.
enum YAMLText {
    /// Text as a double-quoted YAML scalar. Quotes, backslashes, control
    /// characters and everything ``TerminalText`` counts unsafe (bidirectional
    /// overrides, line separators) are escaped, so the text reads back exactly
    /// and cannot disturb a terminal.
    static func quoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\t": output += "\\t"
            case "\r": output += "\\r"
            default:
                if TerminalText.isUnsafe(scalar) || scalar.value == 0xFEFF {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    output += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }

    /// A number as written in a configuration: `30`, `0.15`.
    static func number(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
