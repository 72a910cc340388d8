import Foundation
import ChainAuditModel

/// Writes JSON-shaped data as block-style YAML, the way a person would: plain
/// scalars where they read back as the same text, double quotes (with
/// escapes) everywhere else, and flow style only for empty lists and mappings.
enum YAMLText {
    static func write(_ value: JSONValue) -> String {
        guard isNonEmptyContainer(value) else { return scalar(value) + "\n" }
        return lines(value, indent: "").joined(separator: "\n") + "\n"
    }

    private static func isNonEmptyContainer(_ value: JSONValue) -> Bool {
        switch value {
        case .array(let items): !items.isEmpty
        case .object(let pairs): !pairs.isEmpty
        default: false
        }
    }

    /// The lines of a non-empty list or mapping, each starting with `indent`.
    private static func lines(_ value: JSONValue, indent: String) -> [String] {
        var output: [String] = []
        switch value {
        case .object(let pairs):
            for pair in pairs {
                let key = indent + text(pair.key) + ":"
                if isNonEmptyContainer(pair.value) {
                    output.append(key)
                    output += lines(pair.value, indent: indent + "  ")
                } else {
                    output.append(key + " " + scalar(pair.value))
                }
            }
        case .array(let items):
            for item in items {
                if isNonEmptyContainer(item) {
                    var nested = lines(item, indent: indent + "  ")
                    nested[0] = indent + "- " + nested[0].dropFirst(indent.count + 2)
                    output += nested
                } else {
                    output.append(indent + "- " + scalar(item))
                }
            }
        default:
            output.append(indent + scalar(value))
        }
        return output
    }

    private static func scalar(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .int(let number): String(number)
        case .double(let number): number.rounded() == number && abs(number) < 9e15 ? String(Int(number)) : String(number)
        case .string(let string): text(string)
        case .array: "[]"
        case .object: "{}"
        }
    }

    /// Plain when the text is letters, digits and inner spaces (not a keyword), or a date; else double-quoted.
    private static func text(_ string: String) -> String {
        let keywords: Set<String> = ["true", "false", "null", "yes", "no", "on", "off", "y", "n"]
        let isWord = string.unicodeScalars.first.map { $0.properties.isAlphabetic && $0.isASCII } ?? false
            && string.unicodeScalars.allSatisfy { ($0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil)) || $0 == " " || $0 == "-" }
            && !string.hasSuffix(" ") && !string.contains(" -") && !keywords.contains(string.lowercased())
        let isDate = string.utf8.count == 10 && string.range(of: #"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"#, options: .regularExpression) != nil
        if isWord || isDate { return string }
        var quoted = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            default:
                let value = scalar.value
                // Not printable in YAML, or a line break YAML would fold: escaped.
                if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029 || value == 0xFEFF || value >= 0xFFFE && value <= 0xFFFF {
                    let hex = String(value, radix: 16, uppercase: true)
                    quoted += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    quoted.unicodeScalars.append(scalar)
                }
            }
        }
        return quoted + "\""
    }
}
