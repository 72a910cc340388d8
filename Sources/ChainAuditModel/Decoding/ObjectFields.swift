/// Reads the fields of one mapping against its schema, reporting every problem
/// to the sink and returning `nil` for a field that is absent or invalid.
///
/// Each member is looked up once (one hash per key), so reading an object is
/// linear in its size. `null` is treated as absent throughout.
struct ObjectFields {
    let path: String
    let position: SourcePosition
    private let schema: ObjectSchema
    private let members: [DocumentNode.Member]
    /// For each key of the schema, the index of its member, or -1 when absent.
    private var slots: [Int32]
    private let sink: DiagnosticSink
    /// `x-` and `x_` keys, kept as data.
    private(set) var extensions: [JSONValue.Pair] = []

    /// Reads `node` as a mapping; reports an error and returns `nil` if it is not one.
    init?(_ node: DocumentNode, schema: ObjectSchema, path: String, sink: DiagnosticSink) {
        guard case .object(let members) = node.value else {
            sink.error("expected a mapping of keys to values, found \(node.kindDescription)", path: path, at: node.position)
            return nil
        }
        self.path = path
        self.position = node.position
        self.schema = schema
        self.sink = sink
        self.members = members
        self.slots = Array(repeating: -1, count: schema.keys.count)
        for (index, member) in members.enumerated() {
            if let slot = schema.slots[member.key] {
                if slots[slot] >= 0 {
                    sink.error("this key appears more than once", path: Self.join(path, member.key), at: member.keyPosition)
                } else {
                    slots[slot] = Int32(index)
                }
            } else if member.key.hasPrefix("x-") || member.key.hasPrefix("x_") {
                extensions.append(JSONValue.Pair(member.key, member.value.jsonValue))
            } else {
                sink.error(Self.unknownKeyMessage(member.key, allowed: schema.keys), path: Self.join(path, member.key), at: member.keyPosition)
            }
        }
    }

