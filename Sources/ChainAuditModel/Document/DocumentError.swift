/// A file that cannot be parsed as JSON or YAML at all, or breaks a resource limit.
public struct DocumentError: Error, Sendable, Equatable {
    public var message: String
    public var position: SourcePosition?

    public init(_ message: String, at position: SourcePosition?) {
        self.message = message
        self.position = position
    }
}

/// Limits that keep a hostile file from exhausting the stack or memory.
public struct DocumentLimits: Sendable, Equatable {
    /// Deepest nesting of lists and mappings accepted.
    public var maxDepth: Int
    /// Most values a file may expand to, counting every use of a YAML alias.
    public var maxNodes: Int

    public init(maxDepth: Int = 256, maxNodes: Int = 50_000_000) {
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
    }

    public static let `default` = DocumentLimits()
}
