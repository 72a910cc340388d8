import Foundation
import Testing

@Suite("chainaudit check --format markdown|csv|sarif|html, and chainaudit report")
struct ReportFormatsTests {
    static let hostile = CLI.fixture("hostile/report-hostile.yaml")

    @Test("Each new format prints its report and keeps the exit status of findings", arguments: ["markdown", "csv", "sarif", "html"])
    func formats(format: String) throws {
        let result = try CLI.run(["check", Self.hostile, "--format", format])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        switch format {
        case "markdown":
            #expect(result.stdout.contains("| Severity | Rule | Principle | Subject | Message | Waiver |"))
        case "csv":
            #expect(result.stdout.hasPrefix("\"file\",\"rule\",\"severity\""))
        case "sarif":
            let json = try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any]
            #expect(json?["version"] as? String == "2.1.0")
        default:
            #expect(result.stdout.hasPrefix("<!DOCTYPE html>"))
            #expect(result.stdout.contains("Content-Security-Policy"))
            #expect(!result.stdout.lowercased().contains("<script"))
        }
    }

    @Test("SARIF covers several files in one run; HTML refuses several files with status 2")
    func severalFiles() throws {
        let sarif = try CLI.run(["check", Self.hostile, Self.hostile, "--format", "sarif"])
        let json = try JSONSerialization.jsonObject(with: sarif.stdoutData) as? [String: Any]
        let one = try JSONSerialization.jsonObject(with: try CLI.run(["check", Self.hostile, "--format", "sarif"]).stdoutData) as? [String: Any]
        func results(_ object: [String: Any]?) -> Int { ((object?["runs"] as? [[String: Any]])?.first?["results"] as? [Any])?.count ?? -1 }
        #expect(results(json) == 2 * results(one))
        let html = try CLI.run(["check", Self.hostile, Self.hostile, "--format", "html"])
        #expect(html.status == 2)
        #expect(html.stderr.contains("HTML report covers one chain file"))
        #expect(html.stdout.isEmpty)
    }

    @Test("report FILE --output writes the HTML file; status 1 with errors, 0 without")
    func reportCommand() throws {
        let folder = try CLI.temporaryFolder()
        let output = folder.appendingPathComponent("report.html")
        let result = try CLI.run(["report", Self.hostile, "--output", output.path])
        #expect(result.status == 1)
        let html = try String(contentsOf: output, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
        // The diagram is drawn by Graphviz in-process and inlined, its nodes linking to the rows.
        #expect(!html.contains("could not be drawn"))
        #expect(html.contains("<svg"))
        #expect(html.contains("href=\"#subject-organisation-"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.html"], "no temporary file left behind")

        let clean = folder.appendingPathComponent("clean.yaml")
        try """
        chainaudit: 1
        contract:
          id: X
          title: Clean
          commissioner: kcc
          lead: lead
          value: 100
          paymentDays: 30
          outcomes: [{ id: O1, description: Fewer isolated people, indicator: Loneliness score }]
          exitStrategy: Clause 20
          issueResolution: Clause 18
          changeMechanism: Clause 19
          governance: Quarterly partnership board
          feedback: Service-user panel
        organisations:
          - { id: kcc, name: Kent County Council, sector: public, size: large }
          - { id: lead, name: Lead, sector: private, size: large }
        """.write(to: clean, atomically: true, encoding: .utf8)
        let cleanResult = try CLI.run(["report", clean.path])
        #expect(cleanResult.status == 0, "\(cleanResult.stderr)")
        #expect(cleanResult.stdout.contains("No problems need attention."))
    }

    @Test("report refuses to overwrite its input and writes nothing for an invalid file")
    func reportRefusals() throws {
        let folder = try CLI.temporaryFolder()
        let bad = folder.appendingPathComponent("bad.yaml")
        try "chainaudit: 1\ncontract: {}\norganisations: []\n".write(to: bad, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("report.html")
        let invalid = try CLI.run(["report", bad.path, "--output", output.path])
        #expect(invalid.status == 2)
        #expect(invalid.stderr.contains("\(bad.path):2:11: error:"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
        let overwrite = try CLI.run(["report", bad.path, "--output", bad.path])
        #expect(overwrite.status == 2)
        #expect(try String(contentsOf: bad, encoding: .utf8).hasPrefix("chainaudit: 1"))
    }
}
