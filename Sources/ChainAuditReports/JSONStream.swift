import ChainAuditModel

/// Writes JSON text container by container, in exactly ``JSONWriter``'s
/// layout, without first building the whole document as a ``JSONValue``.
///
/// The JSON report of a large chain holds hundreds of thousands of objects;
/// building each as a `JSONValue` (an array of pairs per object) and then
/// walking the tree costs more than writing the text. Values that are already
/// `JSONValue`s (a finding's evidence) are written in place by ``JSONWriter``.
///
/// Every value goes after ``key(_:)`` in an object or ``element()`` in an
/// array (or is the one top-level value); containers close in the order they
/// were opened.
struct JSONStream {
    private(set) var bytes: [UInt8] = []
    /// How many containers are open.
    private var depth = 0
    /// Whether the innermost open container has a member yet. An outer one
    /// always has: the container inside it is its member.
    private var hasMembers = false

    init(reservingCapacity capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func openObject() { open(UInt8(ascii: "{")) }

    mutating func closeObject() { close(UInt8(ascii: "}")) }

    mutating func openArray() { open(UInt8(ascii: "[")) }

    mutating func closeArray() { close(UInt8(ascii: "]")) }

    /// Starts the next member of the open object. Keys are the report's own
    /// names, plain ASCII that needs no escaping, so they are copied as they are.
    mutating func key(_ key: StaticString) {
        nextMember()
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
    }

    /// Starts the next element of the open array.
    mutating func element() { nextMember() }

    mutating func string(_ text: String) { JSONWriter.writeString(text, into: &bytes) }

    /// An integer in decimal, as `String(number)` writes it, without making the
    /// string: the digits are formed right to left on the stack and appended at once.
    mutating func int(_ number: Int) {
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var magnitude = number.magnitude
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// A number as ``JSONWriter`` writes it: integral values without a fraction, the
    /// shortest exact form otherwise, `null` for NaN and infinity.
    mutating func number(_ number: Double) {
        if number.isFinite, number.rounded() == number, abs(number) < 9.0e15 {
            int(Int(number))
        } else {
            var text = JSONWriter.format(number)
            text.withUTF8 { bytes.append(contentsOf: $0) }
        }
    }

    mutating func bool(_ flag: Bool) {
        let word: StaticString = flag ? "true" : "false"
        word.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func null() {
        let word: StaticString = "null"
        word.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func value(_ value: JSONValue) {
        JSONWriter.write(value, into: &bytes, indent: depth)
    }

    /// Ends the document with a line break, as a text file should.
    mutating func newlineAtEnd() { bytes.append(UInt8(ascii: "\n")) }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        depth += 1
        hasMembers = false
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        // An empty container closes on the same line: `{}`, `[]`.
        if hasMembers { newline() }
        bytes.append(bracket)
        hasMembers = true
    }

    private mutating func nextMember() {
        if hasMembers { bytes.append(UInt8(ascii: ",")) }
        hasMembers = true
        newline()
    }

    private mutating func newline() {
        JSONWriter.lineBreak(indent: depth, into: &bytes)
    }
}
