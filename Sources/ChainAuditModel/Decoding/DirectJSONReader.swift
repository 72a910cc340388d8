import Foundation

/// The lexical half of ``DirectJSONChainReader``: a cursor over the file's
/// bytes that reads JSON values of the kinds the chain format expects, and
/// throws ``Decline`` at anything else.
///
/// It follows ``JSONDocumentReader`` exactly where the two must agree: the
/// same grammar (RFC 8259), the same line and column counting (both use
/// ``LineColumns``), the same nesting and value limits, and the same
/// conversion of numbers.
///
/// Every read goes through ``peek()``, which checks the bounds and yields 0
/// past the end; 0 is never valid here (the loader refuses files with NUL
/// bytes), so the end of the input always declines.
struct DirectJSONReader {
    private let base: UnsafePointer<UInt8>
    private let count: Int
    private let limits: DocumentLimits
    private(set) var index = 0
    private var lines = LineColumns(start: 0)
    /// Values read so far, as ``JSONDocumentReader`` counts them: scalars and empty containers.
    private(set) var nodeCount = 0
    private var recentTexts = RecentTexts()

    init(_ buffer: UnsafeBufferPointer<UInt8>, limits: DocumentLimits) {
        // The loader refuses empty files before this reader runs.
        precondition(!buffer.isEmpty, "the direct reader needs at least one byte")
        base = buffer.baseAddress!
        count = buffer.count
        self.limits = limits
        if count >= 3, base[0] == 0xEF, base[1] == 0xBB, base[2] == 0xBF {
            index = 3
            lines = LineColumns(start: 3)
        }
    }

    // MARK: Cursor

    @inline(__always)
    func peek() -> UInt8 {
        index < count ? base[index] : 0
    }

