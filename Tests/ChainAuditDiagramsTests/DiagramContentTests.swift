import ChainAuditDiagrams
import ChainAuditModel
import ChainAuditRules
import Foundation
import Testing

@Suite("What the diagram shows")
struct DiagramContentTests {
    @Test("Ranks: commissioner first, lead next, then one rank per tier, unreachable organisations last")
    func ranks() throws {
        let result = try Fixtures.check("diagrams/wellbeing.yaml")
        let dot = try DiagramWriter().dot(for: result)
        let chain = result.chain
        let ranks = dot.split(separator: "\n").filter { $0.hasPrefix("  { rank=same;") }.map { line in
            line.split(separator: " ").compactMap { word -> String? in
                let id = word.trimmingCharacters(in: CharacterSet(charactersIn: ";"))
                guard id.hasPrefix("o"), let index = Int(id.dropFirst()) else { return nil }
                return chain.organisations[index].id
            }
        }
        #expect(ranks == [["kcc"], ["hale"], ["hope", "thanet-mind", "swale-nhs"], ["garden", "ride"], ["orphan", "orphan-kid"]])
    }

    @Test("Edges carry value, days, payment by results and risk in Members' units, clear of the line")
    func edgeLabels() throws {
        let dot = try DiagramWriter().dot(for: try Fixtures.check("diagrams/wellbeing.yaml"))
        #expect(dot.contains(#"<TD>SC1<BR/>£900k<BR/>30 days<BR/>40% by results<BR/>25% of risk</TD>"#))
        #expect(dot.contains(#"<TD>Head contract<BR/>£12m<BR/>30 days<BR/>20% by results</TD>"#))
    }

    @Test("A subcontract with an error is thick and vermillion, dashed when visibility fields are missing")
    func findingsMarked() throws {
        let dot = try DiagramWriter().dot(for: try Fixtures.check("diagrams/wellbeing.yaml"))
        let late = try #require(dot.split(separator: "\n").first { $0.contains("id=\"e1\"") })
        #expect(late.contains("color=\"#D55E00\"") && late.contains("penwidth=3") && !late.contains("dashed"))
        #expect(late.contains("1 error"))
        let hidden = try #require(dot.split(separator: "\n").first { $0.contains("id=\"e4\"") })
        #expect(hidden.contains("style=dashed"))
        let complete = try #require(dot.split(separator: "\n").first { $0.contains("id=\"e0\"") })
        #expect(!complete.contains("style=") && !complete.contains("#D55E00"))
    }

    @Test("An organisation with an error gets a thick outline and a badge; one with a warning its own style")
    func organisationMarked() throws {
        let chain = try ChainLoader().load(path: Fixtures.url("diagrams/befriending.yaml").path)
        let oakwood = try #require(chain.organisationIndex(of: "oakwood"))
        let bridges = try #require(chain.organisationIndex(of: "bridges"))
        let rules: [any Rule] = [
            MarkingRule(id: "test-error", defaultSeverity: .error, organisations: ["oakwood"], message: "first"),
            MarkingRule(id: "test-error-2", defaultSeverity: .error, organisations: ["oakwood"], message: "second"),
            MarkingRule(id: "test-warning", defaultSeverity: .warning, organisations: ["bridges"], message: "third"),
        ]
        let result = Checker(rules: rules).check(chain)
        let dot = try DiagramWriter().dot(for: result)
        let lines = dot.split(separator: "\n")
        let lead = try #require(lines.first { $0.hasPrefix("  o\(oakwood) [") })
        #expect(lead.contains("color=\"#D55E00\"") && lead.contains("penwidth=4") && lead.contains("<B>2 errors</B>"))
        #expect(lead.contains("Error [test-error]: first"))
        let provider = try #require(lines.first { $0.hasPrefix("  o\(bridges) [") })
        #expect(provider.contains("color=\"#CC79A7\"") && provider.contains("dotted") && provider.contains("<B>1 warning</B>"))
        let members = try DiagramWriter(options: DiagramOptions(view: .members)).dot(for: result)
        #expect(members.contains("<B>2 problems</B>") && members.contains("Problem: first") && !members.contains("test-error"))
    }

    @Test("The legend explains every sector, outline and line style")
    func legend() throws {
        let dot = try DiagramWriter().dot(for: try Fixtures.check("diagrams/befriending.yaml"))
        // One compact key below the chain (the label of the cluster holding it), sectors read left to right.
        let key = try #require(dot.split(separator: "\n").first { $0.contains("labelloc=b") && $0.contains("<B>Key</B>") })
        let order = ["Public sector", "Private company", "Voluntary, community", "Sector not stated"].compactMap { key.range(of: $0)?.lowerBound }
        #expect(order.count == 4 && order == order.sorted())
        for text in ["Public sector", "Private company", "Voluntary, community", "Sector not stated", "Organisation with an error", "Organisation with a warning", "Dashed: role, payment", "Thick vermillion", "Thick purple dotted"] {
            #expect(dot.replacingOccurrences(of: "\\n", with: " ").contains(text), "legend lacks \(text)")
        }
    }

    @Test("Nodes and edges link to the report's rows by percent-encoded anchors")
    func anchors() throws {
        let dot = try DiagramWriter().dot(for: try Fixtures.check("hostile/hostile-names.yaml"))
        #expect(dot.contains("URL=\"#subject-organisation-back%5Cslash\""))
        #expect(dot.contains("URL=\"#subject-subcontract-SC%3C2%3E\""))
        #expect(DiagramAnchor.id(for: Subject(kind: .outcome, id: "O 1")) == "subject-outcome-O%201")
    }

    @Test("No input text is ever used as a DOT id")
    func ownIds() throws {
        let dot = try DiagramWriter().dot(for: try Fixtures.check("hostile/hostile-names.yaml"))
        let statement = try Regex(#"^\s*(\S+)(?: -> (\S+))? \["#)
        let ownId = try Regex(#"^[a-z]+[0-9]*$"#)
        var checked = 0
        for line in dot.split(separator: "\n") {
            guard let match = line.firstMatch(of: statement) else { continue }
            for id in [match.output[1].substring, match.output[2].substring].compactMap({ $0 }) {
                #expect(id.wholeMatch(of: ownId) != nil, "unexpected DOT id \(id)")
                checked += 1
            }
        }
        #expect(checked > 20)
    }
}

/// A rule for these tests: flags the named organisations with a fixed message, so
/// that organisation findings of each severity can be drawn.
struct MarkingRule: Rule {
    var id: String
    var defaultSeverity: Severity
    var organisations: [String]
    var message: String
    var principle: Principle { .c3 }
    var subjectKinds: [Subject.Kind] { [.organisation] }
    var summary: String { "test rule" }
    var rationale: String { "test rule" }
    var fix: String { "test rule" }
    var failingExample: String { "" }
    var passingExample: String { "" }

    func check(_ context: RuleContext) -> [Finding] {
        context.chain.organisations.filter { organisations.contains($0.id) }.map { finding(.organisation($0), message) }
    }
}
