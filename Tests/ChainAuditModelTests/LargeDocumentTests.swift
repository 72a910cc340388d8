import ChainAuditModel
import Testing

/// Reading is linear in the size of the file: long lists and wide mappings are
/// read without copying what has been read so far for every new item (which
/// took minutes on a chain of 100,000 subcontracts before it was fixed).
@Suite("Large documents", .timeLimit(.minutes(1)))
struct LargeDocumentTests {
    static let count = 200_000

    @Test("A JSON list of 200,000 items and a mapping of 200,000 keys are read in linear time")
    func json() throws {
        let list = "[" + Array(repeating: "{\"a\": 1}", count: Self.count).joined(separator: ",") + "]"
        let node = try JSONDocumentReader.read(Array(list.utf8))
        guard case .array(let items) = node.value else { Issue.record("not a list"); return }
        #expect(items.count == Self.count)

        let mapping = "{" + (0..<Self.count).map { "\"k\($0)\": [\($0)]" }.joined(separator: ",\n") + "}"
        let object = try JSONDocumentReader.read(Array(mapping.utf8))
        guard case .object(let members) = object.value else { Issue.record("not a mapping"); return }
        #expect(members.count == Self.count)
        #expect(members.last?.key == "k\(Self.count - 1)")
        #expect(members.last?.keyPosition == SourcePosition(line: Self.count, column: 1))
    }

    @Test("A YAML list of 100,000 items and a mapping of 100,000 keys are read in linear time")
    func yaml() throws {
        let list = String(repeating: "- { a: 1 }\n", count: Self.count / 2)
        let node = try YAMLDocumentReader.read(list)
        guard case .array(let items) = node.value else { Issue.record("not a list"); return }
        #expect(items.count == Self.count / 2)

        let mapping = (0..<Self.count / 2).map { "k\($0): [\($0)]" }.joined(separator: "\n")
        let object = try YAMLDocumentReader.read(mapping)
        guard case .object(let members) = object.value else { Issue.record("not a mapping"); return }
        #expect(members.count == Self.count / 2)
        #expect(members.last?.keyPosition == SourcePosition(line: Self.count / 2, column: 1))
    }
}
