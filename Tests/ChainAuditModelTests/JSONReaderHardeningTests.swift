import ChainAuditModel
import Testing

/// The JSON reader on its own (without the loader's up-front checks) rejects
/// bytes that are not UTF-8 wherever they are, and repeated keys.
@Suite("JSON reader: hostile bytes")
struct JSONReaderHardeningTests {
    @Test("Invalid UTF-8 inside a string is an error", arguments: [[0xE9], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] as [[UInt8]])
    func invalidInString(sequence: [UInt8]) {
        let bytes = Array("{\"name\": \"ab".utf8) + sequence + Array("cd\"}".utf8)
        #expect(throws: DocumentError("the file is not UTF-8 text: byte 0x\(String(sequence[0], radix: 16, uppercase: true)) is not valid UTF-8 here (save the file as UTF-8)", at: SourcePosition(line: 1, column: 13))) {
            try JSONDocumentReader.read(bytes)
        }
    }

    @Test("Invalid UTF-8 in a key or outside strings is an error")
    func invalidElsewhere() {
        #expect(throws: DocumentError.self) { try JSONDocumentReader.read(Array("{\"k".utf8) + [0xFF] + Array("\": 1}".utf8)) }
        #expect(throws: DocumentError("expected a JSON value, found byte 0xE9", at: SourcePosition(line: 1, column: 7))) {
            try JSONDocumentReader.read(Array("{\"a\": ".utf8) + [0xE9])
        }
        #expect(throws: DocumentError.self) { try JSONDocumentReader.read([0xFF, 0xFE] + Array("{}".utf8)) }
    }

    @Test("Valid multi-byte text reads back exactly")
    func validUnicode() throws {
        let node = try JSONDocumentReader.read(Array("{\"n\": \"Ünï 🦊 \\ud83d\\ude00 e\\u0301\"}".utf8))
        guard case .object(let members) = node.value, case .string(let text, _) = members[0].value.value else {
            Issue.record("not an object holding text")
            return
        }
        #expect(text == "Ünï 🦊 😀 e\u{301}")
    }

    @Test("A key may appear once per object, at any depth")
    func duplicateKeys() {
        #expect(throws: DocumentError("the key `a` appears more than once in the same object", at: SourcePosition(line: 1, column: 16))) {
            try JSONDocumentReader.read(Array("{\"x\": {\"a\": 1, \"a\": 2}}".utf8))
        }
        #expect(throws: Never.self) { try JSONDocumentReader.read(Array("[{\"a\": 1}, {\"a\": 2}]".utf8)) }
    }
}
