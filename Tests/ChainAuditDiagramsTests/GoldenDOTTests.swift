import ChainAuditDiagrams
import Foundation
import Testing

/// The DOT text of each fixture, compared byte for byte with the committed golden file
/// under `Fixtures/diagrams/golden/`. Set `CHAINAUDIT_UPDATE_GOLDENS=1` to rewrite them
/// after an intended change, and review the difference before committing.
@Suite("Golden DOT")
struct GoldenDOTTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var fixture: String
        var options: DiagramOptions
        var golden: String
        var testDescription: String { golden }
    }

    static let cases: [Case] = [
        Case(fixture: "diagrams/befriending.yaml", options: DiagramOptions(), golden: "befriending.full.dot"),
        Case(fixture: "diagrams/befriending.yaml", options: DiagramOptions(view: .members), golden: "befriending.members.dot"),
        Case(fixture: "diagrams/wellbeing.yaml", options: DiagramOptions(), golden: "wellbeing.full.dot"),
        Case(fixture: "diagrams/wellbeing.yaml", options: DiagramOptions(view: .members, maxNodes: 6), golden: "wellbeing.members-6.dot"),
        Case(fixture: "diagrams/wellbeing.yaml", options: DiagramOptions(district: "Dover"), golden: "wellbeing.dover.dot"),
        Case(fixture: "diagrams/cycle.yaml", options: DiagramOptions(), golden: "cycle.full.dot"),
        Case(fixture: "hostile/hostile-names.yaml", options: DiagramOptions(), golden: "hostile-names.full.dot"),
    ]

    @Test("The DOT text matches the golden file", arguments: cases)
    func golden(_ testCase: Case) throws {
        let dot = try DiagramWriter(options: testCase.options).dot(for: try Fixtures.check(testCase.fixture))
        let url = Fixtures.url("diagrams/golden/\(testCase.golden)")
        if ProcessInfo.processInfo.environment["CHAINAUDIT_UPDATE_GOLDENS"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(dot.utf8).write(to: url)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(dot == expected, "regenerate with CHAINAUDIT_UPDATE_GOLDENS=1 if the change is intended")
    }

    @Test("The same input gives the same bytes twice")
    func deterministic() throws {
        let result = try Fixtures.check("diagrams/wellbeing.yaml")
        let writer = DiagramWriter(options: DiagramOptions(view: .members, maxNodes: 5))
        #expect(try writer.dot(for: result) == (try writer.dot(for: result)))
    }
}
