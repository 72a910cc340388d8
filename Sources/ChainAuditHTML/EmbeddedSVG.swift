import Foundation

/// Prepares Graphviz's SVG for inline use in HTML.
public enum EmbeddedSVG {
    /// The `<svg>` element alone: the XML prolog, DOCTYPE and comments
    /// removed. `nil` when there is no `<svg` element, when the text holds an
    /// element Graphviz never writes and a page must never run (`<script`,
    /// `<foreignObject`, `<iframe`, `<object`, `<embed`, `<style`), or when a
    /// link points outside the page (every `href` must be a `#fragment`), so a
    /// damaged or hostile drawing is reported as not drawn rather than embedded.
    /// Text from the input cannot trip these checks: Graphviz escapes `<` in
    /// labels and quotes in text, and a `javascript:` or `href=` inside a
    /// label is only text.
    public static func prepare(_ svg: String) -> String? {
        let withoutComments = removingComments(svg)
        guard let start = withoutComments.range(of: "<svg") else { return nil }
        var body = withoutComments[start.lowerBound...]
        guard let end = body.range(of: "</svg>", options: .backwards) else { return nil }
        body = body[..<end.upperBound]
        let lowered = body.lowercased()
        for forbidden in ["<script", "<foreignobject", "<iframe", "<object", "<embed", "<style"] where lowered.contains(forbidden) {
            return nil
        }
        // Every link stays inside the page. (Graphviz escapes quotes in text,
        // so `href="` can only be an attribute.)
        for quote in ["\"", "'"] {
            var rest = Substring(lowered)
            while let link = rest.range(of: "href=" + quote) {
                rest = rest[link.upperBound...]
                guard rest.first == "#" else { return nil }
            }
        }
        return inPixels(String(body))
    }

    /// The drawing's size in CSS pixels rather than points: Graphviz gives its
    /// size in points (1.33 CSS pixels each), which would draw it a third larger
    /// than needed; one pixel a point keeps 11-point names at 11 pixels, which
    /// stay legible while a wide chain scrolls sideways instead of shrinking.
    static func inPixels(_ svg: String) -> String {
        guard let close = svg.firstIndex(of: ">") else { return svg }
        var tag = String(svg[..<close])
        for attribute in ["width", "height"] {
            guard let start = tag.range(of: " \(attribute)=\""),
                  let end = tag[start.upperBound...].firstIndex(of: "\"") else { continue }
            let value = tag[start.upperBound..<end]
            guard value.hasSuffix("pt"), Double(value.dropLast(2)) != nil else { continue }
            tag.replaceSubrange(start.upperBound..<end, with: value.dropLast(2) + "px")
        }
        return tag + svg[close...]
    }

    static func removingComments(_ text: String) -> String {
        var output = ""
        var rest = Substring(text)
        while let open = rest.range(of: "<!--") {
            output += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "-->") else { return output }
            rest = rest[close.upperBound...]
        }
        return output + rest
    }
}
