import ArgumentParser
import ChainAuditModel

/// `chainaudit`: audits a public-service supply chain against Kent County
/// Council's supply-chain principles and the statutory payment rules.
struct ChainAuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chainaudit",
        abstract: "Audit a public-service supply chain against KCC's supply-chain principles and the 30-day payment rules.",
        version: chainauditVersion,
        subcommands: [
            CheckCommand.self,
            DiagramCommand.self,
            ReportCommand.self,
            RulesCommand.self,
            ExplainCommand.self,
            InitCommand.self,
        ]
    )
}
