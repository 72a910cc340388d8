/// One thing wrong with an input file, positioned for a person and an editor.
public struct InputDiagnostic: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var position: SourcePosition?
    /// The key path, e.g. `subcontracts[3].paymentDays`; empty for the whole file.
    public var path: String
    public var message: String

    public init(file: String, position: SourcePosition?, path: String, message: String) {
        self.file = file
        self.position = position
        self.path = path
        self.message = message
    }

    /// `FILE:LINE:COLUMN: error: PATH: MESSAGE`, the form compilers and editors understand.
    public var description: String {
        var text = file
        if let position { text += ":\(position.line):\(position.column)" }
        text += ": error: "
        if !path.isEmpty { text += path + ": " }
        return text + message
    }
}

/// A file that is not a valid chain: every problem found in it, in file order.
public struct ChainLoadError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [InputDiagnostic]

    public init(_ diagnostics: [InputDiagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
