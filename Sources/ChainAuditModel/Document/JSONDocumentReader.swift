/// Reads strict JSON (RFC 8259) into a ``DocumentNode`` tree with the line and
/// column of every value and key.
///
/// Written by hand rather than with Foundation's `JSONSerialization`, which
/// gives no positions: every input error must name its line and column. The
/// parser is iterative (an explicit stack, never recursion), so nesting depth
/// is bounded by ``DocumentLimits/maxDepth`` and not by the thread's stack.
///
/// Cost: one pass over the bytes; columns are counted incrementally, so a
/// minified file on one line is still read in linear time.
public struct JSONDocumentReader {
    private let bytes: [UInt8]
    private let limits: DocumentLimits
    private var index = 0
    private var lines = LineColumns(start: 0)
    private var nodeCount = 0
    private var keyTable = KeyTable()

    public init(bytes: [UInt8], limits: DocumentLimits = .default) {
        self.bytes = bytes
        self.limits = limits
    }

    /// Parses the whole input as one JSON value.
    /// - Throws: ``DocumentError`` naming the first place the text is not JSON.
    public static func read(_ bytes: [UInt8], limits: DocumentLimits = .default) throws(DocumentError) -> DocumentNode {
        var reader = JSONDocumentReader(bytes: bytes, limits: limits)
        return try reader.readDocument()
    }

    /// An open list or object. Frames are changed in place on the stack (never
    /// popped, changed and pushed back), so each array keeps a single owner and
    /// appending to it never copies it: reading stays linear in the file's size.
    private struct Frame {
        var start: SourcePosition
        var isObject: Bool
        var items: [DocumentNode] = []
        var members: [DocumentNode.Member] = []
        var key = ""
        var keyPosition: SourcePosition
        /// The keys read so far, so that a repeated key is refused (as in YAML) rather than hiding the
        /// first: interned keys by their number (a short linear scan, no hashing), others in a set.
        var internedKeys: [Int32] = []
        var otherKeys: Set<String> = []

        /// Records `key`; false when the object already has it.
        mutating func insertKey(_ key: String, id: Int32) -> Bool {
            if id >= 0 {
                if internedKeys.contains(id) { return false }
                internedKeys.append(id)
                return true
            }
            return otherKeys.insert(key).inserted
        }

        static func array(start: SourcePosition) -> Frame {
            Frame(start: start, isObject: false, keyPosition: start)
        }

        static func object(start: SourcePosition, key: String, keyPosition: SourcePosition) -> Frame {
            Frame(start: start, isObject: true, key: key, keyPosition: keyPosition)
        }
    }

    mutating func readDocument() throws(DocumentError) -> DocumentNode {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            index = 3
            lines = LineColumns(start: 3)
        }
        skipWhitespace()
        guard index < bytes.count else { throw DocumentError("the file holds no JSON value", at: position()) }
        var stack: [Frame] = []
        var result: DocumentNode?

