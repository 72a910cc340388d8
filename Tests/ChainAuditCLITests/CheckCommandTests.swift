import Foundation
import Testing

@Suite("chainaudit check")
struct CheckCommandTests {
    @Test("A rule's example gives exit status 1 and a JSON finding")
    func findingsExitOne() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("late.yaml")
        try """
        chainaudit: 1
        contract: { id: X, title: T, commissioner: kcc, lead: lead, value: 100, paymentDays: 31 }
        organisations:
          - { id: kcc, name: Kent County Council, sector: public, size: large }
          - { id: lead, name: Lead, sector: private, size: large }
        """.write(to: file, atomically: true, encoding: .utf8)
        let result = try CLI.run(["check", file.path, "--format", "json"])
        #expect(result.status == 1)
        let json = try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any]
        let findings = json?["findings"] as? [[String: Any]] ?? []
        #expect(findings.contains { $0["rule"] as? String == "late-payment-terms" })
    }

    @Test("An invalid file gives exit status 2, a positioned message, and writes nothing")
    func invalidExitTwo() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("bad.yaml")
        try "chainaudit: 1\ncontract: {}\norganisations: []\n".write(to: file, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("report.json")
        let result = try CLI.run(["check", file.path, "--format", "json", "--output", output.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(file.path):2:11: error: contract.id: required key is missing"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("A usage error gives exit status 2")
    func usageExitTwo() throws {
        let result = try CLI.run(["check", "--format", "xml", "x.yaml"])
        #expect(result.status == 2)
    }
}
