import ChainAuditHTML
import ChainAuditModel
import ChainAuditReports
import ChainAuditRules
import Foundation
import Testing

@Suite("HTML report charts")
struct HTMLChartTests {
    /// A chain of `count` providers under the lead, provider i paid in 20 + i days with risk share i/1000.
    static func chain(providers count: Int) throws -> ReportInput {
        var yaml = """
            chainaudit: 1
            contract: {id: C, title: Many, commissioner: kcc, lead: lead, value: 1000000, paymentDays: 30}
            organisations:
              - {id: kcc, name: KCC, sector: public, size: large}
              - {id: lead, name: Lead, sector: private, size: large}

            """
        for index in 0..<count { yaml += "  - {id: o\(index), name: Provider \(index), sector: vcse, size: small}\n" }
        yaml += "subcontracts:\n"
        for index in 0..<count {
            yaml += "  - {id: s\(index), parent: lead, provider: o\(index), value: 1000, paymentDays: \(20 + index), riskShare: \(Double(index) / 1000)}\n"
        }
        let chain = try ChainLoader().load(bytes: Array(yaml.utf8), file: "many.yaml", format: .yaml)
        return ReportInput(file: "many.yaml", result: Checker().check(chain))
    }

    static func section(_ html: String, id: String) -> String {
        guard let start = html.range(of: "<figure id=\"\(id)\">"), let end = html.range(of: "</figure>", range: start.upperBound..<html.endIndex) else { return "" }
        return String(html[start.lowerBound..<end.upperBound])
    }

    @Test("A few providers: every one is a point, a bar and a key entry, over-30 bars marked in words")
    func fewProviders() throws {
        let html = HTMLReport.render(try Self.chain(providers: 15), diagramSVG: nil)
        let risk = Self.section(html, id: "risk-chart"), days = Self.section(html, id: "days-chart")
        #expect(risk.components(separatedBy: "<g>").count - 1 == 15)
        #expect(risk.components(separatedBy: "<li value=").count - 1 == 15)
        #expect(days.components(separatedBy: "<g>").count - 1 == 15)
        // Providers 11...14 wait 31...34 days.
        #expect(days.components(separatedBy: "(over 30)</text>").count - 1 == 4)
        #expect(risk.contains("Proportionate: risk share equals value share"))
        #expect(days.contains("The 30-day limit"))
        let shortestWait = "Provider 0\u{2069}: paid 20 days"
        #expect(days.contains(shortestWait))
    }

    @Test("Many providers: the charts stay readable, numbering and drawing at most 40 and saying so")
    func manyProviders() throws {
        let html = HTMLReport.render(try Self.chain(providers: 300), diagramSVG: nil)
        let risk = Self.section(html, id: "risk-chart"), days = Self.section(html, id: "days-chart")
        #expect(risk.components(separatedBy: "<g>").count - 1 == 300)
        #expect(risk.components(separatedBy: "<li value=").count - 1 == 40)
        #expect(days.components(separatedBy: "<g>").count - 1 == 40)
        #expect(days.contains("Only the 40 providers who wait longest of the 300 are drawn"))
        // The longest waits are the ones drawn.
        let shortestWait = "Provider 0\u{2069}: paid 20 days", longestWait = "Provider 299\u{2069}: paid 319 days"
        #expect(days.contains(longestWait))
        #expect(!days.contains(shortestWait))
    }
}
