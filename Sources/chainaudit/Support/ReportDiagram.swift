import ChainAuditDiagrams
import ChainAuditGraphviz
import ChainAuditRules

/// The chain drawn as SVG for the HTML report, or `nil` when it cannot be
/// drawn (the report then says so in place of the diagram).
///
/// The whole chain is drawn when it has at most ``DiagramOptions/defaultMaxNodes``
/// organisations; a larger one is drawn as the Members' view, folded to that
/// many nodes, so the page stays readable. Nodes and edges link to their rows
/// (`#subject-<kind>-<id>`).
func reportDiagramSVG(for result: CheckResult) -> String? {
    let view: DiagramOptions.View = result.chain.organisations.count <= DiagramOptions.defaultMaxNodes ? .full : .members
    do {
        let dot = try DiagramWriter(options: DiagramOptions(view: view)).dot(for: result)
        let bytes = try Graphviz.shared().render(dot: dot, format: .svg)
        return String(decoding: bytes, as: UTF8.self)
    } catch {
        return nil
    }
}
