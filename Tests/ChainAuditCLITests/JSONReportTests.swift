import Foundation
import Testing

/// The contract of cli.md for `check`: the JSON report field for field, its
/// order, several files, `--output`, `--fail-on`, and what reaches a terminal.
@Suite("chainaudit check: the JSON report and the command-line contract")
struct JSONReportTests {
    static let example = CLI.fixture("examples/kent-wellbeing-bid.yaml")

    // MARK: - Determinism and shape

    @Test("Two runs on the same input print the same bytes", arguments: ["json", "text"])
    func deterministic(_ format: String) throws {
        let first = try CLI.run(["check", Self.example, "--format", format])
        let second = try CLI.run(["check", Self.example, "--format", format])
        #expect(first.status == second.status)
        #expect(!first.stdoutData.isEmpty)
        #expect(first.stdoutData == second.stdoutData)
    }

    @Test("The report has exactly the fields of cli.md, in its order")
    func fieldForField() throws {
        let result = try CLI.run(["check", Self.example, "--format", "json"])
        #expect(result.status == 1)
        #expect(result.stderr.isEmpty)
        let report = try Self.object(result.stdoutData)

        #expect(Self.topLevelKeys(result.stdout) == ["tool", "file", "contract", "summary", "findings", "metrics"])
        #expect(Set(report.keys) == ["tool", "file", "contract", "summary", "findings", "metrics"])

        let tool = try #require(report["tool"] as? [String: Any])
        #expect(Set(tool.keys) == ["name", "version"])
        #expect(tool["name"] as? String == "chainaudit")
        let version = try #require(tool["version"] as? String)
        #expect(version.wholeMatch(of: /[0-9]+\.[0-9]+\.[0-9]+.*/) != nil)

        #expect(report["file"] as? String == Self.example)
        let contract = try #require(report["contract"] as? [String: Any])
        #expect(Set(contract.keys) == ["id", "title"])
        #expect(contract["id"] as? String == "KCC-ASC-2026-014")
        #expect(contract["title"] as? String == "Community Wellbeing Service")

        let findings = try #require(report["findings"] as? [[String: Any]])
        #expect(!findings.isEmpty)
        for finding in findings {
            var keys: Set<String> = ["rule", "severity", "principle", "subject", "message", "evidence", "waived"]
            if finding["waived"] as? Bool == true { keys.insert("waiver") }
            #expect(Set(finding.keys) == keys)
            #expect((finding["rule"] as? String)?.wholeMatch(of: /[a-z]+(-[a-z]+)*/) != nil)
            #expect(["error", "warning", "info"].contains(finding["severity"] as? String ?? ""))
            #expect(!(finding["principle"] as? String ?? "").isEmpty)
            let subject = try #require(finding["subject"] as? [String: Any])
            #expect(Set(subject.keys) == ["kind", "id"])
            #expect(["contract", "subcontract", "organisation", "outcome"].contains(subject["kind"] as? String ?? ""))
            #expect(!(subject["id"] as? String ?? "").isEmpty)
            #expect(!(finding["message"] as? String ?? "").isEmpty)
            #expect(finding["evidence"] is [String: Any])
            #expect(finding["waived"] is Bool)
        }

        // The summary counts the unwaived findings of each severity, and the waived ones.
        let summary = try #require(report["summary"] as? [String: Int])
        #expect(Set(summary.keys) == ["error", "warning", "info", "waived"])
        for severity in ["error", "warning", "info"] {
            let count = findings.filter { $0["severity"] as? String == severity && $0["waived"] as? Bool == false }.count
            #expect(summary[severity] == count, "\(severity)")
        }
        #expect(summary["waived"] == findings.filter { $0["waived"] as? Bool == true }.count)

        let metrics = try #require(report["metrics"] as? [String: Any])
        #expect(Set(metrics.keys) == [
            "organisations", "subcontracts", "maxTier", "subcontractedValue", "kentShare", "smeShare", "vcseShare", "providers",
        ])
        #expect(metrics["organisations"] as? Int == 11)
        #expect(metrics["subcontracts"] as? Int == 9)
        #expect(metrics["maxTier"] as? Int == 2)
        let providers = try #require(metrics["providers"] as? [[String: Any]])
        #expect(providers.count == 9)
        for provider in providers {
            #expect(Set(provider.keys) == ["id", "tier", "value", "valueShare", "riskShare", "daysToCash"])
        }
    }

    @Test("Findings are sorted by severity, then rule id, then subject id")
    func sorted() throws {
        // The example bid, plus a chain with many findings of several rules and subjects.
        let many = try Self.write(Self.manyFindings, named: "many.yaml").path
        for file in [Self.example, many] {
            let result = try CLI.run(["check", file, "--format", "json"])
            let findings = try #require(try Self.object(result.stdoutData)["findings"] as? [[String: Any]])
            #expect(findings.count >= (file == many ? 6 : 1))
            let rank = ["error": 0, "warning": 1, "info": 2]
            let keys = findings.map { finding -> (Int, String, String) in
                let subject = finding["subject"] as? [String: Any]
                return (rank[finding["severity"] as? String ?? ""] ?? 9, finding["rule"] as? String ?? "", subject?["id"] as? String ?? "")
            }
            for (lhs, rhs) in zip(keys, keys.dropFirst()) {
                let ordered = lhs.0 != rhs.0 ? lhs.0 < rhs.0
                    : lhs.1 != rhs.1 ? Self.precedes(lhs.1, rhs.1)
                    : !Self.precedes(rhs.2, lhs.2)
                #expect(ordered, "\(lhs) before \(rhs)")
            }
        }
    }

    /// Subject ids chosen so that file order, numeric order and code-point order all differ.
    static let manyFindings = """
        chainaudit: 1
        contract: { id: C1, title: Many, commissioner: kcc, lead: lead, value: 100000, paymentDays: 60 }
        organisations:
          - { id: kcc, name: Kent County Council, sector: public, size: large }
          - { id: lead, name: Lead Ltd, sector: private, size: large }
          - { id: p1, name: One, sector: vcse, size: small }
          - { id: p2, name: Two, sector: vcse, size: micro }
        subcontracts:
          - { id: S10, parent: lead, provider: p1, paymentDays: 45 }
          - { id: S9, parent: lead, provider: p2, paymentDays: 31 }
          - { id: s1, parent: p1, provider: p2, paymentDays: 90, payWhenPaid: true }
          - { id: S2, parent: lead, provider: p2, role: Visits, paymentDays: 10, volume: { amount: 0, unit: visits }, changeMechanism: Letter }
        """

    @Test("Metrics: values summed over every tier; Kent, SME and VCSE shares of that total; providers by tier then id")
    func metrics() throws {
        let text = """
            chainaudit: 1
            contract: { id: C1, title: Metrics, commissioner: kcc, lead: lead, value: 2000, paymentDays: 30 }
            organisations:
              - { id: kcc, name: Kent County Council, sector: public, size: large, district: Maidstone }
              - { id: lead, name: Lead Ltd, sector: private, size: large, district: Maidstone }
              - { id: zeta, name: Zeta CIC, sector: vcse, size: small, district: Dover }
              - { id: alpha, name: Alpha Ltd, sector: private, size: medium, district: Camden }
              - { id: mid, name: Mid Ltd, sector: private, size: micro, district: Thanet }
            subcontracts:
              - { id: S1, parent: lead, provider: zeta, value: 600, paymentDays: 30, riskShare: 0.2 }
              - { id: S2, parent: lead, provider: alpha, value: 400, paymentDays: 20 }
              - { id: S3, parent: zeta, provider: mid, value: 100, paymentDays: 10, payWhenPaid: true, riskShare: 0.01 }
              - { id: S4, parent: alpha, provider: mid, value: 50, paymentDays: 25, riskShare: 0.02 }
            """
        let result = try CLI.run(["check", try Self.write(text, named: "metrics.yaml").path, "--format", "json"])
        #expect(result.status != 2)
        let metrics = try #require(try Self.object(result.stdoutData)["metrics"] as? [String: Any])
        #expect(metrics["organisations"] as? Int == 5)
        #expect(metrics["subcontracts"] as? Int == 4)
        #expect(metrics["maxTier"] as? Int == 2)
        #expect(metrics["subcontractedValue"] as? Double == 1150)
        Self.expectClose(metrics["kentShare"], 750.0 / 1150)   // zeta and mid; alpha is in London
        Self.expectClose(metrics["smeShare"], 1.0)             // small, medium, micro
        Self.expectClose(metrics["vcseShare"], 600.0 / 1150)   // zeta only

        let providers = try #require(metrics["providers"] as? [[String: Any]])
        #expect(providers.map { $0["id"] as? String } == ["alpha", "zeta", "mid"])
        #expect(providers.map { $0["tier"] as? Int } == [1, 1, 2])
        #expect(providers.map { $0["value"] as? Double } == [400, 600, 150])
        Self.expectClose(providers[0]["valueShare"], 0.2)
        Self.expectClose(providers[1]["valueShare"], 0.3)
        Self.expectClose(providers[2]["valueShare"], 0.075)
        #expect(providers[0]["riskShare"] is NSNull)
        Self.expectClose(providers[1]["riskShare"], 0.2)
        Self.expectClose(providers[2]["riskShare"], 0.03)
        // mid: S3 is pay-when-paid, so 10 days plus the 30 zeta waits; S4 is 25 days.
        #expect(providers.map { $0["daysToCash"] as? Int } == [20, 30, 40])
    }

    @Test("Several files give {\"reports\": [...]}, one report per file, in the order given")
    func severalFiles() throws {
        let other = try Self.write(Self.manyFindings, named: "many.yaml").path
        let result = try CLI.run(["check", Self.example, other, "--format", "json"])
        #expect(result.status == 1)
        let top = try Self.object(result.stdoutData)
        #expect(Array(top.keys) == ["reports"])
        let reports = try #require(top["reports"] as? [[String: Any]])
        #expect(reports.map { $0["file"] as? String } == [Self.example, other])
        // Each report is the same object a single-file run prints.
        let single = try Self.object(try CLI.run(["check", other, "--format", "json"]).stdoutData)
        #expect(NSDictionary(dictionary: single).isEqual(to: reports[1]))
    }

    // MARK: - --output

    @Test("--output writes the report atomically, replacing an existing file, leaving no temporary file")
    func outputAtomic() throws {
        let folder = try CLI.temporaryFolder()
        let output = folder.appendingPathComponent("report.json")
        try "old report".write(to: output, atomically: true, encoding: .utf8)
        // A hard link to the old file keeps the old bytes only if the report is renamed into place.
        let link = folder.appendingPathComponent("old-link.json")
        try FileManager.default.linkItem(at: output, to: link)

        let result = try CLI.run(["check", Self.example, "--format", "json", "--output", output.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let expected = try CLI.run(["check", Self.example, "--format", "json"]).stdoutData
        #expect(try Data(contentsOf: output) == expected)
        #expect(try String(contentsOf: link, encoding: .utf8) == "old report")
        #expect(try Set(FileManager.default.contentsOfDirectory(atPath: folder.path)) == ["report.json", "old-link.json"])
    }

    @Test("--output refuses an input file, however it is named, and leaves it untouched", arguments: ["same", "symlink", "dot-slash", "dot-dot", "second-input"])
    func outputRefusesInput(_ how: String) throws {
        let folder = try CLI.temporaryFolder()
        let input = folder.appendingPathComponent("bid.yaml")
        try FileManager.default.copyItem(atPath: Self.example, toPath: input.path)
        let before = try Data(contentsOf: input)
        var files = ["bid.yaml"]
        let output: String
        switch how {
        case "same": output = "bid.yaml"
        case "symlink":
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.yaml").path, withDestinationPath: "bid.yaml")
            output = "link.yaml"
        case "dot-slash": output = "./bid.yaml"
        case "dot-dot": output = "../\(folder.lastPathComponent)/bid.yaml"
        default:
            try FileManager.default.copyItem(atPath: Self.example, toPath: folder.appendingPathComponent("first.yaml").path)
            files = ["first.yaml", "bid.yaml"]
            output = input.path
        }
        let result = try CLI.run(["check"] + files + ["--format", "json", "--output", output], currentDirectory: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("error:"))
        #expect(result.stderr.contains("overwrite"))
        #expect(result.stdout.isEmpty)
        #expect(try Data(contentsOf: input) == before)
    }

    // MARK: - Exit statuses

    static let quiet = """
        chainaudit: 1
        contract:
          id: C2
          title: Quiet
          commissioner: kcc
          lead: lead
          value: 1000
          paymentDays: 30
          exitStrategy: Clause 20
          issueResolution: Clause 18
          changeMechanism: Clause 19
        organisations:
          - { id: kcc, name: Kent County Council, sector: public, size: large }
          - { id: lead, name: Lead Ltd, sector: private, size: large }
        """

    static let clean = """
        chainaudit: 1
        contract:
          id: C3
          title: Clean
          commissioner: kcc
          lead: lead
          value: 1000
          paymentDays: 30
          outcomes: [{ id: O1, description: Fewer lonely people, indicator: UCLA score }]
          exitStrategy: Clause 20
          issueResolution: Clause 18
          changeMechanism: Clause 19
          governance: Partnership board
          feedback: Service-user panel
        organisations:
          - { id: kcc, name: Kent County Council, sector: public, size: large }
          - { id: lead, name: Lead Ltd, sector: private, size: large }
        """

    @Test("--fail-on: status 1 exactly when an unwaived finding is at or above the level; never means 0", arguments: ["example", "quiet", "clean"])
    func failOn(_ which: String) throws {
        let file = switch which {
        case "example": Self.example
        case "quiet": try Self.write(Self.quiet, named: "quiet.yaml").path
        default: try Self.write(Self.clean, named: "clean.yaml").path
        }
        let report = try Self.object(try CLI.run(["check", file, "--format", "json"]).stdoutData)
        let findings = report["findings"] as? [[String: Any]] ?? []
        let severities = Set(findings.filter { $0["waived"] as? Bool == false }.compactMap { $0["severity"] as? String })
        if which == "example" { #expect(severities.contains("error")) }
        if which == "clean" { #expect(severities.isEmpty) }

        let levels: [(String?, Set<String>)] = [
            (nil, ["error"]), ("error", ["error"]), ("warning", ["error", "warning"]), ("info", ["error", "warning", "info"]), ("never", []),
        ]
        for (level, counted) in levels {
            let arguments = ["check", file] + (level.map { ["--fail-on", $0] } ?? [])
            let result = try CLI.run(arguments)
            #expect(result.status == (severities.isDisjoint(with: counted) ? 0 : 1), "--fail-on \(level ?? "(default)")")
        }
    }

    @Test("An unknown --fail-on level is a command-line error: status 2")
    func failOnUnknown() throws {
        let result = try CLI.run(["check", Self.example, "--fail-on", "warnings"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
    }

    // MARK: - What reaches a terminal

    /// Names and titles carrying ANSI/OSC escapes, a bell, a C1 CSI, a carriage return and a bidi override.
    static let hostile = #"""
        {"chainaudit": 1,
         "contract": {"id": "C\u001b[2J1", "title": "Title \u001b]0;owned\u0007 \u009b31m\u202egnp.exe", "commissioner": "kcc",
                      "lead": "lead", "value": 1000, "paymentDays": 45},
         "organisations": [
           {"id": "kcc", "name": "Kent County Council", "sector": "public", "size": "large"},
           {"id": "lead", "name": "Lead \u001b[31mRed\u001b[0m Ltd\r", "sector": "private", "size": "large"},
           {"id": "p\u001b[1m1", "name": "Partner\u0008\u0008\u0008 \u001b[5mblink", "sector": "vcse", "size": "small"}],
         "subcontracts": [{"id": "S\u001b[0m1", "parent": "lead", "provider": "p\u001b[1m1", "paymentDays": 60}]}
        """#

    @Test("Text output never carries a raw escape or control character from the input")
    func textIsSanitised() throws {
        let file = try Self.write(Self.hostile, named: "hostile.json")
        for environment in [["NO_COLOR": "1"], ["NO_COLOR": ""]] {
            let result = try CLI.run(["check", file.path], environment: environment)
            #expect(result.status == 1)
            #expect(result.stdout.contains("Partner"))
            #expect(!Self.hasControl(result.stdout), "\(result.stdout.debugDescription)")
            #expect(!Self.hasControl(result.stderr))
        }
        // An invalid file: the unknown key is quoted in the error message, sanitised too.
        let bad = try Self.write(#"{"chainaudit": 1, "x": 1, "bad\u001b]0;t\u0007": 2}"#, named: "bad.json")
        let result = try CLI.run(["check", bad.path])
        #expect(result.status == 2)
        #expect(!Self.hasControl(result.stderr), "\(result.stderr.debugDescription)")
    }

    @Test("No colour when stdout is not a terminal, whether or not NO_COLOR is set")
    func noColourWhenPiped() throws {
        for environment in [["NO_COLOR": "1"], ["NO_COLOR": ""]] {
            let result = try CLI.run(["check", Self.example], environment: environment)
            #expect(result.status == 1)
            #expect(!result.stdout.contains("\u{1B}"))
        }
    }

    @Test("On a terminal: colour, unless NO_COLOR is set", .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func colourOnTerminal() throws {
        func runOnTerminal(noColor: String) throws -> String {
            // script(1) gives the command a pseudo-terminal for its stdout.
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
            process.arguments = ["-qec", "'\(CLI.executable.path)' check '\(Self.example)'", "/dev/null"]
            var environment = ProcessInfo.processInfo.environment
            environment["NO_COLOR"] = noColor
            process.environment = environment
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = FileHandle.nullDevice
            process.standardInput = FileHandle.nullDevice
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }
        let coloured = try runOnTerminal(noColor: "")
        #expect(coloured.contains("late-payment-terms"))
        #expect(coloured.contains("\u{1B}["))
        let plain = try runOnTerminal(noColor: "1")
        #expect(plain.contains("late-payment-terms"))
        #expect(!plain.contains("\u{1B}"))
    }

    // MARK: - Helpers

    static func object(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// The keys of the outermost object, in the order printed (the writer indents by two spaces).
    static func topLevelKeys(_ text: String) -> [String] {
        text.split(separator: "\n").compactMap { line in
            line.firstMatch(of: /^  "([^"]+)":/).map { String($0.1) }
        }
    }

    static func hasControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            (scalar.value < 0x20 && scalar != "\n") || (0x7F...0x9F).contains(scalar.value) || (0x202A...0x202E).contains(scalar.value)
        }
    }

    static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        lhs.unicodeScalars.lexicographicallyPrecedes(rhs.unicodeScalars)
    }

    static func expectClose(_ value: Any?, _ expected: Double, sourceLocation: SourceLocation = #_sourceLocation) {
        let number = value as? Double
        #expect(number.map { abs($0 - expected) < 1e-9 } == true, "\(String(describing: value)) ≠ \(expected)", sourceLocation: sourceLocation)
    }

    static func write(_ text: String, named name: String) throws -> URL {
        let file = try CLI.temporaryFolder().appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }
}
