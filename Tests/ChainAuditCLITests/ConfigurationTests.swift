import Foundation
import Testing

/// `check --config`, `chainaudit.yml` discovery, `--show-config`, and waivers, end to end.
@Suite("chainaudit check with a configuration")
struct ConfigurationTests {
    /// Late payment on the contract (X, 45 days) and on SC1 (60 days); otherwise compliant with every
    /// error-severity rule, so the exit status depends on late-payment-terms alone. (SC1 is also slower
    /// than its parent, a warning: `findings` below looks only at the rules these tests are about.)
    static let chain = """
        chainaudit: 1
        contract:
          id: X
          title: Example
          commissioner: kcc
          lead: lead
          value: 100
          paymentDays: 45
          outcomes: [{ id: O1, description: Fewer isolated people, indicator: Loneliness score }]
          exitStrategy: Clause 20
          issueResolution: Clause 18
          changeMechanism: Clause 19
          governance: Quarterly partnership board
          feedback: Service-user panel
        organisations:
          - { id: kcc, name: Kent County Council, sector: public, size: large }
          - { id: lead, name: Lead Ltd, sector: private, size: large }
          - { id: hope, name: Hope Trust, sector: vcse, size: small }
          - { id: oak, name: Oak CIC, sector: vcse, size: micro }
        subcontracts:
          - { id: SC1, parent: lead, provider: hope, value: 50, paymentDays: 60, role: Befriending, volume: { amount: 1, unit: people }, changeMechanism: Clause 9, managementFee: 0.1, kpis: [visits], commissionerAccess: true, deliverables: Visits, rewards: Monthly payment, penalties: Recovery, exitStrategy: Clause 8, issueResolution: Clause 7, selectionRationale: Local volunteers, agreement: signed, expectations: Handbook, contingency: Lead's own team }
          - { id: SC2, parent: lead, provider: oak, value: 40, paymentDays: 30, role: Transport, volume: { amount: 1, unit: trips }, changeMechanism: Clause 9, managementFee: 0.1, kpis: [trips], commissionerAccess: true, deliverables: Trips, rewards: Monthly payment, penalties: Recovery, exitStrategy: Clause 8, issueResolution: Clause 7, selectionRationale: Local drivers, agreement: signed, expectations: Handbook, contingency: Lead's own team }
        """

    /// The rules these tests are about: the one they configure and waive, and the waiver findings.
    static let rulesUnderTest: Set<String> = ["late-payment-terms", "expired-waiver", "unused-waiver"]

    /// A folder holding `chain.yaml` and, when given, `chainaudit.yml`.
    private func folder(config: String?) throws -> URL {
        let folder = try CLI.temporaryFolder()
        try Self.chain.write(to: folder.appendingPathComponent("chain.yaml"), atomically: true, encoding: .utf8)
        if let config {
            try config.write(to: folder.appendingPathComponent("chainaudit.yml"), atomically: true, encoding: .utf8)
        }
        return folder
    }

    private func findings(_ result: CLI.Result) throws -> [[String: Any]] {
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        let all = json["findings"] as? [[String: Any]] ?? []
        return all.filter { Self.rulesUnderTest.contains($0["rule"] as? String ?? "") }
    }

    private func ruleAndSubject(_ finding: [String: Any]) -> String {
        "\(finding["rule"] as? String ?? "")/\((finding["subject"] as? [String: Any])?["id"] as? String ?? "")"
    }

