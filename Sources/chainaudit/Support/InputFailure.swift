import ChainAuditModel

/// Invalid input, configuration or command line: printed to stderr, exit status 2, nothing written.
struct InputFailure: Error, CustomStringConvertible {
    var diagnostics: [InputDiagnostic]

    init(_ diagnostics: [InputDiagnostic]) {
        self.diagnostics = diagnostics
    }

    init(file: String, message: String) {
        self.diagnostics = [InputDiagnostic(file: file, position: nil, path: "", message: message)]
    }

    var description: String {
        diagnostics.map { TerminalTextForErrors.sanitize($0.description) }.joined(separator: "\n")
    }
}
