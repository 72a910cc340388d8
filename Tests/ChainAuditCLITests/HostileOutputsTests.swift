import ChainAuditModel
import Foundation
import Testing

/// One chain whose every text is hostile to some output format
/// (Fixtures/hostile/everything.yaml), through the real executable: every
/// output parses back with a real parser, shows the names as data, and nothing
/// meant for a terminal carries a control character or a bidirectional mark.
/// Every command here also checks that it left its inputs untouched.
@Suite("Hostile chain: every output format")
struct HostileOutputsTests {
    static let file = CLI.fixture("hostile/everything.yaml")
    static let invalid = CLI.fixture("hostile/invalid-everything.yaml")
    static let invalidConfig = CLI.fixture("hostile/invalid-config.yml")

    /// The chain as the library reads it: the exact texts every output must carry.
    static let chain: Chain = try! ChainLoader().load(path: file)

    static var providerNames: [String] {
        let providers = Set(chain.subcontracts.map(\.provider))
        return chain.organisations.indices.filter(providers.contains).map { chain.organisations[$0].name }
    }

    static var subcontractIDs: [String] { chain.subcontracts.map(\.id) }

    // MARK: The fixture itself

    @Test("The fixture carries every hostile text, read back exactly")
    func fixtureIsHostile() {
        let names = Self.chain.organisations.map(\.name)
        let all = names + Self.subcontractIDs + Self.chain.organisations.map(\.id) + Self.chain.subcontracts.compactMap(\.role)
            + Self.chain.contract.outcomes.flatMap { [$0.id, $0.description] } + [Self.chain.contract.id, Self.chain.contract.title]
        let joined = all.joined(separator: " ")
        for needle in [
            "\"", "'", "\\N", "\\G", "\\l", "\\\\", "\n", "\r", "\t",
            "\u{1B}[31m", "\u{1B}[2J", "\u{1B}]0;title\u{7}", "\u{1B}]8;;http://x\u{1B}\\", "\u{9B}", "\u{202E}", "\u{2066}",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>", "</style>", "]]>", "<!--",
            "}", "->", "[label=\"x\"]", ";", "digraph", "=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2", "@SUM(A1)",
            "|", "`", "\"}]}", "\u{2028}", "😀", "e\u{301}",
        ] {
            #expect(joined.contains(needle), "the fixture lacks \(needle.debugDescription)")
        }
        #expect(names.contains { $0.unicodeScalars.first == "\t" })
        #expect(names.contains { $0.count == 10_000 })
        #expect(Self.chain.organisations.contains { $0.id.count == 10_000 })
    }

    // MARK: check --format …

    @Test("text: no raw control character or bidi mark reaches the terminal, and every name is shown, made visible")
    func text() throws {
        let result = try Guarded.run(["check", Self.file])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(TerminalSafety.unsafeScalars(result.stdout).isEmpty, "unsafe: \(TerminalSafety.unsafeScalars(result.stdout))")
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("\\u{1B}[31mRed\\u{1B}[0m"))
        #expect(result.stdout.contains("Safe \\u{202E}gnp.exe\\u{202C} Ltd"))
        #expect(result.stdout.contains("<script>alert(1)</script> \"Prime\" 'Lead' Ltd"))
        #expect(result.stdout.contains("Café 😀"))
    }

    @Test("json: JSONSerialization parses it, and the ids and names round-trip exactly")
    func json() throws {
        let result = try Guarded.run(["check", Self.file, "--format", "json"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let report = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        let contract = try #require(report["contract"] as? [String: Any])
        #expect(contract["id"] as? String == Self.chain.contract.id)
        #expect(contract["title"] as? String == Self.chain.contract.title)
        let findings = try #require(report["findings"] as? [[String: Any]])
        let subjects = findings.compactMap { $0["subject"] as? [String: Any] }
        let ids = Set(subjects.compactMap { $0["id"] as? String })
        for id in Self.subcontractIDs + Self.chain.contract.outcomes.map(\.id) {
            #expect(ids.contains(id), "no finding on \(id.prefix(80).debugDescription)")
        }
        let messages = findings.compactMap { $0["message"] as? String }.joined(separator: "\n")
        for name in Self.providerNames {
            #expect(messages.contains(name), "no message names \(name.prefix(80).debugDescription)")
        }
        #expect(subjects.contains { $0["kind"] as? String == "organisation" }, "the fixture must have organisation findings")
    }

    @Test("sarif: valid JSON with SARIF 2.1.0's required fields, the texts exact")
    func sarif() throws {
        let result = try Guarded.run(["check", Self.file, "--format", "sarif"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let log = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        #expect((log["$schema"] as? String)?.contains("sarif") == true)
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "chainaudit")
        let results = try #require(runs[0]["results"] as? [[String: Any]])
        #expect(!results.isEmpty)
        var texts: [String] = []
        for item in results {
            #expect(item["ruleId"] is String)
            let message = try #require((item["message"] as? [String: Any])?["text"] as? String)
            texts.append(message)
            let locations = try #require(item["locations"] as? [[String: Any]])
            let physical = try #require(locations.first?["physicalLocation"] as? [String: Any])
            #expect((physical["artifactLocation"] as? [String: Any])?["uri"] is String)
            #expect(((physical["region"] as? [String: Any])?["startLine"] as? Int ?? 0) >= 1)
        }
        let joined = texts.joined(separator: "\n")
        for name in Self.providerNames {
            #expect(joined.contains(name), "no result names \(name.prefix(80).debugDescription)")
        }
    }

    @Test("csv: Python's csv module reads it, every record has the header's cells, ids and names exact (formulas neutralised)")
    func csv() throws {
        let result = try Guarded.run(["check", Self.file, "--format", "csv"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let records = try Parsers.csvRecords(result.stdoutData)
        let header = try #require(records.first)
        #expect(records.count > 20)
        for record in records {
            #expect(record.count == header.count)
        }
        let subjectID = try #require(header.firstIndex(of: "subjectId"))
        let subjectName = try #require(header.firstIndex(of: "subjectName"))
        let ids = Set(records.dropFirst().map { $0[subjectID] })
        let names = Set(records.dropFirst().map { $0[subjectName] })
        func neutralised(_ cell: String) -> String {
            guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return cell }
            return "'" + cell
        }
        for id in Self.subcontractIDs {
            #expect(ids.contains(neutralised(id)), "no record for \(id.prefix(80).debugDescription)")
        }
        for name in Self.providerNames {
            #expect(names.contains(neutralised(name)) || records.contains { $0.contains { $0.contains(name) } },
                    "no cell names \(name.prefix(80).debugDescription)")
        }
        for record in records.dropFirst() {
            for cell in record {
                if let first = cell.unicodeScalars.first {
                    #expect(!"=+-@\t\r".unicodeScalars.contains(first), "a cell a spreadsheet would run: \(cell.prefix(80).debugDescription)")
                }
            }
        }
    }

    @Test("markdown: every row of a table has the header's cell count; no name breaks a line or a table")
    func markdown() throws {
        let result = try Guarded.run(["check", Self.file, "--format", "markdown"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.components(separatedBy: "\n")
        var tables: [[Int]] = []
        var current: [Int] = []
        for line in lines {
            if line.hasPrefix("|") {
                current.append(Self.markdownCells(line))
            } else if !current.isEmpty {
                tables.append(current)
                current = []
            }
        }
        if !current.isEmpty { tables.append(current) }
        #expect(!tables.isEmpty)
        for table in tables {
            #expect(Set(table).count == 1, "cell counts \(table)")
        }
        #expect(!result.stdout.contains("\r"))
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(!result.stdout.contains("\u{202E}"))
    }

    /// The cells of a GFM table row: split on pipes that are not backslash-escaped (pipes inside code spans split too).
    static func markdownCells(_ line: String) -> Int {
        var count = 0
        var escaped = false
        for character in line {
            if escaped { escaped = false; continue }
            if character == "\\" { escaped = true } else if character == "|" { count += 1 }
        }
        return count - 1
    }

    @Test("html (check --format html and report): Chromium's DOM has no injected element or handler, and shows every name as text",
          .enabled(if: Parsers.chromium != nil && Parsers.python != nil), arguments: ["check", "report"])
    func html(_ command: String) throws {
        let folder = try CLI.temporaryFolder()
        let page = folder.appendingPathComponent("page.html")
        let arguments = command == "check" ? ["check", Self.file, "--format", "html", "--output", page.path] : ["report", Self.file, "--output", page.path]
        let result = try Guarded.run(arguments)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let source = try Data(contentsOf: page)
        let dom = try Parsers.chromiumDOM(page)
        for document in [source, dom] {
            let tokens = try Parsers.htmlTokens(document)
            let names = tokens.tags.map(\.name)
            #expect(!names.contains("script"))
            #expect(!names.contains("img"))
            #expect(!names.contains("iframe") && !names.contains("object") && !names.contains("embed"))
            #expect(names.filter { $0 == "style" }.count == 1, "one stylesheet, none injected")
            for tag in tokens.tags {
                for (attribute, value) in tag.attributes {
                    #expect(!attribute.lowercased().hasPrefix("on"), "handler \(attribute) on <\(tag.name)>")
                    #expect(!value.lowercased().contains("javascript:"))
                }
            }
            for name in Self.providerNames + [Self.chain.contract.title] {
                #expect(Self.visible(tokens.text).contains(Self.visible(name)), "the page does not show \(name.prefix(80).debugDescription)")
            }
        }
    }

    /// Text as a page shows it: control characters other than tab and line
    /// feed (which HTML cannot carry) as visible `\u{…}` escapes, as the
    /// report writes them, then white space collapsed.
    static func visible(_ text: String) -> String {
        var shown = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if (scalar.value < 0x20 && scalar != "\t" && scalar != "\n") || (0x7F...0x9F).contains(scalar.value) {
                shown.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                shown.append(scalar)
            }
        }
        var output = String.UnicodeScalarView()
        var space = false
        for scalar in shown {
            if scalar.properties.isWhitespace {
                space = true
            } else {
                if space, !output.isEmpty { output.append(" ") }
                space = false
                output.append(scalar)
            }
        }
        return String(output)
    }

    // MARK: diagram

    @Test("dot: Graphviz's own parser reads it back without a word on stderr", .enabled(if: Parsers.dot != nil))
    func dot() throws {
        let result = try Guarded.run(["diagram", Self.file, "--format", "dot"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let canon = try Parsers.run(Parsers.dot!, ["-Tcanon"], input: result.stdoutData)
        #expect(canon.status == 0)
        #expect(canon.stderr.isEmpty, "dot: \(canon.stderrText.prefix(2000))")
        #expect(String(decoding: canon.stdout, as: UTF8.self).hasPrefix("digraph"))
        // Graphviz's JSON of the graph: one node per organisation (o0, o1, …) and none of the nodes the names spell.
        let json = try Parsers.run(Parsers.dot!, ["-Tjson0"], input: result.stdoutData)
        let graph = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
        #expect(graph["name"] as? String == "chain")
        let nodes = (graph["objects"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        let organisationNodes = nodes.filter { $0.hasPrefix("o") && Int($0.dropFirst()) != nil }
        #expect(organisationNodes.count == Self.chain.organisations.count)
        for injected in ["a", "b", "g", "x"] {
            #expect(!nodes.contains(injected), "a node \(injected) was injected")
        }
    }

    @Test("svg: well-formed XML with no script or handler, the names as text")
    func svg() throws {
        let result = try Guarded.run(["diagram", Self.file, "--format", "svg"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let xml = try #require(Parsers.xml(result.stdoutData), "the SVG is not well-formed XML")
        #expect(!xml.elements.contains { ["script", "foreignObject", "iframe"].contains($0.name) })
        for element in xml.elements {
            #expect(!element.attributes.keys.contains { $0.lowercased().hasPrefix("on") }, "handler on <\(element.name)>")
        }
        for name in ["<script>alert(1)</script> \"Prime\" 'Lead' Ltd", "=HYPERLINK(\"http://x\",\"y\")", "+1+1", "@SUM(A1)", "Café 😀"] {
            #expect(xml.text.contains(name), "the drawing does not show \(name.debugDescription)")
        }
    }

    @Test("png and pdf: the format's magic bytes, nothing on stderr", arguments: ["png", "pdf"])
    func binary(_ format: String) throws {
        let folder = try CLI.temporaryFolder()
        let output = folder.appendingPathComponent("chain.\(format)")
        let result = try Guarded.run(["diagram", Self.file, "--format", format, "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let bytes = try Data(contentsOf: output)
        let magic: [UInt8] = format == "png" ? [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] : Array("%PDF-".utf8)
        #expect(Array(bytes.prefix(magic.count)) == magic)
        if format == "pdf" { #expect(String(decoding: bytes.suffix(64), as: UTF8.self).contains("%%EOF")) }
    }

    // MARK: Errors on stderr

    @Test("An invalid hostile file: every command's errors quote the keys and ids made visible, never raw",
          arguments: [["check"], ["check", "--format", "json"], ["report"], ["diagram", "--format", "svg"]])
    func invalidFile(_ command: [String]) throws {
        let result = try Guarded.run([command[0], Self.invalid] + command.dropFirst())
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(TerminalSafety.unsafeScalars(result.stderr).isEmpty, "unsafe: \(TerminalSafety.unsafeScalars(result.stderr))")
        #expect(result.stderr.contains("\\u{1B}]0;pwned\\u{7}"), "the unknown key is quoted, made visible: \(result.stderr)")
        #expect(result.stderr.contains("[2Jnope\\u{202E}"), "the dangling parent is quoted, its marks made visible")
        #expect(result.stderr.contains("invalid-everything.yaml:"), "positioned")
    }

    @Test("An invalid hostile configuration: its errors are made visible too")
    func invalidConfiguration() throws {
        let result = try Guarded.run(["check", Self.file, "--config", Self.invalidConfig])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(TerminalSafety.unsafeScalars(result.stderr).isEmpty, "unsafe: \(TerminalSafety.unsafeScalars(result.stderr))")
        #expect(result.stderr.contains("\\u{1B}]0;pwned\\u{7}"))
    }

    @Test("Hostile command-line values and file names are made visible in usage errors", arguments: [
        ["check", "--format", "\u{1B}]0;pwned\u{7}", "x.yaml"],
        ["diagram", "--view", "\u{202E}full", "x.yaml"],
        ["check", "--fail-on", "\u{9B}31m"],
        ["check", "missing-\u{1B}[2J\u{202E}.yaml"],
        ["diagram", "missing-\u{1B}[2J.yaml", "--district", "\u{1B}]0;x\u{7}"],
    ])
    func hostileArguments(_ arguments: [String]) throws {
        let result = try Guarded.run(arguments)
        #expect(result.status == 2)
        #expect(!result.stderr.isEmpty)
        #expect(TerminalSafety.unsafeScalars(result.stderr).isEmpty, "unsafe: \(TerminalSafety.unsafeScalars(result.stderr)) in \(result.stderr)")
    }

    @Test("A district that no provider serves, given with escapes, is refused with a safe message")
    func hostileDistrict() throws {
        let result = try Guarded.run(["diagram", Self.file, "--district", "\u{1B}]0;x\u{7}Nowhere\u{202E}"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(TerminalSafety.unsafeScalars(result.stderr).isEmpty, "unsafe: \(TerminalSafety.unsafeScalars(result.stderr))")
    }
}

/// Runs the CLI and then checks that no input it was given changed: neither
/// the bytes nor the modification time of any existing file named on the
/// command line other than the `--output`.
enum Guarded {
    struct Snapshot: Equatable {
        var bytes: Data
        var modified: Date?
        var inode: UInt64?
    }

    static func snapshot(_ path: String) -> Snapshot? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
              let bytes = FileManager.default.contents(atPath: path) else { return nil }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        return Snapshot(
            bytes: bytes,
            modified: attributes?[.modificationDate] as? Date,
            inode: (attributes?[.systemFileNumber] as? NSNumber)?.uint64Value
        )
    }

    static func inputs(of arguments: [String]) -> [String] {
        var inputs: [String] = []
        var skipNext = false
        for argument in arguments {
            if skipNext { skipNext = false; continue }
            if argument == "--output" || argument == "-o" { skipNext = true; continue }
            if snapshot(argument) != nil { inputs.append(argument) }
        }
        return inputs + [HostileOutputsTests.file, HostileOutputsTests.invalid, HostileOutputsTests.invalidConfig]
    }

    static func run(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> CLI.Result {
        let inputs = inputs(of: arguments)
        let before = inputs.map(snapshot)
        let result = try CLI.run(arguments)
        let after = inputs.map(snapshot)
        for (index, input) in inputs.enumerated() {
            #expect(before[index] == after[index], "chainaudit changed its input \(input)", sourceLocation: sourceLocation)
        }
        return result
    }
}
