import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses SVG as XML and collects what a reader sees: the text of every element
/// and the tooltips (`xlink:title`) and links (`xlink:href`).
final class SVGText: NSObject, XMLParserDelegate {
    private(set) var texts: [String] = []
    private(set) var titles: [String] = []
    private(set) var links: [String] = []
    private(set) var ids: [String] = []
    /// The name of every element, in document order.
    private(set) var elements: [String] = []
    private var current = ""
    private(set) var error: Error?

    /// Parses `data`; `nil` when it is not well-formed XML (the parser's error is kept in `error`).
    static func parse(_ data: Data) -> SVGText? {
        let collector = SVGText()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        parser.shouldResolveExternalEntities = false
        guard parser.parse() else {
            collector.error = parser.parserError
            return nil
        }
        return collector
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?, attributes: [String: String] = [:]) {
        current = ""
        elements.append(elementName)
        if let title = attributes["xlink:title"] { titles.append(title) }
        if let link = attributes["xlink:href"] { links.append(link) }
        if elementName == "g", let id = attributes["id"] { ids.append(id) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        current += string
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        if elementName == "text" { texts.append(current) }
        current = ""
    }

    /// All drawn text, with Graphviz's non-breaking spaces read as spaces.
    var allText: String { texts.joined(separator: "\n").replacingOccurrences(of: "\u{A0}", with: " ") }
    /// All tooltips, likewise.
    var allTitles: String { titles.joined(separator: "\n").replacingOccurrences(of: "\u{A0}", with: " ") }
}
