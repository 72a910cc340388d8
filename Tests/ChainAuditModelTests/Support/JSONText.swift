@testable import ChainAuditModel

/// Writes a parsed document as JSON text, keys in order, for comparing the JSON readers on
/// documents first written in YAML.
enum JSONText {
    static func write(_ node: DocumentNode) -> String {
        var out = ""
        write(node, into: &out)
        return out
    }

    private static func write(_ node: DocumentNode, into out: inout String) {
        switch node.value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .number(let literal, let value):
            // YAML spellings such as `+1` or `.5` are not JSON: those are written from the value.
            out += isJSONNumber(literal) ? literal : "\(value)"
        case .string(let text, _), .date(let text): quote(text, into: &out)
        case .array(let items):
            out += "["
            for (offset, item) in items.enumerated() {
                if offset > 0 { out += ", " }
                write(item, into: &out)
            }
            out += "]"
        case .object(let members):
            out += "{\n"
            for (offset, member) in members.enumerated() {
                if offset > 0 { out += ",\n" }
                quote(member.key, into: &out)
                out += ": "
                write(member.value, into: &out)
            }
            out += "\n}"
        }
    }

    static func quote(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    private static func isJSONNumber(_ literal: String) -> Bool {
        let bytes = Array(literal.utf8) + [UInt8(ascii: " ")]
        return bytes.withUnsafeBufferPointer { buffer -> Bool in
            var reader = DirectJSONReader(buffer, limits: .default)
            guard (try? reader.readNumber()) != nil else { return false }
            return reader.index == bytes.count - 1
        }
    }
}
