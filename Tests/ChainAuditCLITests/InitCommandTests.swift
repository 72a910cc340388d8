import Foundation
import Testing

@Suite("chainaudit init")
struct InitCommandTests {
    @Test("init writes a chain file and a configuration that check accepts unchanged")
    func roundTrip() throws {
        let folder = try CLI.temporaryFolder().appendingPathComponent("new project")
        let written = try CLI.run(["init", folder.path])
        #expect(written.status == 0)
        let chain = folder.appendingPathComponent("chain.yaml")
        let config = folder.appendingPathComponent("chainaudit.yml")
        #expect(FileManager.default.fileExists(atPath: chain.path))
        #expect(FileManager.default.fileExists(atPath: config.path))

        // Explicitly, and by discovery from the folder.
        let explicit = try CLI.run(["check", chain.path, "--config", config.path, "--format", "json"])
        #expect(explicit.status == 0 || explicit.status == 1, "\(explicit.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: explicit.stdoutData) as? [String: Any])
        let summary = try #require(json["summary"] as? [String: Any])
        // The template is written to be compliant: no rule reports an error on it.
        #expect(summary["error"] as? Int == 0, "\(explicit.stdout)")
        let discovered = try CLI.run(["check", "chain.yaml"], currentDirectory: folder)
        #expect(discovered.status == 0 || discovered.status == 1, "\(discovered.stderr)")
        #expect(try CLI.run(["check", "--show-config"], currentDirectory: folder).status == 0)
    }

    @Test("The template chain documents every key of the chain format")
    func everyKeyDocumented() throws {
        let folder = try CLI.temporaryFolder()
        #expect(try CLI.run(["init"], currentDirectory: folder).status == 0)
        let text = try String(contentsOf: folder.appendingPathComponent("chain.yaml"), encoding: .utf8)
        let keys = [
            "chainaudit", "contract", "organisations", "subcontracts",
            "id", "title", "commissioner", "lead", "value", "start", "end", "paymentDays", "byResultsShare",
            "outcomes", "description", "indicator", "exitStrategy", "issueResolution", "changeMechanism", "governance", "feedback",
            "name", "sector", "size", "annualTurnover", "district", "kentBased",
            "parent", "provider", "role", "districts", "volume", "amount", "unit", "payWhenPaid", "managementFee", "riskShare",
            "liabilityCap", "deliverables", "rewards", "penalties", "kpis", "commissionerAccess", "selectionRationale",
            "agreement", "expectations", "contingency",
        ]
        for key in keys {
            let commented = text.split(separator: "\n").contains { line in
                (line.contains(" \(key): ") || line.contains("{ \(key): ") || line.hasPrefix("\(key):")) && line.contains("#")
            }
            #expect(commented, "no commented line for `\(key)`")
        }
    }

    @Test("init refuses to overwrite existing files unless --force")
    func refusesToOverwrite() throws {
        let folder = try CLI.temporaryFolder()
        let config = folder.appendingPathComponent("chainaudit.yml")
        try "# mine\n".write(to: config, atomically: true, encoding: .utf8)
        let refused = try CLI.run(["init", folder.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("chainaudit.yml: error: already exists"))
        #expect(try String(contentsOf: config, encoding: .utf8) == "# mine\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("chain.yaml").path))

        let forced = try CLI.run(["init", folder.path, "--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOf: config, encoding: .utf8) != "# mine\n")
    }

    @Test("The configuration template lists every rule at its defaults")
    func configurationTemplateListsEveryRule() throws {
        let folder = try CLI.temporaryFolder()
        #expect(try CLI.run(["init", folder.path]).status == 0)
        let text = try String(contentsOf: folder.appendingPathComponent("chainaudit.yml"), encoding: .utf8)
        let rules = try CLI.run(["rules", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: rules.stdoutData) as? [String: Any])
        for rule in json["rules"] as? [[String: Any]] ?? [] {
            let id = try #require(rule["id"] as? String)
            let severity = try #require(rule["severity"] as? String)
            #expect(text.contains("  \(id):\n    severity: \(severity)\n"), "\(id)")
        }
    }
}
