import Yams

/// Reads YAML into a ``DocumentNode`` tree through Yams (libyaml), keeping the
/// line and column of every value and key.
///
/// Scalars are resolved with the YAML 1.2 core schema, not YAML 1.1's: `yes`,
/// `no`, `on` and `off` stay text, `1:30` is not a sexagesimal number and
/// `1_000` is not an integer, so nothing a person writes is silently read as
/// something else. Unquoted dates (`2026-04-01`) are kept as dates.
///
/// Aliases are expanded as they are read, against a budget proportional to the
/// file's size, so a "billion laughs" file fails fast in bounded memory.
public enum YAMLDocumentReader {
    static let resolver: Resolver = {
        do {
            return try Resolver.basic
                .appending(.null, "^(?:~|null|Null|NULL|)$")
                .appending(.bool, "^(?:true|True|TRUE|false|False|FALSE)$")
                .appending(.int, "^[-+]?[0-9]+$")
                .appending(.float, "^(?:[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$")
                .appending(.timestamp, "^[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:(?:[Tt]|[ \\t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)?$")
        } catch {
            preconditionFailure("invalid built-in YAML resolver pattern: \(error)")
        }
    }()

    /// Parses one YAML document.
    /// - Throws: ``DocumentError`` with libyaml's own message and position.
    public static func read(_ text: String, limits: DocumentLimits = .default) throws(DocumentError) -> DocumentNode {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, resolver, .default)
        } catch let error as YamlError {
            throw documentError(from: error)
        } catch {
            throw DocumentError("could not read the YAML: \(error)", at: nil)
        }
        guard let root else {
            throw DocumentError("the file holds no YAML document", at: SourcePosition(line: 1, column: 1))
        }
        let budget = min(limits.maxNodes, 2 * text.utf8.count + 10_000)
        var converter = Converter(budget: budget, maxDepth: limits.maxDepth)
        return try converter.convert(root)
    }

    private static func documentError(from error: YamlError) -> DocumentError {
        func position(_ mark: Mark) -> SourcePosition { SourcePosition(line: mark.line, column: mark.column) }
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return DocumentError("not valid YAML: \(problem)", at: position(mark))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "`\($0)`" }.joined(separator: ", ")
            return DocumentError("a key appears more than once in the same mapping: \(keys)", at: position(context.mark))
        case .reader(let problem, _, _, _):
            return DocumentError("not valid YAML text: \(problem)", at: nil)
        default:
            return DocumentError("not valid YAML: \(error)", at: nil)
        }
    }

    /// Turns Yams nodes into document nodes without recursion.
    private struct Converter {
        var budget: Int
        let maxDepth: Int

        /// An open sequence or mapping. Changed in place on the stack (never popped,
        /// changed and pushed back), so each array keeps a single owner and appending
        /// never copies it: converting stays linear in the document's size.
        private struct Pending {
            var position: SourcePosition
            var isMapping: Bool
            var items: ArraySlice<Node> = []
            var pairs: ArraySlice<(key: Node, value: Node)> = []
            var done: [DocumentNode] = []
            var members: [DocumentNode.Member] = []
            var key: (String, SourcePosition)?
        }

        mutating func convert(_ root: Node) throws(DocumentError) -> DocumentNode {
            var stack: [Pending] = []
            var next: Node? = root
            while true {
                var completed: DocumentNode
                guard let node = next else { preconditionFailure("converter lost its place") }
                next = nil
                try spend(node)
                let position = Self.position(of: node)
                switch node {
                case .scalar(let scalar):
                    completed = Self.scalar(scalar, node: node, at: position)
                case .alias:
                    throw DocumentError("an unresolved YAML alias", at: position)
                case .sequence(let sequence):
                    if stack.count + 1 > maxDepth {
                        throw DocumentError("nesting deeper than \(maxDepth) levels", at: position)
                    }
                    let items = ArraySlice(Array(sequence))
                    if let first = items.first {
                        stack.append(Pending(position: position, isMapping: false, items: items.dropFirst()))
                        next = first
                        continue
                    }
                    completed = DocumentNode(.array([]), at: position)
                case .mapping(let mapping):
                    if stack.count + 1 > maxDepth {
                        throw DocumentError("nesting deeper than \(maxDepth) levels", at: position)
                    }
                    let pairs = ArraySlice(Array(mapping).map { (key: $0.key, value: $0.value) })
                    if let first = pairs.first {
                        let key = try Self.key(first.key)
                        stack.append(Pending(position: position, isMapping: true, pairs: pairs.dropFirst(), key: key))
                        next = first.value
                        continue
                    }
                    completed = DocumentNode(.object([]), at: position)
                }
                // Give the completed node to its parent, closing finished parents.
                while true {
                    guard !stack.isEmpty else { return completed }
                    let top = stack.count - 1
                    if !stack[top].isMapping {
                        stack[top].done.append(completed)
                        if let first = stack[top].items.popFirst() {
                            next = first
                            break
                        }
                        let finished = stack.removeLast()
                        completed = DocumentNode(.array(finished.done), at: finished.position)
                    } else {
                        if let key = stack[top].key {
                            stack[top].members.append(DocumentNode.Member(key: key.0, keyPosition: key.1, value: completed))
                        }
                        if let first = stack[top].pairs.popFirst() {
                            stack[top].key = try Self.key(first.key)
                            next = first.value
                            break
                        }
                        let finished = stack.removeLast()
                        completed = DocumentNode(.object(finished.members), at: finished.position)
                    }
                }
            }
        }

        private mutating func spend(_ node: Node) throws(DocumentError) {
            budget -= 1
            if budget < 0 {
                throw DocumentError("the YAML expands to far more values than the file holds (aliases used to multiply content)", at: Self.position(of: node))
            }
        }

        private static func position(of node: Node) -> SourcePosition {
            guard let mark = node.mark else { return SourcePosition(line: 1, column: 1) }
            return SourcePosition(line: mark.line, column: mark.column)
        }

        private static func key(_ node: Node) throws(DocumentError) -> (String, SourcePosition) {
            guard case .scalar(let scalar) = node else {
                throw DocumentError("a mapping key must be plain text, not a list or mapping", at: position(of: node))
            }
            return (scalar.string, position(of: node))
        }

        private static func scalar(_ scalar: Node.Scalar, node: Node, at position: SourcePosition) -> DocumentNode {
            let text = scalar.string
            let plain = scalar.style == .plain || scalar.style == .any
            switch YAMLDocumentReader.resolver.resolveTag(of: node) {
            case .null:
                return DocumentNode(.null, at: position)
            case .bool:
                return DocumentNode(.bool(text.lowercased() == "true"), at: position)
            case .int, .float:
                if let value = Double(text.hasPrefix("+") ? String(text.dropFirst()) : text), value.isFinite {
                    return DocumentNode(.number(literal: text, value: value), at: position)
                }
                return DocumentNode(.string(text, plain: plain), at: position)
            case .timestamp:
                return DocumentNode(.date(text), at: position)
            default:
                return DocumentNode(.string(text, plain: plain), at: position)
            }
        }
    }
}
