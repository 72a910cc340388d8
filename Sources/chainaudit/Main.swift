import ArgumentParser
import Foundation

/// Runs the command line with chainaudit's exit statuses: 0 clean, 1 findings
/// at or above `--fail-on`, 2 for invalid input, configuration or command line
/// (argument-parser's own usage errors would otherwise exit 64).
@main
enum Main {
    static func main() {
        do {
            defer { RunProgress.shared.finish() }
            var command = try ChainAuditCommand.parseAsRoot()
            try command.run()
        } catch let failure as InputFailure {
            Standard.error(failure.description)
            exit(ExitStatus.invalid)
        } catch {
            let code = ChainAuditCommand.exitCode(for: error)
            let message = ChainAuditCommand.fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { Standard.output(message + "\n") }
                exit(ExitStatus.clean)
            }
            if let exitCode = error as? ExitCode {
                exit(exitCode.rawValue)
            }
            // Usage errors quote the command line, which may carry escape sequences: made visible, line by line.
            let safe = message.split(separator: "\n", omittingEmptySubsequences: false)
                .map { TerminalTextForErrors.sanitize(String($0)) }.joined(separator: "\n")
            if !safe.isEmpty { Standard.error(safe) }
            exit(ExitStatus.invalid)
        }
    }
}

/// The exit statuses of cli.md.
enum ExitStatus {
    static let clean: Int32 = 0
    static let findings: Int32 = 1
    static let invalid: Int32 = 2
}