        parsing: while true {
            skipWhitespace()
            // Read one value (or open a container).
            var completed: DocumentNode
            guard index < bytes.count else { throw DocumentError("unexpected end of file", at: position()) }
            let start = position()
            switch bytes[index] {
            case UInt8(ascii: "{"):
                try openContainer(depth: stack.count + 1, at: start)
                index += 1
                skipWhitespace()
                if peek() == UInt8(ascii: "}") {
                    index += 1
                    completed = DocumentNode(.object([]), at: start)
                } else {
                    let (key, keyID, keyPosition) = try readKey()
                    var frame = Frame.object(start: start, key: key, keyPosition: keyPosition)
                    _ = frame.insertKey(key, id: keyID)
                    stack.append(frame)
                    continue parsing
                }
            case UInt8(ascii: "["):
                try openContainer(depth: stack.count + 1, at: start)
                index += 1
                skipWhitespace()
                if peek() == UInt8(ascii: "]") {
                    index += 1
                    completed = DocumentNode(.array([]), at: start)
                } else {
                    stack.append(.array(start: start))
                    continue parsing
                }
            default:
                completed = try readScalar()
            }
            try countNode(at: start)

            // Hand the completed value to its container, closing containers as they end.
            while true {
                guard !stack.isEmpty else {
                    result = completed
                    break parsing
                }
                skipWhitespace()
                let top = stack.count - 1
                if !stack[top].isObject {
                    stack[top].items.append(completed)
                    switch peek() {
                    case UInt8(ascii: ","):
                        index += 1
                        continue parsing
                    case UInt8(ascii: "]"):
                        index += 1
                        let frame = stack.removeLast()
                        completed = DocumentNode(.array(frame.items), at: frame.start)
                    default:
                        throw unexpected("',' or ']' after a list item")
                    }
                } else {
                    stack[top].members.append(DocumentNode.Member(key: stack[top].key, keyPosition: stack[top].keyPosition, value: completed))
                    switch peek() {
                    case UInt8(ascii: ","):
                        index += 1
                        skipWhitespace()
                        let (nextKey, nextID, nextPosition) = try readKey()
                        guard stack[top].insertKey(nextKey, id: nextID) else {
                            let shown = nextKey.unicodeScalars.count > 60 ? String(nextKey.unicodeScalars.prefix(60)) + "…" : nextKey
                            throw DocumentError("the key `\(shown)` appears more than once in the same object", at: nextPosition)
                        }
                        stack[top].key = nextKey
                        stack[top].keyPosition = nextPosition
                        continue parsing
                    case UInt8(ascii: "}"):
                        index += 1
                        let frame = stack.removeLast()
                        completed = DocumentNode(.object(frame.members), at: frame.start)
                    default:
                        throw unexpected("',' or '}' after a value in an object")
                    }
                }
            }
        }
        skipWhitespace()
        guard index == bytes.count else { throw unexpected("the end of the file after the JSON value") }
        return result!
    }

    private mutating func openContainer(depth: Int, at start: SourcePosition) throws(DocumentError) {
        if depth > limits.maxDepth {
            throw DocumentError("nesting deeper than \(limits.maxDepth) levels", at: start)
        }
    }

    private mutating func countNode(at start: SourcePosition) throws(DocumentError) {
        nodeCount += 1
        if nodeCount > limits.maxNodes {
            throw DocumentError("more than \(limits.maxNodes) values in one file", at: start)
        }
    }

    /// Reads `"key"` and the `:` after it.
    /// Reads `"key"` and the `:` after it. A short plain ASCII key (every key of the chain format)
    /// is interned: the same few dozen keys recur hundreds of thousands of times in a large file,
    /// and are then neither validated nor allocated again. Returns the key's intern number, or -1.
    private mutating func readKey() throws(DocumentError) -> (String, Int32, SourcePosition) {
        let keyPosition = position()
        guard peek() == UInt8(ascii: "\"") else { throw unexpected("a quoted key") }
        var key: String?
        var id: Int32 = -1
        let start = index + 1
        var end = start
        while end < bytes.count, end - start <= KeyTable.maxLength {
            let byte = bytes[end]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 { break }
            end += 1
        }
        if end < bytes.count, bytes[end] == UInt8(ascii: "\""), end - start <= KeyTable.maxLength {
            (key, id) = keyTable.intern(bytes, start..<end)
            index = end + 1
        }
        let text: String
        if let key { text = key } else { text = try readString() }
        skipWhitespace()
        guard peek() == UInt8(ascii: ":") else { throw unexpected("':' after a key") }
        index += 1
        return (text, id, keyPosition)
    }

    private mutating func readScalar() throws(DocumentError) -> DocumentNode {
        let start = position()
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "\""):
            return DocumentNode(.string(try readString(), plain: false), at: start)
        case UInt8(ascii: "t"):
            try expectWord("true")
            return DocumentNode(.bool(true), at: start)
        case UInt8(ascii: "f"):
            try expectWord("false")
            return DocumentNode(.bool(false), at: start)
        case UInt8(ascii: "n"):
            try expectWord("null")
            return DocumentNode(.null, at: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return try readNumber(start: start)
        default:
            throw unexpected("a JSON value")
        }
    }

    private mutating func expectWord(_ word: String) throws(DocumentError) {
        let expected = Array(word.utf8)
        let count = expected.count
        guard index + count <= bytes.count, bytes[index..<index + count].elementsEqual(expected) else {
            throw unexpected("a JSON value")
        }
        index += count
    }

    private mutating func readNumber(start: SourcePosition) throws(DocumentError) -> DocumentNode {
        let begin = index
        if peek() == UInt8(ascii: "-") { index += 1 }
        guard let first = peek(), isDigit(first) else { throw unexpected("a digit") }
        if first == UInt8(ascii: "0") {
            index += 1
            if let next = peek(), isDigit(next) {
                throw DocumentError("a number may not start with 0 (write it without leading zeros)", at: position())
            }
        } else {
            while let digit = peek(), isDigit(digit) { index += 1 }
        }
        if peek() == UInt8(ascii: ".") {
            index += 1
            guard let digit = peek(), isDigit(digit) else { throw unexpected("a digit after '.'") }
            while let digit = peek(), isDigit(digit) { index += 1 }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            index += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index += 1 }
            guard let digit = peek(), isDigit(digit) else { throw unexpected("a digit in the exponent") }
            while let digit = peek(), isDigit(digit) { index += 1 }
        }
        let literal = String(decoding: bytes[begin..<index], as: UTF8.self)
        guard let value = Double(literal), value.isFinite else {
            throw DocumentError("the number \(literal) is too large", at: start)
        }
        return DocumentNode(.number(literal: literal, value: value), at: start)
    }

    private mutating func readString() throws(DocumentError) -> String {
        index += 1  // opening quote
        // Unescaped runs are validated and appended whole, which for the usual string
        // without escapes means one validation and no per-character work.
        var scalars = ""
        var runStart = index
        func flushRun(_ reader: inout JSONDocumentReader, upTo end: Int, into scalars: inout String) throws(DocumentError) {
            guard end > runStart else { return }
            let run = reader.bytes[runStart..<end]
            guard let text = String(validating: run, as: UTF8.self) else {
                let offset = UTF8Position.firstInvalidOffset(in: run) ?? runStart
                throw DocumentError(UTF8Position.message(for: reader.bytes[offset]), at: reader.position(at: offset))
            }
            if scalars.isEmpty { scalars = text } else { scalars += text }
        }
        while true {
            guard index < bytes.count else {
                throw DocumentError("unterminated string", at: position())
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                try flushRun(&self, upTo: index, into: &scalars)
                index += 1
                return scalars
            }
            if byte < 0x20 {
                throw DocumentError("a control character inside a string (write it as an escape such as \\n)", at: position())
            }
            if byte == UInt8(ascii: "\\") {
                try flushRun(&self, upTo: index, into: &scalars)
                let escapePosition = position()
                index += 1
                guard index < bytes.count else { throw DocumentError("unterminated string", at: position()) }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""): scalars.append("\"")
                case UInt8(ascii: "\\"): scalars.append("\\")
                case UInt8(ascii: "/"): scalars.append("/")
                case UInt8(ascii: "b"): scalars.append("\u{08}")
                case UInt8(ascii: "f"): scalars.append("\u{0C}")
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "u"):
                    var code = try readHex4(escapePosition)
                    if (0xD800...0xDBFF).contains(code) {
                        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                            throw DocumentError("a lone surrogate in a \\u escape", at: escapePosition)
                        }
                        index += 2
                        let low = try readHex4(escapePosition)
                        guard (0xDC00...0xDFFF).contains(low) else {
                            throw DocumentError("a lone surrogate in a \\u escape", at: escapePosition)
                        }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(code) {
                        throw DocumentError("a lone surrogate in a \\u escape", at: escapePosition)
                    }
                    scalars.unicodeScalars.append(Unicode.Scalar(code)!)
                default:
                    throw DocumentError("an unknown escape sequence in a string", at: escapePosition)
                }
                runStart = index
                continue
            }
            index += 1
        }
    }

    private mutating func readHex4(_ at: SourcePosition) throws(DocumentError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw DocumentError("a \\u escape needs four hex digits", at: at) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw DocumentError("a \\u escape needs four hex digits", at: at)
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    private func peek() -> UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                index += 1
            case UInt8(ascii: "\n"):
                index += 1
                lines.newLine(at: index)
            default:
                return
            }
        }
    }

    private mutating func position() -> SourcePosition {
        position(at: index)
    }

    /// The position of `offset`, which must be on the current line.
    private mutating func position(at offset: Int) -> SourcePosition {
        lines.position(of: offset, in: bytes)
    }

    private mutating func unexpected(_ expected: String) -> DocumentError {
        let found: String
        if index >= bytes.count {
            found = "the end of the file"
        } else {
            let byte = bytes[index]
            found = byte >= 0x21 && byte < 0x7F ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x" + String(byte, radix: 16, uppercase: true)
        }
        return DocumentError("expected \(expected), found \(found)", at: position())
    }
}

