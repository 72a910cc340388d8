import Foundation
import Testing

/// Progress lines on stderr: only on a terminal, only for runs longer than
/// half a second, file names made safe. The tests of long runs set
/// `CHAINAUDIT_PROGRESS_DELAY=0` rather than rely on how long a run takes.
@Suite("Progress on stderr", .serialized)
struct ProgressTests {
    /// A valid chain of some size (the run's length does not matter: the tests set the delay),
    /// written once: a lead letting work to `count` providers in a tree five wide.
    static let bigChain: URL = {
        let folder = try! CLI.temporaryFolder()
        // The name carries an escape sequence and a bidi override: the progress line must show it made visible.
        let file = folder.appendingPathComponent("big-\u{1B}[31m-\u{202E}.json")
        let count = 500
        var text = #"{"chainaudit": 1, "contract": {"id": "BIG", "title": "Big chain", "commissioner": "kcc", "lead": "o1", "value": 100000000, "paymentDays": 30},"#
        text += #""organisations": [{"id": "kcc", "name": "Kent County Council", "sector": "public", "size": "large", "district": "Maidstone"}"#
        for index in 1...count {
            text += #", {"id": "o\#(index)", "name": "Provider \#(index) Ltd", "sector": "\#(index % 3 == 0 ? "vcse" : "private")", "size": "small", "district": "Dover"}"#
        }
        text += #"], "subcontracts": ["#
        for index in 2...count {
            if index > 2 { text += ", " }
            text += #"{"id": "SC\#(index)", "parent": "o\#(1 + (index - 2) / 5)", "provider": "o\#(index)", "value": \#(1000 + index % 97), "paymentDays": \#(index % 2 == 0 ? 30 : 45), "role": "Delivery"}"#
        }
        text += "]}\n"
        try! Data(text.utf8).write(to: file)
        return file
    }()

    @Test("Not a terminal: a long run prints nothing on stderr")
    func notTerminal() throws {
        let folder = try CLI.temporaryFolder()
        let result = try CLI.run(
            ["check", Self.bigChain.path, "--format", "json", "--output", folder.appendingPathComponent("out.json").path],
            environment: ["CHAINAUDIT_PROGRESS_DELAY": "0"]
        )
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr.prefix(500))")
    }

    @Test("On a terminal: a long run shows its phases, the file name made visible", .enabled(if: Parsers.script != nil),
          arguments: [["check", "--format", "json"], ["report"], ["diagram", "--format", "svg"]])
    func terminal(_ command: [String]) throws {
        let folder = try CLI.temporaryFolder()
        let output = folder.appendingPathComponent("out")
        let result = try Parsers.onTerminal(["/usr/bin/env", "CHAINAUDIT_PROGRESS_DELAY=0", CLI.executable.path, command[0], Self.bigChain.path] + command.dropFirst() + ["--output", output.path])
        #expect(result.status == (command[0] == "diagram" ? 0 : 1), "\(result.text.prefix(500))")
        // The terminal turns each line feed into CR LF.
        let lines = result.text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n").filter { $0.hasPrefix("chainaudit: ") }
        #expect(!lines.isEmpty, "no progress: \(result.text.prefix(500))")
        #expect(lines.contains("chainaudit: writing \(output.path)…"), "\(lines)")
        for line in lines {
            #expect(TerminalSafety.unsafeScalars(line).isEmpty)
        }
        if let reading = lines.first(where: { $0.contains("reading") || $0.contains("checking") }) {
            #expect(reading.contains("big-\\u{1B}[31m-\\u{202E}.json"))
        }
        #expect(FileManager.default.fileExists(atPath: output.path))
    }

    @Test("On a terminal: a quick run (a small bid, well under the default half second) prints no progress", .enabled(if: Parsers.script != nil))
    func quickRun() throws {
        let output = try CLI.temporaryFolder().appendingPathComponent("out.json")
        let result = try Parsers.onTerminal([CLI.executable.path, "check", CLI.fixture("diagrams/befriending.yaml"), "--format", "json", "--output", output.path])
        #expect(!result.text.contains("chainaudit: reading"))
        #expect(!result.text.contains("chainaudit: writing"))
    }
}
