import ChainAuditModel
import Testing

@Suite("JSON reader")
struct JSONDocumentReaderTests {
    @Test("Positions are 1-based lines and columns")
    func positions() throws {
        let node = try JSONDocumentReader.read(Array("{\n  \"a\": [1, \"x\"]\n}".utf8))
        guard case .object(let members) = node.value else { Issue.record("not an object"); return }
        #expect(members[0].key == "a")
        #expect(members[0].keyPosition == SourcePosition(line: 2, column: 3))
        #expect(members[0].value.position == SourcePosition(line: 2, column: 8))
    }

    @Test("Deep nesting is an error, not a stack overflow")
    func deepNesting() {
        let text = String(repeating: "[", count: 200_000)
        #expect(throws: DocumentError.self) { try JSONDocumentReader.read(Array(text.utf8)) }
    }

    @Test("Invalid JSON names the place", arguments: ["{\"a\": }", "[1,]", "{\"a\" 1}", "\"\\x\"", "01", "[1] 2"])
    func invalid(text: String) {
        #expect(throws: DocumentError.self) { try JSONDocumentReader.read(Array(text.utf8)) }
    }
}

@Suite("Calendar dates")
struct CalendarDateTests {
    @Test("Day numbers round-trip across leap years and centuries", arguments: ["1970-01-01", "2000-02-29", "1900-03-01", "2026-11-28", "2029-03-31", "2400-12-31", "1969-12-31"])
    func roundTrip(text: String) throws {
        let date = try #require(CalendarDate(text))
        #expect(CalendarDate(dayNumber: date.dayNumber) == date)
    }

    @Test("Impossible dates are refused", arguments: ["2026-02-29", "2026-13-01", "2026-04-31", "26-04-01", "2026-4-1"])
    func impossible(text: String) {
        #expect(CalendarDate(text) == nil)
    }
}