/// Short ASCII keys seen in one document, each kept once: open addressing on an
/// FNV-1a hash of the bytes, compared byte for byte, so a repeated key costs a
/// hash and a comparison instead of validation and an allocation.
private struct KeyTable {
    static let maxLength = 40
    private static let capacity = 1024
    private var slots = [Int32](repeating: -1, count: KeyTable.capacity)
    private var strings: [String] = []
    private var starts: [Int] = []
    private var lengths: [Int] = []
    private var storage: [UInt8] = []

    /// The key for `bytes[range]` (plain ASCII, no escapes) and its number; a new key is added
    /// while the table has room, else returned un-numbered (-1).
    mutating func intern(_ bytes: [UInt8], _ range: Range<Int>) -> (String, Int32) {
        var hash: UInt32 = 2_166_136_261
        for offset in range {
            hash = (hash ^ UInt32(bytes[offset])) &* 16_777_619
        }
        var slot = Int(hash) & (Self.capacity - 1)
        for _ in 0..<Self.capacity {
            let id = slots[slot]
            if id < 0 { break }
            let entry = Int(id)
            if lengths[entry] == range.count, storage[starts[entry]..<starts[entry] + lengths[entry]].elementsEqual(bytes[range]) {
                return (strings[entry], id)
            }
            slot = (slot + 1) & (Self.capacity - 1)
        }
        let text = String(decoding: bytes[range], as: UTF8.self)
        guard strings.count < Self.capacity / 2, slots[slot] < 0 else { return (text, -1) }
        let id = Int32(strings.count)
        slots[slot] = id
        strings.append(text)
        starts.append(storage.count)
        lengths.append(range.count)
        storage.append(contentsOf: bytes[range])
        return (text, id)
    }
}
