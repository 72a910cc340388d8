import ChainAuditModel

/// The members of one mapping of the configuration file, checked against the
/// keys allowed there. Unknown keys are reported with the nearest allowed key;
/// keys beginning `x-` or `x_` are extensions, ignored as in the chain file.
struct ConfigurationMapping {
    let path: String
    let position: SourcePosition
    private let members: [String: DocumentNode.Member]

    /// Reads `node` as a mapping; reports an error and returns `nil` if it is not one.
    /// - Parameter what: how a message names the mapping when it is of the wrong type.
    init?(_ node: DocumentNode, allowed: [String], path: String, what: String, diagnostics: DiagnosticSink) {
        guard case .object(let list) = node.value else {
            diagnostics.error("expected \(what), found \(node.kindDescription)", path: path, at: node.position)
            return nil
        }
        self.path = path
        self.position = node.position
        var members: [String: DocumentNode.Member] = [:]
        for member in list {
            let memberPath = Self.join(path, member.key)
            if Self.isExtension(member.key) { continue }
            guard allowed.contains(member.key) else {
                diagnostics.error(Self.unknownKeyMessage(member.key, allowed: allowed), path: memberPath, at: member.keyPosition)
                continue
            }
            if members[member.key] != nil {
                diagnostics.error("this key appears more than once", path: memberPath, at: member.keyPosition)
                continue
            }
            members[member.key] = member
        }
        self.members = members
    }

    static func isExtension(_ key: String) -> Bool { key.hasPrefix("x-") || key.hasPrefix("x_") }

    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    static func unknownKeyMessage(_ key: String, allowed: [String]) -> String {
        if let near = Suggestion.nearest(to: key, in: allowed) {
            return "unknown key `\(excerpt(key))`; did you mean `\(near)`?"
        }
        return "unknown key `\(excerpt(key))`; the keys allowed here are \(allowed.map { "`\($0)`" }.joined(separator: ", "))"
    }

    /// The member for `key` when present and not null; reports a missing required key.
    func member(_ key: String, required: Bool = false, diagnostics: DiagnosticSink) -> DocumentNode.Member? {
        if let member = members[key], !member.value.isNull { return member }
        if required {
            diagnostics.error("required key is missing", path: Self.join(path, key), at: members[key]?.value.position ?? position)
        }
        return nil
    }

    /// Text that is not blank.
    func text(_ key: String, required: Bool = false, diagnostics: DiagnosticSink) -> String? {
        guard let member = member(key, required: required, diagnostics: diagnostics) else { return nil }
        return Self.text(member.value, path: Self.join(path, key), diagnostics: diagnostics)
    }

    /// A node that must be non-blank text.
    static func text(_ node: DocumentNode, path: String, diagnostics: DiagnosticSink) -> String? {
        switch node.value {
        case .string(let text, _):
            guard !text.allSatisfy(\.isWhitespace) else {
                diagnostics.error("must not be empty", path: path, at: node.position)
                return nil
            }
            return text
        case .number(let literal, _):
            diagnostics.error("expected text, found a number \(literal) (put it in quotes to make it text)", path: path, at: node.position)
            return nil
        default:
            diagnostics.error("expected text, found \(node.kindDescription)", path: path, at: node.position)
            return nil
        }
    }

    /// A short, printable excerpt of input text for a message.
    static func excerpt(_ text: String) -> String {
        let visible = String(text.unicodeScalars.prefix(60).map { $0.properties.generalCategory == .control ? "?" : Character($0) })
        return text.unicodeScalars.count > 60 ? visible + "…" : visible
    }
}

extension DocumentNode {
    var isNull: Bool {
        if case .null = value { return true }
        return false
    }
}
