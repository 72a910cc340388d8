import ArgumentParser
import ChainAuditModel
import ChainAuditRules
import Foundation

/// Options every command that reads chain files shares.
struct InputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Refuse chain files larger than this many bytes.", valueName: "bytes"))
    var maxInputSize: Int = ChainLoader.defaultMaxInputSize

    func validate() throws {
        guard maxInputSize > 0 else { throw ValidationError("--max-input-size must be a positive number of bytes") }
    }

    var loader: ChainLoader { ChainLoader(maxInputSize: maxInputSize) }

    /// Loads every file, collecting every file's errors before failing.
    func loadAll(_ paths: [String]) throws -> [Chain] {
        var chains: [Chain] = []
        var diagnostics: [InputDiagnostic] = []
        for path in paths {
            RunProgress.shared.phase("reading", path)
            do {
                chains.append(try loader.load(path: path))
            } catch {
                diagnostics += error.diagnostics
            }
        }
        guard diagnostics.isEmpty else { throw InputFailure(diagnostics) }
        return chains
    }
}

/// Today's date in UTC, for waiver expiry. Worked out from the Unix time
/// directly: asking Foundation's `Calendar` would load ICU's data, several
/// milliseconds on every run.
func today() -> CalendarDate? {
    CalendarDate(dayNumber: Int(time(nil)) / 86_400)
}
