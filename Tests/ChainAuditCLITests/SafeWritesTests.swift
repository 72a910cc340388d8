import Foundation
import Testing

/// A run that fails midway leaves an existing output exactly as it was (the
/// same bytes, the same inode) and no temporary file behind; no command ever
/// writes to an input.
@Suite("Safe writes")
struct SafeWritesTests {
    static let file = HostileOutputsTests.file

    /// A folder holding an existing output file with known bytes.
    struct Existing {
        var folder: URL
        var output: URL
        var snapshot: Guarded.Snapshot

        init(named name: String) throws {
            folder = try CLI.temporaryFolder()
            output = folder.appendingPathComponent(name)
            try Data("precious earlier output\n".utf8).write(to: output)
            snapshot = try #require(Guarded.snapshot(output.path))
        }

        func expectUntouched(_ result: CLI.Result, sourceLocation: SourceLocation = #_sourceLocation) {
            #expect(Guarded.snapshot(output.path) == snapshot, "the existing output changed", sourceLocation: sourceLocation)
            let left = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            #expect(left == [output.lastPathComponent], "left behind: \(left)", sourceLocation: sourceLocation)
        }
    }

    @Test("An invalid input", arguments: [
        ["check", "--format", "json"], ["check", "--format", "html"], ["report"], ["diagram", "--format", "svg"], ["diagram", "--format", "png"],
    ])
    func invalidInput(_ command: [String]) throws {
        let existing = try Existing(named: "out")
        let result = try Guarded.run([command[0], HostileOutputsTests.invalid] + command.dropFirst() + ["--output", existing.output.path])
        #expect(result.status == 2)
        existing.expectUntouched(result)
    }

    @Test("An invalid configuration", arguments: [["check", "--format", "csv"], ["report"], ["diagram", "--format", "pdf"]])
    func invalidConfiguration(_ command: [String]) throws {
        let existing = try Existing(named: "out")
        let result = try Guarded.run([command[0], Self.file] + command.dropFirst()
            + ["--config", HostileOutputsTests.invalidConfig, "--output", existing.output.path])
        #expect(result.status == 2)
        existing.expectUntouched(result)
    }

    @Test("A diagram that cannot be drawn: no provider in the district")
    func undrawable() throws {
        let existing = try Existing(named: "out.png")
        let result = try Guarded.run(["diagram", Self.file, "--district", "Nowhere", "--output", existing.output.path])
        #expect(result.status == 2)
        #expect(!result.stderr.isEmpty)
        existing.expectUntouched(result)
    }

    @Test("The output cannot be written midway: the file-size limit stops the rendered PNG (root cannot be kept out of a folder)",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/sh")), arguments: [["diagram", "--format", "png"], ["report"], ["check", "--format", "json"]])
    func writeFailsMidway(_ command: [String]) throws {
        let existing = try Existing(named: "out")
        // SIGXFSZ ignored: the write fails with EFBIG instead of killing the process.
        let arguments = [CLI.executable.path, command[0], Self.file] + command.dropFirst() + ["--output", existing.output.path]
        let quoted = arguments.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        let before = Guarded.snapshot(Self.file)
        let output = try Parsers.run("/bin/sh", ["-c", "trap '' XFSZ; ulimit -f 4; exec \(quoted)"])
        #expect(output.status == 2, "\(output.stderrText)")
        #expect(output.stderrText.contains("cannot write the output"), "\(output.stderrText)")
        #expect(TerminalSafety.unsafeScalars(output.stderrText).isEmpty)
        #expect(Guarded.snapshot(Self.file) == before)
        existing.expectUntouched(CLI.Result(status: output.status, stdout: "", stderr: output.stderrText, stdoutData: Data()))
    }

    @Test(
        "The output folder is read-only",
        .enabled(if: getuid() != 0, "root ignores folder permissions; the write-fails-midway tests (ulimit -f) cover a failing write as root"),
        arguments: [["diagram", "--format", "png"], ["report"]])
    func readOnlyFolder(_ command: [String]) throws {
        let existing = try Existing(named: "out")
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: existing.folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: existing.folder.path) }
        let result = try Guarded.run([command[0], Self.file] + command.dropFirst() + ["--output", existing.output.path])
        #expect(result.status == 2)
        existing.expectUntouched(result)
    }

    @Test("The output path is a folder", arguments: [["check", "--format", "json"], ["report"], ["diagram", "--format", "svg"]])
    func outputIsFolder(_ command: [String]) throws {
        let existing = try Existing(named: "kept")
        let inode = try FileManager.default.attributesOfItem(atPath: existing.folder.path)[.systemFileNumber] as? NSNumber
        let result = try Guarded.run([command[0], Self.file] + command.dropFirst() + ["--output", existing.folder.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("folder"))
        #expect(try FileManager.default.attributesOfItem(atPath: existing.folder.path)[.systemFileNumber] as? NSNumber == inode)
        existing.expectUntouched(result)
    }

    @Test("A pipe or device as --output is written in place, never replaced by a plain file (as /dev/null would be)")
    func specialFile() throws {
        let folder = try CLI.temporaryFolder()
        let fifo = folder.appendingPathComponent("pipe")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        // Both ends held open here first, so neither the reader nor chainaudit's open blocks, and the
        // reader sees end-of-file only once chainaudit and this test have both closed the pipe.
        let readEnd = open(fifo.path, O_RDONLY | O_NONBLOCK)
        let writeEnd = open(fifo.path, O_WRONLY | O_NONBLOCK)
        try #require(readEnd >= 0 && writeEnd >= 0)
        _ = fcntl(readEnd, F_SETFL, fcntl(readEnd, F_GETFL) & ~O_NONBLOCK)
        nonisolated(unsafe) var received = Data()
        let reader = Thread {
            received = FileHandle(fileDescriptor: readEnd, closeOnDealloc: true).readDataToEndOfFile()
        }
        reader.start()
        let result = try Guarded.run(["check", Self.file, "--format", "json", "--output", fifo.path])
        close(writeEnd)
        while !reader.isFinished { usleep(1000) }
        #expect(result.status == 1, "\(result.stderr)")
        #expect(try JSONSerialization.jsonObject(with: received) is [String: Any])
        var status = stat()
        #expect(stat(fifo.path, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO, "the pipe was replaced")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["pipe"], "no temporary file left behind")
    }

    @Test("The output is an input: refused, the input untouched", arguments: [["check", "--format", "json"], ["report"], ["diagram", "--format", "dot"]])
    func outputIsInput(_ command: [String]) throws {
        let existing = try Existing(named: "chain.yaml")
        try FileManager.default.removeItem(at: existing.output)
        try FileManager.default.copyItem(atPath: Self.file, toPath: existing.output.path)
        let before = try #require(Guarded.snapshot(existing.output.path))
        let link = existing.folder.appendingPathComponent("link.yaml")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: existing.output)
        let result = try Guarded.run([command[0], existing.output.path] + command.dropFirst() + ["--output", link.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("overwrite the input"))
        #expect(Guarded.snapshot(existing.output.path) == before)
    }
}
