import ChainAuditModel
import Testing

@Suite("YAML reader")
struct YAMLDocumentReaderTests {
    private func members(_ yaml: String) throws -> [DocumentNode.Member] {
        let node = try YAMLDocumentReader.read(yaml)
        guard case .object(let members) = node.value else { throw DocumentError("not a mapping", at: nil) }
        return members
    }

    @Test("YAML 1.2 core schema: yes/no/on/off are text, 1:30 and 1_000 are text, quoted numbers are text")
    func coreSchema() throws {
        let found = try members("a: yes\nb: off\nc: 1:30\nd: 1_000\ne: \"30\"\nf: 30\ng: true\nh: ~\ni: 2026-04-01\nj: 1.5e3\n")
        func value(_ key: String) -> DocumentNode.Value? { found.first { $0.key == key }?.value.value }
        if case .string("yes", plain: true)? = value("a") {} else { Issue.record("yes: \(String(describing: value("a")))") }
        if case .string("off", plain: true)? = value("b") {} else { Issue.record("off") }
        if case .string("1:30", _)? = value("c") {} else { Issue.record("1:30") }
        if case .string("1_000", _)? = value("d") {} else { Issue.record("1_000") }
        if case .string("30", plain: false)? = value("e") {} else { Issue.record("quoted 30") }
        if case .number(literal: "30", value: 30)? = value("f") {} else { Issue.record("30") }
        if case .bool(true)? = value("g") {} else { Issue.record("true") }
        if case .null? = value("h") {} else { Issue.record("~") }
        if case .date("2026-04-01")? = value("i") {} else { Issue.record("date") }
        if case .number(_, value: 1500)? = value("j") {} else { Issue.record("1.5e3") }
    }

    @Test("Keys and values carry 1-based lines and columns")
    func positions() throws {
        let found = try members("top: 1\nnested:\n  inner: [a, b]\n")
        #expect(found[1].keyPosition == SourcePosition(line: 2, column: 1))
        guard case .object(let inner) = found[1].value.value else { Issue.record("not a mapping"); return }
        #expect(inner[0].keyPosition == SourcePosition(line: 3, column: 3))
        #expect(inner[0].value.position == SourcePosition(line: 3, column: 10))
    }

    @Test("Billion laughs fails fast, also inside extension keys")
    func billionLaughs() {
        var yaml = "x-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for (previous, name) in zip("abcdefgh", "bcdefghi") {
            yaml += "x-\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
        }
        #expect(throws: DocumentError.self) { try YAMLDocumentReader.read(yaml) }
    }

    @Test("Modest alias use is fine")
    func modestAliases() throws {
        let found = try members("x-terms: &t {days: 30}\nx-a: *t\nx-b: *t\n")
        #expect(found.count == 3)
    }

    @Test("Deep nesting is an error, not a stack overflow", arguments: [
        String(repeating: "[", count: 200_000),
        String(repeating: "- ", count: 100_000) + "x",
        String(repeating: "{a: ", count: 100_000),
    ])
    func deepNesting(yaml: String) {
        #expect(throws: DocumentError.self) { try YAMLDocumentReader.read(yaml) }
    }

    @Test("Duplicate keys, several documents and syntax errors are positioned errors", arguments: [
        ("a: 1\na: 2\n", 2), ("a: 1\n---\nb: 2\n", 2), ("a: [1, 2\n", 2), ("a: *nothing\n", 1),
    ])
    func errors(yaml: String, line: Int) {
        do {
            _ = try YAMLDocumentReader.read(yaml)
            Issue.record("no error for \(yaml)")
        } catch {
            #expect(error.position?.line == line)
        }
    }
}

@Suite("Did-you-mean suggestions")
struct SuggestionTests {
    @Test("A typo finds the nearest candidate; a unique prefix finds its candidate; nothing close finds nothing", arguments: [
        ("paymentDay", "paymentDays"), ("late-payment", "late-payment-terms"), ("zzz", nil), ("no", nil),
    ] as [(String, String?)])
    func suggestions(word: String, expected: String?) {
        let candidates = ["paymentDays", "payWhenPaid", "late-payment-terms", "no-outcomes", "no-governance"]
        #expect(Suggestion.nearest(to: word, in: candidates) == expected)
    }
}
