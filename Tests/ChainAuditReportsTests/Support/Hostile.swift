import ChainAuditModel
import ChainAuditReports
import ChainAuditRules
import Foundation

/// The hostile fixture, checked with a waiver whose reason and approver are hostile too.
enum Hostile {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let path = packageRoot.appendingPathComponent("Fixtures/hostile/report-hostile.yaml").path

    static let waivedSubcontract = "SC\"><script>alert(2)</script>"
    static let waiverReason = "Agreed <b>\"by board\"</b>\nuntil re-let | =1+1"
    static let waiverApprover = "<img src=x onerror=alert(9)> Director"
    static let longName = String(String(repeating: "Very Long Name Community Interest Company ", count: 300).prefix(10_000))

    static func input(file: String = "Fixtures/hostile/report-hostile.yaml") throws -> ReportInput {
        let chain = try ChainLoader().load(path: path)
        let configuration = Configuration(waivers: [
            Waiver(rule: "late-payment-terms", subjectID: waivedSubcontract, subjectKind: .subcontract, reason: waiverReason, approvedBy: waiverApprover, expires: "2099-12-31"),
        ])
        let result = Checker(configuration: configuration, today: CalendarDate("2026-01-01")).check(chain)
        return ReportInput(file: file, result: result)
    }

    /// The start of a name whose quote carries a combining mark (one grapheme, two scalars).
    static let quoteWithCombiningMark = "Quote\"\u{301} onmouseover=alert(1)"

    /// The organisation names of the fixture that a spreadsheet would read as formulas.
    static let formulaNames = ["=HYPERLINK(\"http://evil.example/x\",\"click\")", "+1", "-2", "@SUM(A1:A2)"]
}

/// Runs a helper program and returns its standard output.
enum Helper {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    struct Output {
        var status: Int32
        var stdout: Data
        var stderr: Data
    }

    /// Runs `executable ARGUMENTS`, killing it after `timeout` seconds.
    static func run(_ executable: String, _ arguments: [String], timeout: TimeInterval = 120) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        nonisolated(unsafe) var errData = Data()
        nonisolated(unsafe) var outData = Data()
        let errThread = Thread { errData = err.fileHandleForReading.readDataToEndOfFile() }
        let outThread = Thread { outData = out.fileHandleForReading.readDataToEndOfFile() }
        errThread.start()
        outThread.start()
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                throw Failure(description: "\(executable) did not finish within \(Int(timeout)) seconds")
            }
            usleep(20_000)
        }
        while !errThread.isFinished || !outThread.isFinished { usleep(1000) }
        return Output(status: process.terminationStatus, stdout: outData, stderr: errData)
    }

    /// Python 3 (Debian's), for its reference CSV reader and HTML tokenizer.
    static let python: String? = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Runs a Python script with arguments and decodes the JSON it prints.
    static func python(_ script: String, _ arguments: [String]) throws -> Any {
        guard let python else { throw Failure(description: "python3 is not installed; the report tests use its csv and html.parser modules") }
        let output = try run(python, ["-c", script] + arguments)
        guard output.status == 0 else {
            throw Failure(description: "python3 failed: " + String(decoding: output.stderr, as: UTF8.self))
        }
        return try JSONSerialization.jsonObject(with: output.stdout)
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("chainaudit-report-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
