import Foundation
import Testing

@Suite("chainaudit diagram", .serialized)
struct DiagramCommandTests {
    @Test("With no --format or --output, DOT text goes to standard output")
    func dotToStdout() throws {
        let result = try CLI.run(["diagram", CLI.fixture("diagrams/wellbeing.yaml")])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("digraph chain {"))
        #expect(result.stderr.isEmpty)
    }

    @Test("The format follows --output's extension; the file is written whole")
    func formatFromExtension() throws {
        let folder = try CLI.temporaryFolder()
        for (name, magic) in [("chain.svg", Array("<?xml".utf8)), ("chain.png", [0x89, 0x50, 0x4E, 0x47]), ("chain.pdf", Array("%PDF".utf8)), ("chain.gv", Array("digraph".utf8))] {
            let output = folder.appendingPathComponent(name)
            let result = try CLI.run(["diagram", CLI.fixture("diagrams/befriending.yaml"), "--output", output.path])
            #expect(result.status == 0, "\(name): \(result.stderr)")
            let bytes = try Data(contentsOf: output)
            #expect(Array(bytes.prefix(magic.count)) == magic, "\(name)")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test("PNG and PDF go to standard output when it is not a terminal")
    func binaryToPipe() throws {
        let png = try CLI.run(["diagram", CLI.fixture("diagrams/befriending.yaml"), "--format", "png"])
        #expect(png.status == 0)
        #expect(Array(png.stdoutData.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        let pdf = try CLI.run(["diagram", CLI.fixture("diagrams/befriending.yaml"), "--format", "pdf", "--output", "-"])
        #expect(pdf.status == 0)
        #expect(Array(pdf.stdoutData.prefix(4)) == Array("%PDF".utf8))
    }

    @Test("A drawing too wide for a bitmap is fitted without a message", arguments: ["png", "pdf", "svg"])
    func hostileQuiet(_ format: String) throws {
        let result = try CLI.run(["diagram", CLI.fixture("hostile/hostile-names.yaml"), "--format", format])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "stderr: \(result.stderr)")
        #expect(result.stdoutData.count > 1000)
    }

    @Test("PNG is refused on a terminal without --output", .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func binaryNotToTerminal() throws {
        // script(1) runs the command with a pseudo-terminal as its standard output.
        let command = [CLI.executable.path, "diagram", CLI.fixture("diagrams/befriending.yaml"), "--format", "png"]
            .map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(text.contains("give --output PATH"))
        #expect(!text.contains("PNG"))
    }

    @Test("The Members' view with a district draws only that district's providers")
    func membersDistrict() throws {
        let result = try CLI.run(["diagram", CLI.fixture("diagrams/wellbeing.yaml"), "--view", "members", "--district", "dover", "--format", "svg"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Hope Trust"))
        #expect(result.stdout.contains("The Garden Project"))
        #expect(!result.stdout.contains("Thanet Mind"))
        #expect(!result.stdout.contains("missing-visibility"))
    }

    @Test("An invalid file exits 2 with a positioned message and writes nothing")
    func invalidInput() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("bad.yaml")
        try "chainaudit: 1\ncontract: {}\norganisations: []\n".write(to: file, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out.svg")
        let result = try CLI.run(["diagram", file.path, "--output", output.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(file.path):2:11: error: contract.id"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("A district nobody delivers in exits 2 and suggests the nearest")
    func unknownDistrict() throws {
        let result = try CLI.run(["diagram", CLI.fixture("diagrams/wellbeing.yaml"), "--district", "Thant"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("did you mean \"Thanet\"?"))
        #expect(result.stdout.isEmpty)
    }

    @Test("Bad command lines exit 2", arguments: [
        ["--max-nodes", "3"], ["--format", "jpeg"], ["--view", "summary"], ["--district", " "],
    ])
    func usage(_ extra: [String]) throws {
        let result = try CLI.run(["diagram", CLI.fixture("diagrams/wellbeing.yaml")] + extra)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
    }

    @Test("The output may not be the input file")
    func notOverInput() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("chain.yaml")
        try FileManager.default.copyItem(atPath: CLI.fixture("diagrams/befriending.yaml"), toPath: file.path)
        let before = try Data(contentsOf: file)
        let result = try CLI.run(["diagram", file.path, "--format", "svg", "--output", file.path])
        #expect(result.status == 2)
        #expect(try Data(contentsOf: file) == before)
    }
}
