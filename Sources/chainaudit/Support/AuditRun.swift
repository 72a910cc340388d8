import ChainAuditModel
import ChainAuditReports
import ChainAuditRules

/// Loads the configuration and every chain file, reporting every problem in
/// all of them together, then checks each chain: the shared first half of
/// `check`, `diagram` and `report`.
enum AuditRun {
    /// - Throws: ``InputFailure`` with every diagnostic from the configuration and the files.
    static func check(_ files: [String], input: InputOptions, configuration options: ConfigurationOptions) throws -> [ReportInput] {
        var diagnostics: [InputDiagnostic] = []
        var configuration = Configuration.default
        do {
            configuration = try options.load().configuration
        } catch let failure as InputFailure {
            diagnostics += failure.diagnostics
        }
        var chains: [Chain] = []
        do {
            chains = try input.loadAll(files)
        } catch let failure as InputFailure {
            diagnostics += failure.diagnostics
        }
        guard diagnostics.isEmpty else { throw InputFailure(diagnostics) }
        let checker = Checker(configuration: configuration, today: today())
        return zip(files, chains).map { file, chain in
            RunProgress.shared.phase("checking", file)
            return ReportInput(file: file, result: checker.check(chain))
        }
    }
}
