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
