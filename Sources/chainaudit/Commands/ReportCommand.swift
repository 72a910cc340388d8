import ArgumentParser
import ChainAuditHTML
import ChainAuditModel
import ChainAuditReports
import ChainAuditRules

/// `chainaudit report FILE`: the self-contained HTML report (summary, diagram,
/// findings, organisations, charts).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the self-contained HTML report of a chain file: summary, diagram, findings, organisations and charts.",
        discussion: """
            The page loads nothing from the network and runs no script, so it opens from an email \
            attachment or a shared drive. Exit status: 0 when no unwaived error is found, 1 when one is, \
            2 when the file or the command line is invalid (nothing is written then).
            """
    )

    @Argument(help: "The chain file (YAML or JSON).")
    var file: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the report here instead of standard output (written atomically; never the input file).", valueName: "report.html"))
    var output: String?

    @OptionGroup var input: InputOptions

    @OptionGroup var configurationOptions: ConfigurationOptions

    func run() throws {
        let destination = OutputDestination(path: output)
        try destination.validate(notOverwriting: [file] + [configurationOptions.path].compactMap { $0 })
        let report = try AuditRun.check([file], input: input, configuration: configurationOptions)[0]
        RunProgress.shared.phase("writing", output ?? "the report")
        try destination.write(HTMLReport.render(report, diagramSVG: reportDiagramSVG(for: report.result)))
        if report.result.fails(at: .error) {
            throw ExitCode(ExitStatus.findings)
        }
    }
}
