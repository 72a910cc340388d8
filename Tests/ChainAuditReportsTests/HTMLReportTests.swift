import ChainAuditHTML
import ChainAuditReports
import ChainAuditRules
import Crypto
import Foundation
import Testing

@Suite("HTML report (document)")
struct HTMLReportTests {
    static func styleText(_ html: String) -> String? {
        guard let open = html.range(of: "<style>"), let close = html.range(of: "</style>", range: open.upperBound..<html.endIndex) else { return nil }
        return String(html[open.upperBound..<close.lowerBound])
    }

    @Test("The CSP names the one inline stylesheet by its SHA-256 and allows no script or network")
    func contentSecurityPolicy() throws {
        let html = HTMLReport.render(try Hostile.input(), diagramSVG: nil)
        let style = try #require(Self.styleText(html))
        let hash = "sha256-" + Data(SHA256.hash(data: Data(style.utf8))).base64EncodedString()
        let meta = try #require(html.range(of: #"<meta http-equiv="Content-Security-Policy" content="[^"]*">"#, options: .regularExpression))
        // The attribute value with its character references decoded, as the browser reads it.
        let policy = String(html[meta]).replacingOccurrences(of: "&#39;", with: "'")
        #expect(policy.contains("default-src 'none'"))
        #expect(policy.contains("style-src '\(hash)'"))
        #expect(policy.contains("img-src data:"))
        #expect(!policy.contains("unsafe-inline"))
        #expect(!policy.contains("script-src"), "the report ships no script, so script-src falls back to 'none'")
        // Exactly one <style> element, and it is the hashed one.
        #expect(html.components(separatedBy: "<style").count == 2)
    }

    @Test("Every input string is escaped: no element, attribute or entity comes from the file")
    func escaping() throws {
        let html = HTMLReport.render(try Hostile.input(), diagramSVG: nil)
        let lowered = html.lowercased()
        #expect(!lowered.contains("<script"))
        #expect(!lowered.contains("<img"))
        #expect(!lowered.contains("</style><style>"))
        #expect(!html.contains("\u{1B}"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("Lead &quot;Prime&quot; &lt;script&gt;alert(1)&lt;/script&gt; Ltd"))
        // A quote followed by a combining mark is still escaped (one grapheme, two scalars).
        #expect(html.contains("Quote&quot;\u{301} onmouseover=alert(1)"))
        let rawQuoteWithMark = String(String.UnicodeScalarView([UnicodeScalar(0x22)!, UnicodeScalar(0x301)!]))
        #expect(!html.contains(rawQuoteWithMark))
        #expect(html.contains(Hostile.longName))
        // Resource URLs: none at all.
        #expect(html.range(of: #"(src|href|action|poster|srcset|data)\s*=\s*["']?\s*(https?:)?//"#, options: [.regularExpression, .caseInsensitive]) == nil)
        #expect(!lowered.contains("url("))
        #expect(!lowered.contains("@import"))
        #expect(!lowered.contains("<link"))
    }

    @Test("Sections in order: summary, diagram, findings by principle, organisations, charts")
    func structure() throws {
        let input = try Hostile.input()
        let html = HTMLReport.render(input, diagramSVG: nil)
        let markers = ["id=\"summary-heading\"", "id=\"diagram-slot\"", "id=\"findings-heading\"", "id=\"organisations-heading\"", "id=\"risk-chart\"", "id=\"days-chart\""]
        let positions = markers.compactMap { html.range(of: $0)?.lowerBound }
        #expect(positions.count == markers.count)
        #expect(positions == positions.sorted())
        #expect(html.contains("<html lang=\"en-GB\">"))
        #expect(html.contains("could not be drawn"))
        let problems = input.result.count(.error) + input.result.count(.warning)
        #expect(html.contains("\(problems) problems need attention"))
        for principle in Set(input.result.findings.map(\.principle)) {
            #expect(html.contains(HTMLText.escape(principle.title)))
        }
        #expect(html.contains("Waived: <bdi>\(HTMLText.escape(Hostile.waiverReason))</bdi>"))
        #expect(html.contains(HTMLText.escape(Hostile.waiverApprover)))
        #expect(html.contains("<th scope=\"col\">Severity</th>"))
        #expect(html.contains("<th scope=\"row\">"))
        #expect(html.contains("@page { size: A4"))
        // Every organisation has a row to link to.
        for organisation in input.chain.organisations {
            #expect(html.contains("id=\"\(HTMLText.escape(HTMLReport.anchor(for: .organisation(organisation))))\""))
        }
        for subcontract in input.chain.subcontracts {
            #expect(html.contains("id=\"\(HTMLText.escape(HTMLReport.anchor(for: .subcontract(subcontract))))\""))
        }
        #expect(html.contains("id=\"\(HTMLText.escape(HTMLReport.anchor(for: .contract(input.chain.contract))))\""))
        // Ids are unique.
        let ids = html.matches(of: #/ id="([^"]*)"/#).map { String($0.1) }
        #expect(Set(ids).count == ids.count)
    }

    @Test("The diagram's SVG is embedded without its prolog, DOCTYPE or comments")
    func diagramEmbedded() throws {
        let html = HTMLReport.render(try Hostile.input(), diagramSVG: GraphvizSample.svg)
        #expect(!html.contains("<?xml"))
        #expect(!html.contains("<!DOCTYPE svg"))
        #expect(!html.contains("Generated by graphviz"))
        #expect(html.contains("<a xlink:href=\"#subject-organisation-img\""))
        #expect(!html.contains("could not be drawn"))
        #expect(EmbeddedSVG.prepare("<svg><script>alert(1)</script></svg>") == nil)
        #expect(EmbeddedSVG.prepare("not svg") == nil)
        #expect(EmbeddedSVG.prepare("<svg><a xlink:href=\"https://example.org/\"><text>x</text></a></svg>") == nil)
        #expect(EmbeddedSVG.prepare("<svg><image href='http://example.org/x.png'/></svg>") == nil)
        #expect(EmbeddedSVG.prepare("<svg><a xlink:href=\"#subject-organisation-x\"><text>javascript:alert(1) href=x</text></a></svg>") != nil)
    }

    @Test("The same input gives the same bytes")
    func deterministic() throws {
        let input = try Hostile.input()
        let first = HTMLReport.render(input, diagramSVG: GraphvizSample.svg)
        let second = HTMLReport.render(input, diagramSVG: GraphvizSample.svg)
        #expect(first == second)
    }
}