    mutating func skipWhitespace() {
        while index < count {
            switch base[index] {
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

    mutating func expect(_ byte: UInt8) throws(Decline) {
        guard peek() == byte else { throw Decline() }
        index += 1
    }

    /// True at the end of the input, after white space.
    mutating func atEnd() -> Bool {
        skipWhitespace()
        return index == count
    }

    /// The line and column of the cursor.
    mutating func position() -> SourcePosition {
        lines.position(of: index, in: UnsafeBufferPointer(start: base, count: count))
    }

    private mutating func countNode() throws(Decline) {
        nodeCount += 1
        if nodeCount > limits.maxNodes { throw Decline() }
    }

    // MARK: Containers

    /// Opens a mapping at nesting `depth` (the top level is 1).
    mutating func openObject(depth: Int) throws(Decline) {
        guard depth <= limits.maxDepth else { throw Decline() }
        try expect(UInt8(ascii: "{"))
    }

    /// Opens a list at nesting `depth`.
    mutating func openArray(depth: Int) throws(Decline) {
        guard depth <= limits.maxDepth else { throw Decline() }
        try expect(UInt8(ascii: "["))
    }

    /// Moves to the next item of the open list: true with the cursor on the item, false after its `]`.
    mutating func nextItem(first: inout Bool) throws(Decline) -> Bool {
        try next(first: &first, closing: UInt8(ascii: "]"))
    }

    /// Moves to the next member of the open mapping: true with the cursor on its key, false after its `}`.
    private mutating func nextMember(first: inout Bool) throws(Decline) -> Bool {
        try next(first: &first, closing: UInt8(ascii: "}"))
    }

    /// Moves past the `,` before the next item of an open container, or its `closing` bracket
    /// (an empty container counts as a value, as in the general reader).
    private mutating func next(first: inout Bool, closing: UInt8) throws(Decline) -> Bool {
        skipWhitespace()
        if first {
            first = false
            if peek() == closing {
                index += 1
                try countNode()
                return false
            }
            return true
        }
        switch peek() {
        case UInt8(ascii: ","):
            index += 1
            skipWhitespace()
            return true
        case closing:
            index += 1
            return false
        default:
            throw Decline()
        }
    }

    /// Moves to the next key of the open mapping that is in `matcher`, with the cursor on its value;
    /// `nil` after the mapping's `}`.
    ///
    /// Extension keys (`x-`, `x_`) and their values are read into `object.extensions` on the way.
    /// A key whose value is `null` is passed over, as the general path treats it as absent. A key
    /// that is not in the schema, a repeated key, and a key written with escapes or with a character
    /// that might combine with the prefix all decline.
    mutating func nextKey<Key>(_ matcher: KeyMatcher<Key>, _ object: inout OpenObject, depth: Int) throws(Decline) -> Key? {
        while try nextMember(first: &object.first) {
            try expect(UInt8(ascii: "\""))
            let start = index
            // Keys usually come in the same order in every object: the expected key, followed by
            // its closing quote, is tried first, before scanning and matching.
            var slot = matcher.expected(at: base + start, available: count - start, hint: object.hint)
            if let slot {
                index += matcher.keys[slot].count
            } else {
                while true {
                    let byte = peek()
                    if byte == UInt8(ascii: "\"") { break }
                    if byte == UInt8(ascii: "\\") || byte < 0x20 { throw Decline() }
                    index += 1
                }
                slot = matcher.match(base + start, index - start, hint: object.hint)
            }
            let length = index - start
            index += 1
            skipWhitespace()
            try expect(UInt8(ascii: ":"))
            skipWhitespace()
            let keyStart = base + start
            if let slot {
                let bit: UInt32 = 1 << UInt32(slot)
                guard object.seen & bit == 0 else { throw Decline() }
                object.seen |= bit
                object.hint = slot + 1
                if try skipNull() { continue }
                return matcher.cases[slot]
            }
            guard length >= 2, keyStart[0] == UInt8(ascii: "x"),
                  keyStart[1] == UInt8(ascii: "-") || keyStart[1] == UInt8(ascii: "_"),
                  length == 2 || keyStart[2] < 0x80 else { throw Decline() }
            let key = String(decoding: UnsafeBufferPointer(start: keyStart, count: length), as: UTF8.self)
            guard !object.extensions.contains(where: { $0.key == key }) else { throw Decline() }
            object.extensions.append(JSONValue.Pair(key, try readAny(depth: depth + 1)))
        }
        return nil
    }

    /// Reads `null` if it is next.
    private mutating func skipNull() throws(Decline) -> Bool {
        guard peek() == UInt8(ascii: "n") else { return false }
        try word("null")
        try countNode()
        return true
    }

    private mutating func word(_ text: StaticString) throws(Decline) {
        let length = text.utf8CodeUnitCount
        guard count - index >= length else { throw Decline() }
        for offset in 0..<length where base[index + offset] != text.utf8Start[offset] { throw Decline() }
        index += length
    }

    // MARK: Scalars

    mutating func readBool() throws(Decline) -> Bool {
        switch peek() {
        case UInt8(ascii: "t"):
            try word("true")
            try countNode()
            return true
        case UInt8(ascii: "f"):
            try word("false")
            try countNode()
            return false
        default:
            throw Decline()
        }
    }

    /// A string. Runs without escapes become text directly from the input's bytes.
    mutating func readText() throws(Decline) -> String {
        try countNode()
        return try readString()
    }

    /// A string, not counted as a value (keys are strings too).
    private mutating func readString() throws(Decline) -> String {
        try expect(UInt8(ascii: "\""))
        let start = index
        while true {
            let byte = peek()
            if byte == UInt8(ascii: "\"") {
                let text = recentTexts.text(base, start, index - start)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { return try readEscapedText(from: start) }
            if byte < 0x20 { throw Decline() }
            index += 1
        }
    }

    /// The rest of a string that holds escapes, from its first byte at `start`.
    private mutating func readEscapedText(from start: Int) throws(Decline) -> String {
        var utf8 = Array(UnsafeBufferPointer(start: base + start, count: index - start))
        while true {
            let byte = peek()
            if byte == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: utf8, as: UTF8.self)
            }
            if byte < 0x20 { throw Decline() }
            index += 1
            guard byte == UInt8(ascii: "\\") else {
                utf8.append(byte)
                continue
            }
            let escape = peek()
            index += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
            case UInt8(ascii: "b"): utf8.append(0x08)
            case UInt8(ascii: "f"): utf8.append(0x0C)
            case UInt8(ascii: "n"): utf8.append(0x0A)
            case UInt8(ascii: "r"): utf8.append(0x0D)
            case UInt8(ascii: "t"): utf8.append(0x09)
            case UInt8(ascii: "u"):
                var code = try hex4()
                if (0xD800...0xDBFF).contains(code) {
                    try expect(UInt8(ascii: "\\"))
                    try expect(UInt8(ascii: "u"))
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw Decline() }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(code) {
                    throw Decline()
                }
                guard let scalar = Unicode.Scalar(code) else { throw Decline() }
                utf8.append(contentsOf: UTF8.encode(scalar)!)
            default:
                throw Decline()
            }
        }
    }

    private mutating func hex4() throws(Decline) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = peek()
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw Decline()
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    /// A number, converted exactly as `Double(String)` converts it (as the general reader does).
    mutating func readNumber() throws(Decline) -> Double {
        let begin = index
        let negative = peek() == UInt8(ascii: "-")
        if negative { index += 1 }
        // Every digit, integer part and fraction, while they fit (19 digits always fit in 64 bits).
        var mantissa: UInt64 = 0
        var digitCount = 0
        guard isDigit(peek()) else { throw Decline() }
        if peek() == UInt8(ascii: "0") {
            index += 1
            digitCount = 1
            if isDigit(peek()) { throw Decline() }
        } else {
            while isDigit(peek()) {
                if digitCount < 19 { mantissa = mantissa * 10 + UInt64(peek() - UInt8(ascii: "0")) }
                digitCount += 1
                index += 1
            }
        }
        var fractionDigits = 0
        if peek() == UInt8(ascii: ".") {
            index += 1
            guard isDigit(peek()) else { throw Decline() }
            while isDigit(peek()) {
                if digitCount < 19 { mantissa = mantissa * 10 + UInt64(peek() - UInt8(ascii: "0")) }
                digitCount += 1
                fractionDigits += 1
                index += 1
            }
        }
        var exponent = 0
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            index += 1
            var negativeExponent = false
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") {
                negativeExponent = peek() == UInt8(ascii: "-")
                index += 1
            }
            guard isDigit(peek()) else { throw Decline() }
            while isDigit(peek()) {
                if exponent < 100_000 { exponent = exponent * 10 + Int(peek() - UInt8(ascii: "0")) }
                index += 1
            }
            if negativeExponent { exponent = -exponent }
        }
        try countNode()
        // Clinger's fast path: when the digits and the power of ten are both exact doubles, one
        // multiplication or division gives the correctly rounded value, which is what strtod gives.
        let scale = exponent - fractionDigits
        if digitCount <= 19, mantissa <= 1 << 53, (-22...22).contains(scale) {
            let magnitude = Double(mantissa)
            let value = scale >= 0 ? magnitude * Self.powersOfTen[scale] : magnitude / Self.powersOfTen[-scale]
            return negative ? -value : value
        }
        let literal = String(decoding: UnsafeBufferPointer(start: base + begin, count: index - begin), as: UTF8.self)
        guard let value = Double(literal), value.isFinite else { throw Decline() }
        return value
    }

    private static let powersOfTen: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    @inline(__always)
    private func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }

    // MARK: Any value

    /// Any JSON value, as plain data (extension values), its containers at nesting `depth`.
    /// Recursion is bounded by ``DocumentLimits/maxDepth``, as in the general reader.
    mutating func readAny(depth: Int) throws(Decline) -> JSONValue {
        switch peek() {
        case UInt8(ascii: "{"):
            try openObject(depth: depth)
            var members: [JSONValue.Pair] = []
            var keys = Set<String>()
            var first = true
            while try nextMember(first: &first) {
                let key = try readString()
                guard keys.insert(key).inserted else { throw Decline() }
                skipWhitespace()
                try expect(UInt8(ascii: ":"))
                skipWhitespace()
                members.append(JSONValue.Pair(key, try readAny(depth: depth + 1)))
            }
            return .object(members)
        case UInt8(ascii: "["):
            try openArray(depth: depth)
            var items: [JSONValue] = []
            var first = true
            while try nextItem(first: &first) {
                items.append(try readAny(depth: depth + 1))
            }
            return .array(items)
        case UInt8(ascii: "\""):
            return .string(try readText())
        case UInt8(ascii: "t"), UInt8(ascii: "f"):
            return .bool(try readBool())
        case UInt8(ascii: "n"):
            guard try skipNull() else { throw Decline() }
            return .null
        default:
            return .number(try readNumber())
        }
    }
}

