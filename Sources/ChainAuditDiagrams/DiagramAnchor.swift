import ChainAuditRules

/// The link between a subject drawn in the diagram and its row in the HTML report.
public enum DiagramAnchor {
    /// `subject-<kind>-<id>`, the id percent-encoded so the anchor is plain ASCII.
    /// The HTML report gives the subject's row this `id`; the SVG links to `#` + this.
    public static func id(for subject: Subject) -> String {
        "subject-\(subject.kind.rawValue)-\(DOTText.percentEncoded(subject.id))"
    }
}
