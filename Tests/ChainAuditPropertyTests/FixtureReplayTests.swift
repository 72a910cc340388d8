import ChainAuditModel
import ChainAuditReports
import ChainAuditRules
import Foundation
import Testing

/// Replays the hostile inputs in `Fixtures/hostile/` named `accept-…` or
/// `reject-…` for the answer they must get (the folder's other files are the
/// hostile-name chains the output tests use) and every fuzzer-found input in
/// `Fixtures/fuzz-regressions/` through the path the fuzzer takes.
@Suite("Hostile and fuzz-found inputs")
struct FixtureReplayTests {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func files(in folder: String) -> [String] {
        let url = fixtures.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0 != "README.md" }.sorted().map { url.appendingPathComponent($0).path }
    }

    @Test("Hostile inputs are accepted or refused as their names say",
          arguments: files(in: "hostile").filter { name in
              let file = URL(fileURLWithPath: name).lastPathComponent
              return file.hasPrefix("accept-") || file.hasPrefix("reject-")
          })
    func hostile(path: String) throws {
        let name = URL(fileURLWithPath: path).lastPathComponent
        do {
            let chain = try ChainLoader().load(path: path)
            #expect(name.hasPrefix("accept-"), "\(name) loaded")
            _ = JSONReport.render([ReportInput(file: name, result: Checker().check(chain))])
        } catch {
            #expect(name.hasPrefix("reject-"), "\(name): \(error)")
            #expect(!error.diagnostics.isEmpty)
            #expect(error.diagnostics.allSatisfy { $0.file == path && !$0.message.isEmpty })
            if name.contains("laughs") { #expect(error.description.contains("aliases used to multiply content")) }
            if name.contains("deep") { #expect(error.description.contains("nesting deeper than")) }
        }
    }

    @Test("The hostile fixtures are all there")
    func hostilePresent() {
        #expect(Self.files(in: "hostile").count >= 20)
    }

    /// One case per reproducer in `Fixtures/fuzz-regressions/`. The fuzzer has found nothing yet
    /// (see docs/hardening.md), so today the folder holds only its README and the test has no
    /// cases; each finding added there becomes a case.
    @Test("Fuzz-found inputs load or fail cleanly, as JSON and as YAML", arguments: files(in: "fuzz-regressions"))
    func fuzzRegression(path: String) throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        for format in [ChainLoader.Format.json, .yaml] {
            do {
                let chain = try ChainLoader().load(bytes: bytes, file: path, format: format)
                let input = ReportInput(file: path, result: Checker().check(chain))
                _ = JSONReport.render([input])
                _ = TextReport(colour: true).render([input])
            } catch {
                #expect(!error.diagnostics.isEmpty)
            }
        }
    }
}