    static func join(_ path: String, _ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    static func unknownKeyMessage(_ key: String, allowed: [String]) -> String {
        if let near = Suggestion.nearest(to: key, in: allowed) {
            return "unknown key `\(key)`; did you mean `\(near)`?"
        }
        let list = allowed.map { "`\($0)`" }.joined(separator: ", ")
        return "unknown key `\(key)`; the keys allowed here are \(list) (extension keys start with `x-`)"
    }

    /// The member for `key` when present and not null; reports a missing required key.
    func member(_ key: String, required: Bool = false) -> DocumentNode.Member? {
        guard let slot = schema.slots[key] else { preconditionFailure("\(key) is not in the schema") }
        let index = Int(slots[slot])
        let present = index >= 0 ? members[index] : nil
        if let member = present, !member.value.isNull { return member }
        if required {
            sink.error("required key is missing", path: Self.join(path, key), at: present?.value.position ?? position)
        }
        return nil
    }

    private func wrongType(_ key: String, _ node: DocumentNode, expected: String) {
        var message = "expected \(expected), found \(node.kindDescription)"
        switch node.value {
        case .string(let text, _): message += " \"\(Self.excerpt(text))\""
        case .number(let literal, _):
            message += " \(literal)"
            if expected.hasPrefix("text") { message += " (put it in quotes to make it text)" }
        case .bool(let flag): message += " \(flag)"
        default: break
        }
        sink.error(message, path: Self.join(path, key), at: node.position)
    }

    static func excerpt(_ text: String) -> String {
        let visible = String(text.unicodeScalars.prefix(60).map { $0.properties.generalCategory == .control ? "?" : Character($0) })
        return text.unicodeScalars.count > 60 ? visible + "…" : visible
    }

    func text(_ key: String, required: Bool = false) -> String? {
        guard let member = member(key, required: required) else { return nil }
        switch member.value.value {
        case .string(let text, _):
            if required, text.allSatisfy(\.isWhitespace) {
                sink.error("must not be empty", path: Self.join(path, key), at: member.value.position)
                return nil
            }
            return text
        default:
            wrongType(key, member.value, expected: "text")
            return nil
        }
    }

    func bool(_ key: String) -> Bool? {
        guard let member = member(key) else { return nil }
        if case .bool(let flag) = member.value.value { return flag }
        wrongType(key, member.value, expected: "true or false")
        return nil
    }

    /// A non-negative number.
    func number(_ key: String, required: Bool = false, what: String = "a number") -> Double? {
        guard let member = member(key, required: required) else { return nil }
        guard case .number(let literal, let value) = member.value.value else {
            wrongType(key, member.value, expected: what)
            return nil
        }
        if value < 0 {
            sink.error("must not be negative (found \(literal))", path: Self.join(path, key), at: member.value.position)
            return nil
        }
        return value
    }

    /// Money in pounds: a non-negative number.
    func money(_ key: String, required: Bool = false) -> Double? {
        number(key, required: required, what: "an amount in pounds (a plain number)")
    }

    /// A whole number ≥ 0.
    func integer(_ key: String, required: Bool = false) -> Int? {
        guard let value = number(key, required: required, what: "a whole number") else { return nil }
        guard value.rounded() == value, value < 1e15 else {
            sink.error("expected a whole number, found \(PlainNumber.text(value))", path: Self.join(path, key), at: member(key)?.value.position)
            return nil
        }
        return Int(value)
    }

    /// A fraction 0...1, or `"N%"` with N from 0 to 100.
    func share(_ key: String) -> Double? {
        guard let member = member(key) else { return nil }
        let at = member.value.position
        switch member.value.value {
        case .number(let literal, let value):
            if value < 0 {
                sink.error("a share must be between 0 and 1 (found \(literal))", path: Self.join(path, key), at: at)
                return nil
            }
            if value > 1 {
                if value <= 100 {
                    sink.error("a share is a fraction from 0 to 1; did you mean \(literal)% (\(PlainNumber.text(value / 100)))?", path: Self.join(path, key), at: at)
                } else {
                    sink.error("a share must be between 0 and 1 (found \(literal))", path: Self.join(path, key), at: at)
                }
                return nil
            }
            return value
        case .string(let text, _):
            let trimmed = text.trimmingWhitespace()
            if trimmed.hasSuffix("%"), let percent = PlainNumber.decimal(String(trimmed.dropLast()).trimmingWhitespace()) {
                guard percent >= 0, percent <= 100 else {
                    sink.error("a percentage share must be from 0% to 100% (found \"\(Self.excerpt(text))\")", path: Self.join(path, key), at: at)
                    return nil
                }
                return percent / 100
            }
            sink.error("expected a share (a fraction from 0 to 1, or a percentage such as \"15%\"), found text \"\(Self.excerpt(text))\"", path: Self.join(path, key), at: at)
            return nil
        default:
            wrongType(key, member.value, expected: "a share (a fraction from 0 to 1, or a percentage such as \"15%\")")
            return nil
        }
    }

    /// A calendar date `YYYY-MM-DD`, quoted or not.
    func date(_ key: String) -> String? {
        guard let member = member(key) else { return nil }
        let text: String
        switch member.value.value {
        case .date(let value), .string(let value, _): text = value
        default:
            wrongType(key, member.value, expected: "a date YYYY-MM-DD")
            return nil
        }
        guard CalendarDate(text) != nil else {
            sink.error("expected a date YYYY-MM-DD, found \"\(Self.excerpt(text))\"", path: Self.join(path, key), at: member.value.position)
            return nil
        }
        return text
    }

    func enumeration<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type, required: Bool = false) -> E? where E.RawValue == String {
        guard let member = member(key, required: required) else { return nil }
        guard case .string(let text, _) = member.value.value else {
            wrongType(key, member.value, expected: "one of " + E.allCases.map(\.rawValue).joined(separator: ", "))
            return nil
        }
        if let value = E(rawValue: text) { return value }
        let allowed = E.allCases.map(\.rawValue)
        var message = "unknown value \"\(Self.excerpt(text))\"; expected one of \(allowed.joined(separator: ", "))"
        if let near = Suggestion.nearest(to: text, in: allowed) { message += "; did you mean `\(near)`?" }
        sink.error(message, path: Self.join(path, key), at: member.value.position)
        return nil
    }

    /// A list; each item is handed back with its own path.
    func list(_ key: String, required: Bool = false) -> [(path: String, node: DocumentNode)]? {
        guard let member = member(key, required: required) else { return nil }
        guard case .array(let items) = member.value.value else {
            wrongType(key, member.value, expected: "a list")
            return nil
        }
        let base = Self.join(path, key)
        return items.enumerated().map { ("\(base)[\($0.offset)]", $0.element) }
    }

    /// A list of text.
    /// (Item paths are built only for an item in error: lists of text are read for every subcontract.)
    func textList(_ key: String) -> [String]? {
        guard let member = member(key) else { return nil }
        guard case .array(let items) = member.value.value else {
            wrongType(key, member.value, expected: "a list")
            return nil
        }
        var result: [String] = []
        result.reserveCapacity(items.count)
        var valid = true
        for (offset, node) in items.enumerated() {
            if case .string(let text, _) = node.value {
                result.append(text)
            } else {
                valid = false
                var message = "expected text, found \(node.kindDescription)"
                if case .number(let literal, _) = node.value { message += " \(literal) (put it in quotes to make it text)" }
                sink.error(message, path: "\(Self.join(path, key))[\(offset)]", at: node.position)
            }
        }
        return valid ? result : nil
    }
}

extension DocumentNode {
    var isNull: Bool {
        if case .null = value { return true }
        return false
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}
