/// Collects every input error found while reading one file (a chain file or a
/// configuration file), so that all of them can be reported, in file order.
public final class DiagnosticSink {
    public let file: String
    public private(set) var diagnostics: [InputDiagnostic] = []

    public init(file: String) {
        self.file = file
    }

    public func error(_ message: String, path: String, at position: SourcePosition?) {
        diagnostics.append(InputDiagnostic(file: file, position: position, path: path, message: message))
    }

    public var isEmpty: Bool { diagnostics.isEmpty }

    /// Every diagnostic, ordered by place in the file.
    public var sorted: [InputDiagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            let l = lhs.element.position ?? SourcePosition(line: 0, column: 0)
            let r = rhs.element.position ?? SourcePosition(line: 0, column: 0)
            return l == r ? lhs.offset < rhs.offset : l < r
        }.map(\.element)
    }
}