    @Test("--config changes a rule's severity")
    func severity() throws {
        let folder = try folder(config: nil)
        let config = folder.appendingPathComponent("settings.yml")
        try "rules:\n  late-payment-terms: warning\n".write(to: config, atomically: true, encoding: .utf8)
        let result = try CLI.run(["check", "chain.yaml", "--config", config.path, "--format", "json"], currentDirectory: folder)
        #expect(result.status == 0)
        let found = try findings(result)
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0["severity"] as? String == "warning" })
        #expect(try CLI.run(["check", "chain.yaml", "--config", config.path, "--fail-on", "warning"], currentDirectory: folder).status == 1)
        let errorsOnly = folder.appendingPathComponent("info.yml")
        try "rules:\n  late-payment-terms: info\n  slower-than-parent: off\n".write(to: errorsOnly, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["check", "chain.yaml", "--config", errorsOnly.path, "--fail-on", "warning"], currentDirectory: folder).status == 0)
    }

    @Test("--config changes a parameter, and `off` turns a rule off")
    func parametersAndOff() throws {
        let folder = try folder(config: nil)
        let lenient = folder.appendingPathComponent("lenient.yml")
        try "rules:\n  late-payment-terms: { maxPaymentDays: 50 }\n".write(to: lenient, atomically: true, encoding: .utf8)
        let result = try CLI.run(["check", "chain.yaml", "--config", lenient.path, "--format", "json"], currentDirectory: folder)
        #expect(result.status == 1)
        #expect(try findings(result).map(ruleAndSubject) == ["late-payment-terms/SC1"])

        let off = folder.appendingPathComponent("off.yml")
        try "rules:\n  late-payment-terms: off\n".write(to: off, atomically: true, encoding: .utf8)
        let silent = try CLI.run(["check", "chain.yaml", "--config", off.path, "--format", "json"], currentDirectory: folder)
        #expect(silent.status == 0)
        #expect(try findings(silent).isEmpty)
    }

    @Test("chainaudit.yml in the current folder is used when --config is absent")
    func discovery() throws {
        let folder = try folder(config: "rules:\n  late-payment-terms: off\n")
        let result = try CLI.run(["check", "chain.yaml", "--format", "json"], currentDirectory: folder)
        #expect(result.status == 0)
        #expect(try findings(result).isEmpty)
        // --config takes the place of the discovered file.
        let other = folder.appendingPathComponent("other.yml")
        try "rules:\n  late-payment-terms: warning\n".write(to: other, atomically: true, encoding: .utf8)
        let explicit = try CLI.run(["check", "chain.yaml", "--config", other.path, "--format", "json"], currentDirectory: folder)
        #expect(try findings(explicit).count == 2)
        // Without the file the rule runs.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("chainaudit.yml"))
        #expect(try CLI.run(["check", "chain.yaml"], currentDirectory: folder).status == 1)
    }

    @Test("An unknown rule or parameter: exit 2, positioned, with a suggestion, nothing written", arguments: [
        ("rules:\n  late-payment-term: off\n", "chainaudit.yml:2:3: error: rules.late-payment-term: unknown rule `late-payment-term`; did you mean `late-payment-terms`?"),
        ("rules:\n  late-payment-terms:\n    maxPaymentDay: 20\n", "chainaudit.yml:3:5: error: rules.late-payment-terms.maxPaymentDay: unknown key `maxPaymentDay`; did you mean `maxPaymentDays`?"),
    ])
    func invalidConfiguration(config: String, message: String) throws {
        let folder = try folder(config: config)
        let output = folder.appendingPathComponent("report.json")
        let result = try CLI.run(["check", "chain.yaml", "--format", "json", "--output", output.path], currentDirectory: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message))
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: output.path))
        #expect(try CLI.run(["check", "--show-config"], currentDirectory: folder).status == 2)
    }

    @Test("Errors in the configuration and in the chain file are reported together")
    func configurationAndChainErrors() throws {
        let folder = try folder(config: "rules:\n  no-such-rule: off\n")
        try "chainaudit: 2\n".write(to: folder.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["check", "bad.yaml"], currentDirectory: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("chainaudit.yml:2:3: error: rules.no-such-rule: unknown rule"))
        #expect(result.stderr.contains("bad.yaml:1:13: error: chainaudit: unsupported format version 2"))
    }

    @Test("A missing --config file is exit 2")
    func missingConfigFile() throws {
        let folder = try folder(config: nil)
        let result = try CLI.run(["check", "chain.yaml", "--config", "nowhere.yml"], currentDirectory: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("nowhere.yml: error: no such configuration file"))
    }

    @Test("A waived finding is marked in JSON with its reason and approver, and does not count")
    func waiverInJSON() throws {
        let folder = try folder(config: """
            waivers:
              - rule: late-payment-terms
                subject: SC1
                reason: 60-day terms agreed until April
                approvedBy: Commissioning Manager, Adult Social Care
                expires: 2999-12-31
              - rule: late-payment-terms
                subject: { kind: contract, id: X }
                reason: Head contract under renegotiation
                approvedBy: Director of Commissioning
            """)
        let result = try CLI.run(["check", "chain.yaml", "--format", "json"], currentDirectory: folder)
        #expect(result.status == 0)
        let found = try findings(result)
        #expect(found.count == 2)
        let sc1 = try #require(found.first { ruleAndSubject($0) == "late-payment-terms/SC1" })
        #expect(sc1["waived"] as? Bool == true)
        let waiver = try #require(sc1["waiver"] as? [String: Any])
        #expect(waiver["reason"] as? String == "60-day terms agreed until April")
        #expect(waiver["approvedBy"] as? String == "Commissioning Manager, Adult Social Care")
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(summary["error"] as? Int == 0)
        #expect(summary["waived"] as? Int == 2)
    }

    @Test("An expired waiver is reported and not applied; an unused one is reported as info")
    func expiredAndUnusedWaivers() throws {
        let folder = try folder(config: """
            waivers:
              - { rule: late-payment-terms, subject: SC1, reason: Old agreement, approvedBy: Jo Bloggs, expires: 2020-01-01 }
              - { rule: missing-visibility, subject: SC9, reason: Gone, approvedBy: Jo Bloggs }
            """)
        let result = try CLI.run(["check", "chain.yaml", "--format", "json"], currentDirectory: folder)
        #expect(result.status == 1)
        let found = try findings(result)
        #expect(!found.contains { $0["waived"] as? Bool == true })
        let expired = try #require(found.first { $0["rule"] as? String == "expired-waiver" })
        #expect(expired["severity"] as? String == "warning")
        #expect((expired["message"] as? String)?.contains("2020-01-01") == true)
        let unused = try #require(found.first { $0["rule"] as? String == "unused-waiver" })
        #expect(unused["severity"] as? String == "info")
        #expect((unused["message"] as? String)?.contains("SC9") == true)
    }

    @Test("--show-config prints every rule with defaults filled in, and reads back the same")
    func showConfig() throws {
        let folder = try folder(config: """
            rules:
              late-payment-terms: { severity: warning }
              missing-visibility: off
            waivers:
              - { rule: late-payment-terms, subject: { kind: subcontract, id: "SC\\"1" }, reason: "Line one\\nline two", approvedBy: Jo Bloggs, expires: 2030-01-01 }
            """)
        let shown = try CLI.run(["check", "--show-config"], currentDirectory: folder)
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("  late-payment-terms:\n    severity: warning\n    maxPaymentDays: 30"))
        #expect(shown.stdout.contains("  missing-visibility:\n    severity: off"))
        #expect(shown.stdout.contains("reason: \"Line one\\nline two\""))

        // The printed configuration is itself a valid configuration with the same effect.
        let copy = folder.appendingPathComponent("copy.yml")
        try shown.stdout.write(to: copy, atomically: true, encoding: .utf8)
        let again = try CLI.run(["check", "--show-config", "--config", copy.path], currentDirectory: folder)
        #expect(again.status == 0)
        // Compare the settings, not the comments (the source file and "(default …)" notes differ).
        let body = { (text: String) in
            text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.hasPrefix("  #") }.map { $0.components(separatedBy: "  # ")[0] }
        }
        #expect(body(again.stdout) == body(shown.stdout))

        let defaults = try CLI.run(["check", "--show-config"], currentDirectory: try CLI.temporaryFolder())
        #expect(defaults.status == 0)
        #expect(defaults.stdout.contains("No configuration file"))
    }
}