/// The state of a mapping being read by ``DirectJSONReader/nextKey(_:_:depth:)``.
struct OpenObject {
    var first = true
    /// The schema keys read so far, one bit per key.
    var seen: UInt32 = 0
    /// The schema key expected next.
    var hint = 0
    /// `x-` and `x_` keys, in file order.
    var extensions: [JSONValue.Pair] = []
}

/// Text values seen recently, so that a text repeated across the file (a district, a role, a
/// standard clause) becomes one shared `String` instead of a new allocation each time: less
/// work and less memory on large files.
///
/// A direct-mapped cache: each text has one slot, chosen from its length and its first and last
/// eight bytes; a slot holding another text is simply overwritten. Texts of 15 bytes or fewer
/// are stored inside the `String` itself and need no cache; a text is compared byte for byte
/// with the input where the cached one was read, so a hit is always the same text.
struct RecentTexts {
    private static let slotCount = 4096
    private static let shortest = 16
    private static let longest = 256
    private var texts = [String](repeating: "", count: RecentTexts.slotCount)
    private var starts = [Int](repeating: 0, count: RecentTexts.slotCount)
    private var lengths = [Int](repeating: 0, count: RecentTexts.slotCount)

    /// The text of the `length` bytes at `start` (valid UTF-8, no escapes).
    mutating func text(_ base: UnsafePointer<UInt8>, _ start: Int, _ length: Int) -> String {
        let bytes = UnsafeBufferPointer(start: base + start, count: length)
        guard length >= Self.shortest, length <= Self.longest else { return String(decoding: bytes, as: UTF8.self) }
        let raw = UnsafeRawPointer(base + start)
        let first = raw.loadUnaligned(as: UInt64.self)
        let last = raw.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self)
        var hash = (first &* 0x9E37_79B9_7F4A_7C15) ^ (last &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(length)
        hash ^= hash >> 29
        let slot = Int(truncatingIfNeeded: hash) & (Self.slotCount - 1)
        if lengths[slot] == length, memcmp(base + starts[slot], base + start, length) == 0 {
            return texts[slot]
        }
        let text = String(decoding: bytes, as: UTF8.self)
        texts[slot] = text
        starts[slot] = start
        lengths[slot] = length
        return text
    }
}

