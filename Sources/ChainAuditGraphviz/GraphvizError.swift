/// A failure inside Graphviz, carrying Graphviz's own message.
public struct GraphvizError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where the failure happened.
    public enum Stage: String, Sendable {
        /// Creating the Graphviz context.
        case context
        /// Reading the DOT text.
        case parse
        /// Laying the graph out.
        case layout
        /// Rendering the laid-out graph.
        case render
        /// The renderer for the format is not installed.
        case formatUnavailable
    }

    public var stage: Stage
    /// Graphviz's own message (from `aglasterr`), trimmed; may be empty when Graphviz gave none.
    public var message: String
    /// The format being rendered, for render failures.
    public var format: GraphvizFormat?

    public init(stage: Stage, message: String, format: GraphvizFormat? = nil) {
        self.stage = stage
        self.message = message
        self.format = format
    }

    public var description: String {
        let detail = message.isEmpty ? "" : ": \(message)"
        switch stage {
        case .context:
            return "Graphviz could not start\(detail)"
        case .parse:
            return "Graphviz could not read the diagram\(detail)"
        case .layout:
            return "Graphviz could not lay the diagram out\(detail)"
        case .render:
            return "Graphviz could not draw the diagram as \(format?.rawValue ?? "requested")\(detail)"
        case .formatUnavailable:
            let name = format?.rawValue ?? "this format"
            return "this Graphviz installation cannot draw \(name)\(detail); install Graphviz's renderer plugins "
                + "(Debian: the graphviz package) or use --format dot and render the DOT text elsewhere"
        }
    }
}
