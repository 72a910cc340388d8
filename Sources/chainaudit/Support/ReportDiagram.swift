import ChainAuditRules

/// The chain drawn as SVG for the HTML report, or `nil` when it cannot be drawn
/// (the report then says so in place of the diagram).
///
/// Placeholder until the diagram target is merged: the lead replaces this
/// body with the Graphviz rendering at merge (the `svg` format of
/// `chainaudit diagram`, with node and edge links to
/// `#subject-<kind>-<id>`, see `HTMLReport.anchor(for:)`).
func reportDiagramSVG(for result: CheckResult) -> String? {
    nil
}
