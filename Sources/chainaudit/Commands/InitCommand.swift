import ArgumentParser
import ChainAuditModel
import ChainAuditReports
import ChainAuditRules
import Foundation

/// `chainaudit init [PATH]`: a commented template chain file and configuration to start from.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented template chain file (chain.yaml) and configuration (chainaudit.yml) to start from.",
        discussion: "Existing files are never overwritten unless --force is given."
    )

    @Argument(help: ArgumentHelp("The folder to write them in (created if needed).", valueName: "path"))
    var path: String = "."

    @Flag(name: .long, help: "Overwrite chain.yaml and chainaudit.yml if they exist.")
    var force = false

    func run() throws {
        let folder = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw InputFailure(file: path, message: "this is a file; give the folder to write chain.yaml and chainaudit.yml in")
            }
        } else {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw InputFailure(file: path, message: "cannot create the folder: \(error.localizedDescription)")
            }
        }
        let files = [
            (ChainTemplate.fileName, ChainTemplate.text + "\n"),
            (ConfigurationLoader.defaultFileName, ConfigurationYAML.template()),
        ].map { (path: folder.appendingPathComponent($0.0).path, text: $0.1) }
        // Refuse before writing anything, so a refusal leaves the folder as it was.
        let existing = files.filter { FileManager.default.fileExists(atPath: $0.path) }
        if !force, !existing.isEmpty {
            throw InputFailure(existing.map {
                InputDiagnostic(file: $0.path, position: nil, path: "", message: "already exists; not overwritten (use --force to replace it)")
            })
        }
        for file in files {
            try OutputDestination(path: file.path).write(file.text)
            Standard.output("wrote \(TerminalText.sanitize(file.path))\n")
        }
    }
}
