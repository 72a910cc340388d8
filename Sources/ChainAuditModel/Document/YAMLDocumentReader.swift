import CYaml

/// Reads YAML into a ``DocumentNode`` tree, keeping the line and column of
/// every value and key.
///
/// It drives libyaml's event parser directly (the C library Yams is built on,
/// exposed through Yams's `CYaml` module) and composes the tree itself,
/// iteratively, rather than through `Yams.compose`, for three reasons a hostile
/// file makes necessary:
/// - nesting depth is bounded by ``DocumentLimits/maxDepth``: 200,000 open
///   brackets are an error, not a stack overflow in a recursive composer;
/// - aliases are charged against budgets proportional to the file's size, both
///   in values and in bytes of text, so a "billion laughs" file fails at once in
///   bounded memory, wherever it is (also inside `x-` extension keys), and so
///   does one long anchored text repeated through many aliases (which would cost
///   nothing to hold but explode in any output that writes the extensions);
/// - plain scalars are resolved with the YAML 1.2 core schema, not YAML 1.1's:
///   `yes`, `no`, `on`, `off` stay text, `1:30` is not a number of minutes and
///   `1_000` is not an integer, so nothing is silently read as something else.
///   Unquoted dates (`2026-04-01`) are kept as dates.
public enum YAMLDocumentReader {
    /// Parses one YAML document.
    /// - Throws: ``DocumentError`` with libyaml's own message and position, or the limit that was hit.
    public static func read(_ text: String, limits: DocumentLimits = .default) throws(DocumentError) -> DocumentNode {
        // A byte-order mark is not content; libyaml, told the encoding, would read it as text.
        var bytes = Array(text.hasPrefix("\u{FEFF}") ? text.utf8.dropFirst(3) : text.utf8[...])
        var composer = Composer(
            budget: min(limits.maxNodes, 2 * bytes.count + 10_000),
            textBudget: 2 * bytes.count + 100_000,
            maxDepth: limits.maxDepth
        )
        let result: Result<DocumentNode, DocumentError> = bytes.withUnsafeMutableBufferPointer { buffer in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else {
                return .failure(DocumentError("could not start the YAML parser (out of memory)", at: nil))
            }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            do throws(DocumentError) {
                return .success(try composer.compose(&parser))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Builds the tree from libyaml's events with an explicit stack.
    private struct Composer {
        /// Values left to compose, aliases expanded.
        var budget: Int
        /// Bytes of text left to compose, aliases expanded (escapes such as `\L` can grow text by half).
        var textBudget: Int
        let maxDepth: Int
        /// Each anchored node, with what it expands to.
        var anchors: [String: (node: DocumentNode, cost: Cost)] = [:]

        /// What a node expands to: values, and bytes of text.
        struct Cost {
            var nodes: Int
            var bytes: Int
        }

        private struct Frame {
            var isMapping: Bool
            var position: SourcePosition
            var anchor: String?
            var items: [DocumentNode] = []
            var members: [DocumentNode.Member] = []
            var pendingKey: (String, SourcePosition)?
            var keys: Set<String> = []
            var cost = Cost(nodes: 1, bytes: 0)
        }

        mutating func compose(_ parser: inout yaml_parser_t) throws(DocumentError) -> DocumentNode {
            var stack: [Frame] = []
            var root: DocumentNode?
            var documents = 0
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    throw Self.parserError(parser, maxDepth: maxDepth)
                }
                defer { yaml_event_delete(&event) }
                let position = SourcePosition(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
                var completed: (node: DocumentNode, cost: Cost)?
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    guard let root else { throw DocumentError("the file holds no YAML document", at: position) }
                    return root
                case YAML_DOCUMENT_START_EVENT:
                    documents += 1
                    if documents > 1 {
                        throw DocumentError("the file holds more than one YAML document (a second `---`); a chain file holds one", at: position)
                    }
                    continue
                case YAML_SCALAR_EVENT:
                    let scalar = event.data.scalar
                    let cost = Cost(nodes: 1, bytes: Int(scalar.length))
                    try spend(cost, at: position)
                    let value = String(decoding: UnsafeBufferPointer(start: scalar.value, count: Int(scalar.length)), as: UTF8.self)
                    let tag = scalar.tag.map { String(cString: $0) }
                    let node = DocumentNode(Self.resolve(value, tag: tag, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE), at: position)
                    if let anchor = scalar.anchor { anchors[String(cString: anchor)] = (node, cost) }
                    completed = (node, cost)
                case YAML_ALIAS_EVENT:
                    let name = String(cString: event.data.alias.anchor)
                    guard let target = anchors[name] else {
                        throw DocumentError("the alias *\(name) refers to no anchor defined before it", at: position)
                    }
                    try spend(target.cost, at: position)
                    completed = target
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    try spend(Cost(nodes: 1, bytes: 0), at: position)
                    if stack.count >= maxDepth {
                        throw DocumentError("nesting deeper than \(maxDepth) levels", at: position)
                    }
                    let isMapping = event.type == YAML_MAPPING_START_EVENT
                    let anchorPointer = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
                    stack.append(Frame(isMapping: isMapping, position: position, anchor: anchorPointer.map { String(cString: $0) }))
                    continue
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    let frame = stack.removeLast()
                    let node = DocumentNode(frame.isMapping ? .object(frame.members) : .array(frame.items), at: frame.position)
                    if let anchor = frame.anchor { anchors[anchor] = (node, frame.cost) }
                    completed = (node, frame.cost)
                default:
                    continue  // stream and document boundaries
                }
                guard let (node, cost) = completed else { continue }
                if stack.isEmpty {
                    root = node
                    continue
                }
                try add(node, cost: cost, to: &stack[stack.count - 1])
            }
        }

        private mutating func add(_ node: DocumentNode, cost: Cost, to frame: inout Frame) throws(DocumentError) {
            frame.cost.nodes += cost.nodes
            frame.cost.bytes += cost.bytes
            guard frame.isMapping else {
                frame.items.append(node)
                return
            }
            if let (key, keyPosition) = frame.pendingKey {
                frame.members.append(DocumentNode.Member(key: key, keyPosition: keyPosition, value: node))
                frame.pendingKey = nil
                return
            }
            let key: String
            switch node.value {
            case .string(let text, _): key = text
            case .date(let text): key = text
            case .number(let literal, _): key = literal
            case .bool(let flag): key = flag ? "true" : "false"
            case .null: key = ""
            case .array, .object:
                throw DocumentError("a mapping key must be plain text, not a list or mapping", at: node.position)
            }
            if !frame.keys.insert(key).inserted {
                throw DocumentError("the key `\(key.count > 60 ? String(key.prefix(60)) + "…" : key)` appears more than once in the same mapping", at: node.position)
            }
            frame.pendingKey = (key, node.position)
        }

        private mutating func spend(_ cost: Cost, at position: SourcePosition) throws(DocumentError) {
            budget -= cost.nodes
            textBudget -= cost.bytes
            if budget < 0 || textBudget < 0 {
                throw DocumentError("the YAML expands to far more values than the file holds (aliases used to multiply content)", at: position)
            }
        }

        private static func parserError(_ parser: yaml_parser_t, maxDepth: Int) -> DocumentError {
            let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
            let context = parser.context.map { String(cString: $0) }
            let mark = parser.problem_mark
            let position = SourcePosition(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
            // libyaml's own nesting limit (1000) can be met before this composer's while it looks ahead.
            if problem.hasPrefix("Maximum nesting level") {
                return DocumentError("nesting deeper than \(maxDepth) levels", at: position)
            }
            var message = "not valid YAML: \(problem)"
            if let context { message += " (\(context))" }
            if parser.error == YAML_READER_ERROR { message = "not valid YAML text: \(problem)" }
            return DocumentError(message, at: position)
        }

        /// YAML 1.2 core-schema resolution of one scalar.
        static func resolve(_ text: String, tag: String?, plain: Bool) -> DocumentNode.Value {
            let core = "tag:yaml.org,2002:"
            if let tag, tag.hasPrefix(core) {
                switch tag.dropFirst(core.count) {
                case "str": return .string(text, plain: false)
                case "null": return .null
                case "bool": return Self.bool(text).map { .bool($0) } ?? .string(text, plain: false)
                case "int", "float": return Self.number(text).map { .number(literal: text, value: $0) } ?? .string(text, plain: false)
                default: break
                }
            }
            guard plain else { return .string(text, plain: false) }
            switch text {
            case "", "~", "null", "Null", "NULL": return .null
            default: break
            }
            if let flag = bool(text) { return .bool(flag) }
            if let value = number(text) { return .number(literal: text, value: value) }
            if isDate(text) { return .date(text) }
            return .string(text, plain: true)
        }

        static func bool(_ text: String) -> Bool? {
            switch text {
            case "true", "True", "TRUE": true
            case "false", "False", "FALSE": false
            default: nil
            }
        }

        /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, finite.
        static func number(_ text: String) -> Double? {
            var bytes = Substring(text).utf8[...]
            if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
            let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
            let integerDigits = bytes.prefix(while: isDigit).count
            bytes = bytes.dropFirst(integerDigits)
            var fractionDigits = 0
            if bytes.first == UInt8(ascii: ".") {
                bytes = bytes.dropFirst()
                fractionDigits = bytes.prefix(while: isDigit).count
                bytes = bytes.dropFirst(fractionDigits)
            }
            guard integerDigits + fractionDigits > 0 else { return nil }
            if let e = bytes.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
                bytes = bytes.dropFirst()
                if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
                let exponentDigits = bytes.prefix(while: isDigit).count
                guard exponentDigits > 0 else { return nil }
                bytes = bytes.dropFirst(exponentDigits)
            }
            guard bytes.isEmpty else { return nil }
            let normalised = text.hasPrefix("+") ? String(text.dropFirst()) : text
            guard let value = Double(normalised), value.isFinite else { return nil }
            return value
        }

        /// `YYYY-MM-DD`, or a YAML timestamp starting with one (kept whole, so a time part is reported, not dropped).
        static func isDate(_ text: String) -> Bool {
            let bytes = Array(text.utf8.prefix(10))
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
            let digits = [0, 1, 2, 3, 5, 6, 8, 9]
            guard digits.allSatisfy({ bytes[$0] >= UInt8(ascii: "0") && bytes[$0] <= UInt8(ascii: "9") }) else { return false }
            return text.utf8.count == 10 || text.utf8.dropFirst(10).first.map { $0 == UInt8(ascii: "T") || $0 == UInt8(ascii: "t") || $0 == UInt8(ascii: " ") } == true
        }
    }
}
