/// An output format drawn by Graphviz's own renderers.
public enum GraphvizFormat: String, Sendable, CaseIterable {
    case svg, png, pdf

    /// True for formats that are not text (PNG, PDF).
    public var isBinary: Bool { self != .svg }
}
