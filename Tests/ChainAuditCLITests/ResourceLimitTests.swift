import Foundation
import Testing

/// Hostile and unusual input files: every one is either read correctly or refused
/// with a clear, positioned input error (exit status 2) — never a crash, a hang or
/// an exhausted machine. Each case runs the real executable.
@Suite("Resource limits and hostile input")
struct ResourceLimitTests {
    /// A valid chain, as YAML lines, to build variants from; it breaks no error-severity rule, so a
    /// correctly read file exits 0.
    static let validYAML = """
        chainaudit: 1
        contract: { id: C1, title: Title, commissioner: kcc, lead: lead, value: 1000, paymentDays: 30, exitStrategy: Clause 20, issueResolution: Clause 18 }
        organisations:
          - { id: kcc, name: Kent County Council, sector: public, size: large }
          - { id: lead, name: Lead Ltd, sector: private, size: large }

        """

    static let validJSON = """
        {"chainaudit": 1,
         "contract": {"id": "C1", "title": "Title", "commissioner": "kcc", "lead": "lead", "value": 1000, "paymentDays": 30, "exitStrategy": "Clause 20", "issueResolution": "Clause 18"},
         "organisations": [
           {"id": "kcc", "name": "Kent County Council", "sector": "public", "size": "large"},
           {"id": "lead", "name": "Lead Ltd", "sector": "private", "size": "large"}]}

        """

    private func check(_ bytes: [UInt8], named name: String, _ extra: [String] = []) throws -> (CLI.Result, String) {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return (try CLI.run(["check", file.path, "--format", "json"] + extra), file.path)
    }

    private func check(_ text: String, named name: String, _ extra: [String] = []) throws -> (CLI.Result, String) {
        try check(Array(text.utf8), named: name, extra)
    }

    /// Exit status 2, nothing on standard output, and `expected` in the message.
    private func expectInputError(_ result: CLI.Result, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == 2, "status \(result.status), stderr: \(result.stderr.prefix(500))", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
        #expect(result.stderr.contains(expected), "stderr: \(result.stderr.prefix(500))", sourceLocation: sourceLocation)
    }

    // MARK: Expansion and nesting

    @Test("Billion laughs in YAML is refused at once", arguments: ["top", "contract", "organisation"])
    func billionLaughs(place: String) throws {
        var laughs = "&a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"
        var lines: [String] = []
        for (previous, name) in zip("abcdefgh", "bcdefghi") {
            lines.append("x-\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]")
        }
        laughs = "x-a: " + laughs
        let block = ([laughs] + lines)
        let yaml: String
        switch place {
        case "top":
            yaml = Self.validYAML + block.joined(separator: "\n") + "\n"
        case "contract":
            yaml = """
                chainaudit: 1
                contract:
                  id: C1
                  title: Title
                  commissioner: kcc
                  lead: lead
                  value: 1000
                \(block.map { "  " + $0 }.joined(separator: "\n"))
                organisations:
                  - { id: kcc, name: Kent County Council, sector: public, size: large }
                  - { id: lead, name: Lead Ltd, sector: private, size: large }

                """
        default:
            yaml = """
                chainaudit: 1
                contract: { id: C1, title: Title, commissioner: kcc, lead: lead, value: 1000 }
                organisations:
                  - id: kcc
                    name: Kent County Council
                    sector: public
                    size: large
                \(block.map { "    " + $0 }.joined(separator: "\n"))
                  - { id: lead, name: Lead Ltd, sector: private, size: large }

                """
        }
        let (result, path) = try check(yaml, named: "laughs.yaml")
        expectInputError(result, "aliases used to multiply content")
        #expect(result.stderr.hasPrefix(path + ":"))
        #expect(result.stderr.split(separator: "\n").first?.split(separator: ":").count ?? 0 >= 4, "positioned: \(result.stderr)")
    }

    @Test("One long anchored text repeated through many aliases is refused too")
    func longTextAliases() throws {
        let text = String(repeating: "laugh ", count: 20_000)
        let yaml = Self.validYAML + "x-text: &t \"\(text)\"\nx-many: [" + Array(repeating: "*t", count: 2_000).joined(separator: ", ") + "]\n"
        let (result, path) = try check(yaml, named: "text-laughs.yaml")
        expectInputError(result, "\(path):7:")
        #expect(result.stderr.contains("aliases used to multiply content"))
    }

