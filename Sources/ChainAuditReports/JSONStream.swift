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
    /// One entry per open container: whether it has a member yet.
    private var hasMembers: [Bool] = []

    init(reservingCapacity capacity: Int) {
        bytes.reserveCapacity(capacity)
    }


    mutating func openObject() {
        bytes.append(UInt8(ascii: "{"))
        hasMembers.append(false)
    }

    mutating func closeObject() { close(UInt8(ascii: "}")) }

    mutating func openArray() {
        bytes.append(UInt8(ascii: "["))
        hasMembers.append(false)
    }

    mutating func closeArray() { close(UInt8(ascii: "]")) }

    /// Starts the next member of the open object. Keys are the report's own
    /// names, plain ASCII that needs no escaping, so they are copied as they are.
    mutating func key(_ key: StaticString) {
        nextMember()
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: "\": ".utf8)
    }

    /// Starts the next element of the open array.
    mutating func element() { nextMember() }

    mutating func string(_ text: String) { JSONWriter.writeString(text, into: &bytes) }

    mutating func int(_ number: Int) { bytes.append(contentsOf: String(number).utf8) }

    /// A number as ``JSONValue/number(_:)`` writes it: integral values without a fraction.
    mutating func number(_ number: Double) { bytes.append(contentsOf: JSONWriter.format(number).utf8) }

    mutating func bool(_ flag: Bool) { bytes.append(contentsOf: (flag ? "true" : "false").utf8) }

    mutating func null() { bytes.append(contentsOf: "null".utf8) }

    mutating func value(_ value: JSONValue) {
        JSONWriter.write(value, into: &bytes, indent: hasMembers.count)
    }

    /// Ends the document with a line break, as a text file should.
    mutating func newlineAtEnd() { bytes.append(UInt8(ascii: "\n")) }

    private mutating func nextMember() {
        if hasMembers[hasMembers.count - 1] {
            bytes.append(UInt8(ascii: ","))
        } else {
            hasMembers[hasMembers.count - 1] = true
        }
        newline()
    }

    private mutating func close(_ bracket: UInt8) {
        // An empty container closes on the same line: `{}`, `[]`.
        if hasMembers.removeLast() { newline() }
        bytes.append(bracket)
    }

    /// A line break and two spaces per open container, copied from one prepared run.
    private mutating func newline() {
        let width = 1 + 2 * hasMembers.count
        if width <= Self.lineBreak.count {
            bytes.append(contentsOf: Self.lineBreak[..<width])
        } else {
            bytes.append(UInt8(ascii: "\n"))
            bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: width - 1))
        }
    }

    private static let lineBreak: [UInt8] = [UInt8(ascii: "\n")] + Array(repeating: UInt8(ascii: " "), count: 32)
}
