/// Collects every input error found while reading one file.
final class DiagnosticSink {
    let file: String
    private(set) var diagnostics: [InputDiagnostic] = []

    init(file: String) {
        self.file = file
    }

    func error(_ message: String, path: String, at position: SourcePosition?) {
        diagnostics.append(InputDiagnostic(file: file, position: position, path: path, message: message))
    }

    var isEmpty: Bool { diagnostics.isEmpty }

    /// Every diagnostic, ordered by place in the file.
    var sorted: [InputDiagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            let l = lhs.element.position ?? SourcePosition(line: 0, column: 0)
            let r = rhs.element.position ?? SourcePosition(line: 0, column: 0)
            return l == r ? lhs.offset < rhs.offset : l < r
        }.map(\.element)
    }
}
