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

/// Today's date, for waiver expiry.
func today() -> CalendarDate? {
    let components = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
    guard let year = components.year, let month = components.month, let day = components.day else { return nil }
    let pad = { (number: Int) in number < 10 ? "0\(number)" : "\(number)" }
    return CalendarDate("\(year)-\(pad(month))-\(pad(day))")
}