    @Test("A few aliases within the budget are fine")
    func modestAliases() throws {
        let yaml = Self.validYAML + "x-shared: &s {a: 1}\nx-again: *s\n"
        let (result, _) = try check(yaml, named: "aliases.yaml")
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test("200,000 open brackets are a nesting error, not a stack overflow", arguments: [
        ("deep.yaml", "["), ("deep.json", "["), ("deep-map.yaml", "{a: "), ("deep-map.json", "{\"a\": "), ("deep-block.yaml", "- "),
    ])
    func deepNesting(name: String, opener: String) throws {
        let text = String(repeating: opener, count: 200_000)
        let (result, path) = try check(text, named: name)
        expectInputError(result, "nesting deeper than 256 levels")
        #expect(result.stderr.hasPrefix("\(path):1:"))
    }

    @Test("Nesting inside an extension key counts too")
    func deepExtension() throws {
        let yaml = Self.validYAML + "x-deep: " + String(repeating: "[", count: 300) + String(repeating: "]", count: 300) + "\n"
        let (result, path) = try check(yaml, named: "deep-extension.yaml")
        expectInputError(result, "\(path):6:")
        #expect(result.stderr.contains("nesting deeper than 256 levels"))
    }

    // MARK: Size

    @Test("A file over --max-input-size is refused")
    func overSizeLimit() throws {
        let (result, path) = try check(Self.validYAML + "# " + String(repeating: "padding ", count: 200) + "\n", named: "big.yaml", ["--max-input-size", "1000"])
        expectInputError(result, "\(path): error: the file is larger than the limit of 1000 bytes (raise it with --max-input-size)")
        let (fits, _) = try check(Self.validYAML, named: "small.yaml", ["--max-input-size", "1000"])
        #expect(fits.status == 0, "\(fits.stderr)")
    }

    @Test("A file over the default 256 MiB limit is refused from its size, without reading it")
    func overDefaultLimit() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("huge.yaml")
        #expect(FileManager.default.createFile(atPath: file.path, contents: Data(Self.validYAML.utf8)))
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 256 * 1024 * 1024 + 1)  // sparse: no disk or memory used
        try handle.close()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["check", file.path])
        expectInputError(result, "the file is larger than the limit of 268435456 bytes")
    }

    @Test("A huge --max-input-size is accepted, not an arithmetic overflow")
    func hugeLimit() throws {
        let (result, _) = try check(Self.validYAML, named: "ok.yaml", ["--max-input-size", String(Int.max)])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test("A chain piped in (not a regular file) is read to its end, and refused over the limit")
    func pipedInput() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Over 64 KiB, so that the pipe is read in more than one chunk.
        let padded = Self.validJSON.replacingOccurrences(of: "{", with: "{\"x-pad\": \"\(String(repeating: "p", count: 70_000))\", ", options: .anchored)
        let file = folder.appendingPathComponent("chain.json")
        try Data(padded.utf8).write(to: file)
        func piped(_ options: String) throws -> CLI.Result {
            try CLI.run(["-c", "cat '\(file.path)' | '\(CLI.executable.path)' check /dev/stdin --format json \(options)"], program: URL(fileURLWithPath: "/bin/sh"))
        }
        let direct = try CLI.run(["check", file.path, "--format", "json"])
        let result = try piped("")
        #expect(result.status == direct.status, "\(result.stderr)")
        #expect(result.stdout.replacingOccurrences(of: "/dev/stdin", with: file.path) == direct.stdout)
        let refused = try piped("--max-input-size 50000")
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("/dev/stdin: error: the file is larger than the limit of 50000 bytes"))
        #expect(refused.stdout.isEmpty)
    }

    // MARK: Content

    @Test("Empty and blank files are refused", arguments: [("empty.yaml", ""), ("empty.json", ""), ("blank.yaml", " \n\r\n\t\n"), ("blank.json", "\n\n")])
    func emptyFiles(name: String, text: String) throws {
        let (result, path) = try check(text, named: name)
        expectInputError(result, "\(path): error: the file is empty")
    }

    @Test("A NUL byte is refused as binary data, positioned", arguments: ["nul.yaml", "nul.json"])
    func nulByte(name: String) throws {
        var bytes = Array((name.hasSuffix("json") ? Self.validJSON : Self.validYAML).utf8)
        let secondLine = bytes.firstIndex(of: 0x0A)! + 1
        bytes.insert(0, at: secondLine + 4)
        let (result, path) = try check(bytes, named: name)
        expectInputError(result, "\(path):2:5: error: the file holds binary data (a NUL byte), not YAML or JSON text")
    }

    @Test("Binary content is refused", arguments: ["noise.yaml", "noise.json", "noise"])
    func binary(name: String) throws {
        var generator = SystemRandomNumberGenerator()
        var bytes = (0..<4096).map { _ in UInt8.random(in: 0x80...0xFF, using: &generator) }
        bytes[0] = 0xFF
        let (result, path) = try check(bytes, named: name)
        expectInputError(result, "\(path):1:1: error: the file is not UTF-8 text: byte 0xFF is not valid UTF-8 here")
    }

    @Test("Invalid UTF-8 is refused in YAML and in JSON, inside strings and out, with its position", arguments: [
        ("latin1.yaml", "name: Caf\u{E9}\n"), ("latin1.json", "{\"name\": \"Caf\u{E9}\"}"),
        ("outside.json", "{\"a\": 1}\u{E9}"), ("key.json", "{\"Caf\u{E9}\": 1}"),
    ])
    func invalidUTF8(name: String, latin1: String) throws {
        // Encode as Latin-1, so é is the lone byte 0xE9.
        let bytes = latin1.unicodeScalars.map { UInt8($0.value) }
        let offset = bytes.firstIndex(of: 0xE9)!
        let (result, path) = try check(bytes, named: name)
        expectInputError(result, "\(path):1:\(offset + 1): error: the file is not UTF-8 text: byte 0xE9 is not valid UTF-8 here")
    }

    @Test("Overlong encodings and encoded surrogates are not UTF-8", arguments: [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]] as [[UInt8]])
    func malformedUTF8(sequence: [UInt8]) throws {
        let bytes = Array("{\"chainaudit\": \"".utf8) + sequence + Array("\"}".utf8)
        let (result, path) = try check(bytes, named: "malformed.json")
        expectInputError(result, "\(path):1:17: error: the file is not UTF-8 text")
    }

    @Test("A top-level list or scalar is the wrong type", arguments: [
        ("list.yaml", "- a\n- b\n", "a list"), ("scalar.yaml", "just some text\n", "text"),
        ("list.json", "[1, 2]", "a list"), ("scalar.json", "42", "a number"), ("null.json", "null", "null"),
    ])
    func wrongTopLevel(name: String, text: String, kind: String) throws {
        let (result, path) = try check(text, named: name)
        expectInputError(result, "\(path):1:1: error: expected a mapping of keys to values, found \(kind)")
    }

    @Test("A second YAML document is refused")
    func twoDocuments() throws {
        let (result, path) = try check(Self.validYAML + "---\na: 1\n", named: "two.yaml")
        expectInputError(result, "\(path):6:1: error: the file holds more than one YAML document")
    }

    @Test("A duplicate key is refused in JSON as in YAML, extension keys included", arguments: [
        ("dup.json", "{\"chainaudit\": 1, \"x-a\": 1, \"x-a\": 2}", "1:29"),
        ("dup.yaml", "chainaudit: 1\nx-a: 1\nx-a: 2\n", "3:1"),
    ])
    func duplicateKeys(name: String, text: String, position: String) throws {
        let (result, path) = try check(text, named: name)
        expectInputError(result, "\(path):\(position): error:")
        #expect(result.stderr.contains("appears more than once"))
    }

    // MARK: Long text

    @Test("A 10,000-character name is read and reported whole", arguments: ["yaml", "json"])
    func longName(format: String) throws {
        let name = String(repeating: "Ω", count: 5_000) + String(repeating: "n", count: 5_000)
        let text = format == "yaml"
            ? Self.validYAML.replacingOccurrences(of: "Lead Ltd", with: name)
            : Self.validJSON.replacingOccurrences(of: "Lead Ltd", with: name)
        let (result, _) = try check(text, named: "long.\(format)", ["--format", "text"])
        #expect(result.status == 0, "\(result.stderr.prefix(300))")
        let json = try check(text, named: "long.\(format)").0
        #expect(json.status == 0)
    }

    @Test("A 10,000-character bad reference is quoted as an excerpt")
    func longReference() throws {
        let id = String(repeating: "x", count: 10_000)
        let text = Self.validYAML.replacingOccurrences(of: "lead: lead", with: "lead: \(id)")
        let (result, path) = try check(text, named: "long-ref.yaml")
        expectInputError(result, "\(path):2:")
        #expect(result.stderr.contains("no organisation has the id \"\(String(repeating: "x", count: 60))…\""))
        #expect(result.stderr.utf8.count < 1_000)
    }

    @Test("Very long lines: a whole chain on one line, positions still right", arguments: ["json", "yaml"])
    func longLines(format: String) throws {
        let count = 3_000
        var organisations = (0..<count).map { "{\"id\": \"o\($0)\", \"name\": \"Organisation \($0)\", \"sector\": \"vcse\", \"size\": \"small\"}" }
        organisations.append("{\"id\": \"bad\", \"name\": \"Bad\", \"sector\": \"vcse\", \"size\": \"enormous\"}")
        let prefix = "{\"chainaudit\": 1, \"contract\": {\"id\": \"C\", \"title\": \"T\", \"commissioner\": \"o0\", \"lead\": \"o1\", \"value\": 1}, \"organisations\": ["
        let text = prefix + organisations.joined(separator: ", ") + "]}"
        // JSON is also YAML (a flow mapping); the YAML reader must cope with the same line.
        let (result, path) = try check(text + "\n", named: "one-line.\(format)")
        let column = text.utf8.count - "\"enormous\"}]}".utf8.count + 1
        expectInputError(result, "\(path):1:\(column): error: organisations[\(count)].size: unknown value \"enormous\"")
        #expect(text.utf8.count > 200_000)
    }

    @Test("Many bad references against many organisations stay quick")
    func manyBadReferences() throws {
        var yaml = Self.validYAML
        for index in 0..<2_000 { yaml += "  - { id: organisation-\(index), name: N, sector: vcse, size: small }\n" }
        yaml += "subcontracts:\n"
        for index in 0..<2_000 { yaml += "  - { id: s\(index), parent: lead, provider: organisatoin-\(index) }\n" }
        let (result, _) = try check(yaml, named: "many-bad.yaml")
        #expect(result.status == 2)
        #expect(result.stderr.split(separator: "\n").count == 2_000)
        #expect(result.stderr.contains("did you mean `organisation-0`?"))
    }

    // MARK: Accepted encodings details

    @Test("A UTF-8 byte-order mark is accepted, and positions after it are unchanged", arguments: ["bom.yaml", "bom.json"])
    func byteOrderMark(name: String) throws {
        let base = name.hasSuffix("json") ? Self.validJSON : Self.validYAML
        let (result, _) = try check([0xEF, 0xBB, 0xBF] + Array(base.utf8), named: name)
        #expect(result.status == 0, "\(result.stderr)")
        // An error on the first line is at the column it would have without the mark.
        let broken = name.hasSuffix("json") ? base.replacingOccurrences(of: "\"chainaudit\": 1", with: "\"chainaudit\": 2") : base.replacingOccurrences(of: "chainaudit: 1", with: "chainaudit: 2")
        let (error, path) = try check([0xEF, 0xBB, 0xBF] + Array(broken.utf8), named: name)
        let column = name.hasSuffix("json") ? 16 : 13
        expectInputError(error, "\(path):1:\(column): error: chainaudit: unsupported format version 2")
    }

    @Test("CRLF line endings are accepted, and lines and columns are still right", arguments: ["crlf.yaml", "crlf.json"])
    func crlf(name: String) throws {
        let base = name.hasSuffix("json") ? Self.validJSON : Self.validYAML
        let (result, _) = try check(base.replacingOccurrences(of: "\n", with: "\r\n"), named: name)
        #expect(result.status == 0, "\(result.stderr)")
        let broken = base.replacingOccurrences(of: "\"sector\": \"private\"", with: "\"sector\": \"privat\"")
            .replacingOccurrences(of: "sector: private", with: "sector: privat")
            .replacingOccurrences(of: "\n", with: "\r\n")
        let (error, path) = try check(broken, named: name)
        let position = name.hasSuffix("json") ? "5:49" : "5:41"
        expectInputError(error, "\(path):\(position): error: organisations[1].sector: unknown value \"privat\"")
    }
}
