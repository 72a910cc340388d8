import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Real parsers and programs the hostile-output tests read outputs back with.
enum Parsers {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    struct Output {
        var status: Int32
        var stdout: Data
        var stderr: Data
        var stderrText: String { String(decoding: stderr, as: UTF8.self) }
    }

    /// Runs `executable ARGUMENTS` with `input` on standard input, reading both pipes concurrently.
    static func run(_ executable: String, _ arguments: [String], input: Data? = nil) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe(), err = Pipe(), inp = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input == nil ? FileHandle.nullDevice : inp
        try process.run()
        nonisolated(unsafe) var errData = Data()
        let errThread = Thread { errData = err.fileHandleForReading.readDataToEndOfFile() }
        errThread.start()
        if let input {
            let writer = Thread {
                inp.fileHandleForWriting.write(input)
                try? inp.fileHandleForWriting.close()
            }
            writer.start()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errThread.isFinished { usleep(1000) }
        return Output(status: process.terminationStatus, stdout: outData, stderr: errData)
    }

    /// An executable on PATH, or `nil`.
    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static let python = which("python3")
    static let dot = which("dot")
    static let chromium = which("chromium") ?? which("chromium-browser")
    static let script = FileManager.default.isExecutableFile(atPath: "/usr/bin/script") ? "/usr/bin/script" : nil

    /// Runs a Python 3 program given as text and parses its standard output as JSON.
    static func python(_ program: String, _ arguments: [String], input: Data? = nil) throws -> Any {
        guard let python else { throw Failure(description: "python3 is missing") }
        let output = try run(python, ["-c", program] + arguments, input: input)
        guard output.status == 0 else { throw Failure(description: "python3 failed: \(output.stderrText)") }
        return try JSONSerialization.jsonObject(with: output.stdout, options: [.fragmentsAllowed])
    }

    /// The records of a CSV text as Python's csv module reads them (strict mode: malformed quoting fails).
    static func csvRecords(_ data: Data) throws -> [[String]] {
        let program = """
            import csv, io, json, sys
            text = sys.stdin.buffer.read().decode("utf-8")
            rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
            print(json.dumps(rows))
            """
        return try python(program, [], input: data) as? [[String]] ?? []
    }

    /// The start tags (with attributes) and the text of an HTML document, as Python's HTML tokenizer reads it.
    static func htmlTokens(_ data: Data) throws -> (tags: [(name: String, attributes: [String: String])], text: String) {
        let program = """
            import json, sys
            from html.parser import HTMLParser
            class P(HTMLParser):
                def __init__(self):
                    super().__init__(convert_charrefs=True)
                    self.tags = []
                    self.text = []
                def handle_starttag(self, tag, attrs):
                    self.tags.append([tag, {k: (v or "") for k, v in attrs}])
                def handle_startendtag(self, tag, attrs):
                    self.handle_starttag(tag, attrs)
                def handle_data(self, data):
                    self.text.append(data)
            p = P()
            p.feed(sys.stdin.buffer.read().decode("utf-8"))
            p.close()
            print(json.dumps({"tags": p.tags, "text": "".join(p.text)}))
            """
        let json = try python(program, [], input: data) as? [String: Any] ?? [:]
        let tags = (json["tags"] as? [[Any]] ?? []).map { pair in
            (name: pair.first as? String ?? "", attributes: pair.count > 1 ? pair[1] as? [String: String] ?? [:] : [:])
        }
        return (tags, json["text"] as? String ?? "")
    }

    /// The DOM after headless Chromium has parsed the file (no network: every host is unresolvable).
    static func chromiumDOM(_ file: URL) throws -> Data {
        guard let chromium else { throw Failure(description: "chromium is missing") }
        let profile = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: profile) }
        let output = try run(chromium, [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--disable-background-networking", "--disable-dev-shm-usage",
            "--user-data-dir=\(profile.path)", "--host-resolver-rules=MAP * ~NOTFOUND",
            "--dump-dom", file.absoluteString,
        ])
        guard output.status == 0, !output.stdout.isEmpty else {
            throw Failure(description: "chromium failed (\(output.status)): \(output.stderrText.suffix(2000))")
        }
        return output.stdout
    }

    /// Every element name and attribute of an XML document, and its text; `nil` when it is not well-formed.
    static func xml(_ data: Data) -> XMLContent? {
        let content = XMLContent()
        let parser = XMLParser(data: data)
        parser.delegate = content
        return parser.parse() ? content : nil
    }

    /// Runs `command` under script(1), so its standard output and error are a pseudo-terminal;
    /// returns everything written to the terminal.
    static func onTerminal(_ arguments: [String]) throws -> (status: Int32, text: String) {
        guard let script else { throw Failure(description: "script is missing") }
        let command = arguments.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        let output = try run(script, ["-qfec", command, "/dev/null"])
        return (output.status, String(decoding: output.stdout, as: UTF8.self))
    }
}

/// Collects an XML document's elements, attributes and text.
final class XMLContent: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String])] = []
    var text = ""

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?, attributes: [String: String] = [:]) {
        elements.append((elementName, attributes))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }
}

/// What a terminal must never be sent from input data.
enum TerminalSafety {
    /// Control characters other than line feed (C0, DEL, C1), bidirectional
    /// embeddings, overrides and isolates, and line/paragraph separators.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x0A) || (0x7F...0x9F).contains(value)
            || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            || value == 0x200E || value == 0x200F || value == 0x061C || value == 0x2028 || value == 0x2029
    }

    /// The unsafe scalars of `text`, as hex, for a failure message.
    static func unsafeScalars(_ text: String) -> [String] {
        text.unicodeScalars.filter(isUnsafe).map { String($0.value, radix: 16) }
    }
}
