import ArgumentParser
import ChainAuditDiagrams
import ChainAuditGraphviz
import ChainAuditModel
import ChainAuditRules
import Foundation

/// `chainaudit diagram FILE`: draw the chain with Graphviz, findings marked on it.
struct DiagramCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diagram",
        abstract: "Draw the chain with Graphviz, findings marked on it.",
        discussion: """
            The format is --format when given, else the --output file's extension (.dot or .gv, .svg, .png, \
            .pdf), else DOT text on standard output and SVG in a file. PNG and PDF go to standard output only \
            when it is not a terminal. Exit status: 0 when the diagram is drawn, 2 when the file or the \
            command line is invalid or Graphviz cannot draw it (nothing is written then).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case dot, svg, png, pdf

        var graphviz: GraphvizFormat? {
            switch self {
            case .dot: nil
            case .svg: .svg
            case .png: .png
            case .pdf: .pdf
            }
        }
    }

    enum View: String, ExpressibleByArgument, CaseIterable {
        case full, members

        var diagramView: DiagramOptions.View {
            switch self {
            case .full: .full
            case .members: .members
            }
        }
    }

    @Argument(help: "The chain file (YAML or JSON).")
    var file: String

    @Option(name: .shortAndLong, help: "Output format (default: from --output's extension; else dot on standard output, svg in a file).")
    var format: Format?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the diagram here instead of standard output (written atomically; never the input file).", valueName: "path"))
    var output: String?

    @Option(name: .long, help: "full: every organisation and subcontract; members: plain words, rounded money, at most --max-nodes organisations.")
    var view: View = .full

    @Option(name: .long, help: ArgumentHelp("Draw only the providers delivering in this district, and the path from the lead down to them.", valueName: "name"))
    var district: String?

    @Option(name: .long, help: ArgumentHelp("In the members view, the most organisation nodes to draw; the smallest providers of the deepest tiers are grouped.", valueName: "n"))
    var maxNodes: Int = DiagramOptions.defaultMaxNodes

    @OptionGroup var input: InputOptions

    @OptionGroup var configurationOptions: ConfigurationOptions

    func validate() throws {
        guard maxNodes >= DiagramOptions.minimumMaxNodes else {
            throw ValidationError("--max-nodes must be at least \(DiagramOptions.minimumMaxNodes)")
        }
        if let district, district.allSatisfy(\.isWhitespace) {
            throw ValidationError("--district needs a district name")
        }
        let format = resolvedFormat
        if format.graphviz?.isBinary == true, OutputDestination(path: output).isStandardOutput, Standard.outputIsTerminal {
            throw ValidationError("--format \(format.rawValue) is binary: give --output PATH, or redirect standard output to a file")
        }
    }

    /// The format asked for, or the one implied by --output.
    var resolvedFormat: Format {
        if let format { return format }
        let destination = OutputDestination(path: output)
        guard !destination.isStandardOutput, let path = output else { return .dot }
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "dot", "gv": return .dot
        case "png": return .png
        case "pdf": return .pdf
        default: return .svg
        }
    }

    func run() throws {
        let destination = OutputDestination(path: output)
        try destination.validate(notOverwriting: [file] + [configurationOptions.path].compactMap { $0 })
        let format = resolvedFormat
        let result = try AuditRun.check([file], input: input, configuration: configurationOptions)[0].result
        let options = DiagramOptions(view: view.diagramView, district: district, maxNodes: maxNodes)

        RunProgress.shared.phase("drawing", file)
        let dot: String
        do {
            dot = try DiagramWriter(options: options).dot(for: result)
        } catch {
            throw InputFailure(file: file, message: error.description)
        }
        guard let graphvizFormat = format.graphviz else {
            try destination.write(dot)
            return
        }
        do {
            let bytes = try Graphviz.shared().render(dot: dot, format: graphvizFormat)
            RunProgress.shared.phase("writing", output ?? "the diagram")
            try destination.write(Data(bytes))
        } catch let error as GraphvizError {
            throw InputFailure(file: file, message: error.description)
        }
    }
}
