import ArgumentParser
import ChainAuditHTML
import ChainAuditModel
import ChainAuditReports
import ChainAuditRules
import Foundation

/// `chainaudit check FILE...`: validate, run every enabled rule, print the report.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check chain files against every enabled rule and print the report.",
        discussion: """
            Exit status: 0 when no unwaived finding is at or above --fail-on, 1 when one is, \
            2 when a file, the configuration or the command line is invalid (nothing is written then).

            Configuration: rule severities, parameters and waivers are read from the file given \
            with --config, else from chainaudit.yml in the current folder when it exists. \
            --show-config prints the effective configuration and exits.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown, csv, sarif, html
    }

    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case error, warning, info, never

        var threshold: Severity? {
            switch self {
            case .error: .error
            case .warning: .warning
            case .info: .info
            case .never: nil
            }
        }
    }

    @Argument(help: "Chain files (YAML or JSON).")
    var files: [String] = []

    @Option(name: .shortAndLong, help: "Report format.")
    var format: Format = .text

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the report here instead of standard output (written atomically; never an input file).", valueName: "path"))
    var output: String?

    @Option(name: .long, help: "Exit with status 1 when an unwaived finding is at or above this severity.")
    var failOn: FailOn = .error

    @OptionGroup var input: InputOptions

    @OptionGroup var configurationOptions: ConfigurationOptions

    @Flag(name: .long, help: "Print the effective configuration (every rule with its severity and parameters, and the waivers) as YAML, and exit.")
    var showConfig = false

    func validate() throws {
        guard !files.isEmpty || showConfig else { throw ValidationError("give at least one chain file") }
        if format == .html, files.count > 1 {
            throw ValidationError("the HTML report covers one chain file; give one file, or run `chainaudit report` for each")
        }
    }

    func run() throws {
        if showConfig {
            let loaded = try configurationOptions.load()
            Standard.output(ConfigurationYAML.effective(loaded.configuration, source: loaded.path))
            return
        }
        let destination = OutputDestination(path: output)
        try destination.validate(notOverwriting: files + [configurationOptions.path].compactMap { $0 })
        let inputs = try AuditRun.check(files, input: input, configuration: configurationOptions)
        ExitWithoutFreeing.keep(inputs)

        RunProgress.shared.phase("writing", output ?? "the report")
        switch format {
        case .text:
            try destination.write(TextReport(colour: destination.isStandardOutput && Standard.useColour).render(inputs))
        case .json:
            // Bytes straight to the output: a large report is not made into a string first.
            try destination.write(JSONReport.bytes(inputs))
        case .markdown:
            try destination.write(MarkdownReport.render(inputs))
        case .csv:
            try destination.write(CSVReport.render(inputs))
        case .sarif:
            try destination.write(SARIFReport.render(inputs))
        case .html:
            try destination.write(HTMLReport.render(inputs[0], diagramSVG: reportDiagramSVG(for: inputs[0].result)))
        }
        if inputs.contains(where: { $0.result.fails(at: failOn.threshold) }) {
            throw ExitCode(ExitStatus.findings)
        }
    }
}
