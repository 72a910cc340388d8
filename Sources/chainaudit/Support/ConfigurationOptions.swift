import ArgumentParser
import ChainAuditModel
import ChainAuditRules
import Foundation

/// `--config FILE`, shared by every command that runs the rules. Without it,
/// `chainaudit.yml` in the current folder is used when it exists.
struct ConfigurationOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The configuration file: rule severities, parameters and waivers. Without it, chainaudit.yml in the current folder is used if it exists.",
            valueName: "file"
        )
    )
    var config: String?

    /// The file to read: `--config`, else `./chainaudit.yml` when it is there, else none.
    var path: String? {
        if let config { return config }
        let candidate = ConfigurationLoader.defaultFileName
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue {
            return candidate
        }
        return nil
    }

    /// The configuration to run with, and the file it came from (`nil`: the defaults).
    /// - Throws: ``InputFailure`` holding every problem in the file.
    func load() throws -> (configuration: Configuration, path: String?) {
        guard let path else { return (.default, nil) }
        do {
            return (try ConfigurationLoader().load(path: path), path)
        } catch {
            throw InputFailure(error.diagnostics)
        }
    }
}
