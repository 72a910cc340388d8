import ChainAuditModel

/// A configuration file that cannot be used: every problem found in it, in file order,
/// each `FILE:LINE:COLUMN: error: KEY PATH: MESSAGE` like the chain file's.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [InputDiagnostic]

    public init(_ diagnostics: [InputDiagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// Collects every problem found while reading one configuration file.
final class ConfigurationDiagnostics {
    let file: String
    private(set) var diagnostics: [InputDiagnostic] = []

    init(file: String) {
        self.file = file
    }

    func error(_ message: String, path: String, at position: SourcePosition?) {
        diagnostics.append(InputDiagnostic(file: file, position: position, path: path, message: message))
    }

    var isEmpty: Bool { diagnostics.isEmpty }

    /// Every diagnostic, ordered by place in the file (stable for equal places).
    var sorted: [InputDiagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            let l = lhs.element.position ?? SourcePosition(line: 0, column: 0)
            let r = rhs.element.position ?? SourcePosition(line: 0, column: 0)
            return l == r ? lhs.offset < rhs.offset : l < r
        }.map(\.element)
    }
}
