import ChainAuditHTML
import ChainAuditReports
import Foundation
import Testing

/// The HTML report opened in a real browser (headless Chromium).
@Suite("HTML report in a browser", .serialized, .enabled(if: Browser.shouldRun, "chromium is not installed (CI installs it; there these tests fail instead)"))
struct HTMLBrowserTests {
    static func write(_ html: String) throws -> URL {
        let file = try Helper.temporaryFolder().appendingPathComponent("report.html")
        try Data(html.utf8).write(to: file)
        return file
    }

    @Test("No element from the input reaches the DOM; the names appear as text; diagram and charts are there")
    func domHasNoInjectedElements() throws {
        let input = try Hostile.input()
        let file = try Self.write(HTMLReport.render(input, diagramSVG: GraphvizSample.svg))
        let page = try Browser.dumpDOM(file)
        #expect(page.dom.contains("</html>"), "the browser printed no DOM: \(page.log.suffix(2000))")
        let dom = try ParsedDOM(page.dom)
        #expect(dom.count("script") == 0)
        #expect(dom.count("img") == 0)
        #expect(dom.count("iframe") == 0 && dom.count("object") == 0 && dom.count("embed") == 0 && dom.count("link") == 0)
        #expect(dom.count("style") == 1)
        for tag in dom.tags {
            for attribute in tag.attributes.keys {
                #expect(!attribute.lowercased().hasPrefix("on"), "event handler \(attribute) on <\(tag.name)>")
            }
            for (name, value) in tag.attributes where ["src", "href", "xlink:href", "action", "srcset", "poster", "data"].contains(name) {
                #expect(value.hasPrefix("#"), "<\(tag.name) \(name)=\(value.prefix(60))> points outside the page")
            }
        }
        // The hostile names are text.
        for name in ["<img src=x onerror=alert(1)>", "Lead \"Prime\" <script>alert(1)</script> Ltd", "</style><style>body{display:none}</style> Care",
                     "]]><!-- not a comment --> Partners", "=HYPERLINK(\"http://evil.example/x\",\"click\")", "@SUM(A1:A2)", "\\u{1B}[31mRed\\u{1B}[0m Ltd"] {
            #expect(dom.text.contains(name), "\(name) is not shown as text")
        }
        #expect(dom.text.contains(Hostile.longName))
        let quoteName = Hostile.quoteWithCombiningMark
        #expect(dom.text.contains(quoteName))
        #expect(!dom.text.contains("\u{1B}"))
        // The diagram slot holds the inline SVG, its links reach the rows, and both charts are drawn.
        #expect(dom.element(id: "diagram-slot") != nil)
        #expect(dom.tags.contains { $0.name == "a" && $0.attributes["xlink:href"] == "#subject-organisation-img" })
        #expect(dom.element(id: "subject-organisation-img") != nil)
        #expect(dom.element(id: "risk-chart") != nil && dom.element(id: "days-chart") != nil)
        #expect(dom.count("svg") == 3)
        #expect(dom.tags.filter { $0.name == "svg" && $0.attributes["role"] == "img" && $0.attributes["aria-labelledby"] != nil }.count == 2)
        #expect(dom.count("circle") + dom.count("rect") > input.result.metrics.providers.count)
    }

    @Test("Without a diagram the page says plainly that it could not be drawn")
    func missingDiagram() throws {
        let file = try Self.write(HTMLReport.render(try Hostile.input(), diagramSVG: nil))
        let dom = try ParsedDOM(try Browser.dumpDOM(file).dom)
        #expect(dom.element(id: "diagram-slot") != nil)
        #expect(dom.text.contains("The diagram of the supply chain could not be drawn for this report."))
        #expect(dom.count("svg") == 2)
    }

    @Test("The CSP lets the report's own stylesheet apply and blocks any other (screenshots compared)")
    func stylesheetAllowedByHashOnly() throws {
        let html = HTMLReport.render(try Hostile.input(), diagramSVG: nil)
        let folder = try Helper.temporaryFolder()
        func shot(_ name: String, _ page: String) throws -> Data {
            let file = folder.appendingPathComponent(name + ".html")
            try Data(page.utf8).write(to: file)
            let png = folder.appendingPathComponent(name + ".png")
            _ = try Browser.screenshot(file, to: png)
            return try Data(contentsOf: png)
        }
        let styled = try shot("styled", html)
        // The same page with one byte more in the stylesheet: its hash no longer matches.
        let tampered = try shot("tampered", html.replacingOccurrences(of: "<style>", with: "<style> "))
        let unstyled = try shot("unstyled", html.replacingOccurrences(of: #"<style>[\s\S]*?</style>"#, with: "", options: .regularExpression))
        #expect(styled.count > 20_000 && tampered.count > 20_000)
        #expect(tampered == unstyled, "a stylesheet the CSP does not name must not apply")
        #expect(styled != unstyled, "the report's own stylesheet must apply")
    }

    @Test("Printed, the report comes out on A4 pages (the print stylesheet applies)")
    func printsOnA4() throws {
        let input = try HTMLChartTests.chain(providers: 12)
        let file = try Self.write(HTMLReport.render(input, diagramSVG: GraphvizSample.svg))
        let pdf = file.deletingLastPathComponent().appendingPathComponent("report.pdf")
        try Browser.printToPDF(file, to: pdf)
        let text = String(decoding: try Data(contentsOf: pdf), as: Unicode.ASCII.self)
        let boxes = text.matches(of: #/MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\]/#).compactMap { match in
            Double(match.1).flatMap { width in Double(match.2).map { (width, $0) } }
        }
        #expect(!boxes.isEmpty, "no pages in the PDF")
        for (width, height) in boxes {
            // A4 is 595 × 842 points (chromium's default would be US Letter, 612 × 792).
            #expect(abs(width - 595) < 2 && abs(height - 842) < 2, "page is \(width) × \(height) points")
        }
    }

    @Test("A screenshot of the report is a real picture")
    func screenshot() throws {
        let file = try Self.write(HTMLReport.render(try Hostile.input(), diagramSVG: GraphvizSample.svg))
        let png = file.deletingLastPathComponent().appendingPathComponent("report.png")
        let log = try Browser.screenshot(file, to: png)
        let data = try Data(contentsOf: png)
        #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]), "not a PNG: \(log.suffix(1000))")
        #expect(data.count > 20_000)
    }
}
