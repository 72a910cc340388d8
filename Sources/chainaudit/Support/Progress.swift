import ChainAuditReports
import Foundation

/// Short progress lines on standard error for long runs (`reading FILE…`,
/// `checking FILE…`, `writing PATH…`), so a large chain does not look hung.
///
/// Shown only when standard error is a terminal, and only once the run has
/// lasted ``delay`` (half a second): the phase under way then is printed, and
/// every later phase as it starts. A quick run prints nothing, and nothing is
/// ever printed into a pipe or a file. File names pass through
/// ``TerminalText/sanitize(_:)`` like every other text shown on a terminal.
final class RunProgress: @unchecked Sendable {
    /// The one progress reporter of the process.
    static let shared = RunProgress(enabled: Standard.errorIsTerminal)

    /// How long a run lasts before progress is shown: half a second, or the
    /// number of seconds in `CHAINAUDIT_PROGRESS_DELAY` (0 shows every phase at once).
    static let delay: TimeInterval = {
        if let text = ProcessInfo.processInfo.environment["CHAINAUDIT_PROGRESS_DELAY"],
           let seconds = TimeInterval(text), seconds >= 0, seconds.isFinite {
            return seconds
        }
        return 0.5
    }()

    private let enabled: Bool
    private let lock = NSLock()
    private var current: String?
    private var showing = false
    private var finished = false
    private var timerStarted = false

    init(enabled: Bool) {
        self.enabled = enabled
    }

    /// Starts a phase, e.g. `phase("reading", file)`.
    func phase(_ verb: String, _ subject: String) {
        guard enabled else { return }
        let line = "chainaudit: \(verb) \(TerminalText.sanitize(subject))…"
        lock.lock()
        defer { lock.unlock() }
        guard !finished else { return }
        current = line
        if showing {
            Standard.error(line)
        } else if !timerStarted {
            timerStarted = true
            DispatchQueue.global().asyncAfter(deadline: .now() + Self.delay) { [self] in showCurrent() }
        }
    }

    /// Ends progress: nothing more is printed.
    func finish() {
        lock.lock()
        finished = true
        lock.unlock()
    }

    private func showCurrent() {
        lock.lock()
        defer { lock.unlock() }
        guard !finished, let current else { return }
        showing = true
        Standard.error(current)
    }
}
