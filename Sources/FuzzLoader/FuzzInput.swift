import ChainAuditModel
import ChainAuditReports
import ChainAuditRules

/// What the fuzzer does with one input: load it as JSON and as YAML, and for
/// each chain that loads, run every rule and render both reports.
///
/// An input error is the expected answer for almost every input; the fuzzer
/// looks for the other outcomes: a crash, a sanitizer report, a hang or
/// runaway memory.
enum FuzzInput {
    static let loader = ChainLoader()
    static let checker = Checker()

    static func run(_ bytes: [UInt8]) {
        for format in [ChainLoader.Format.json, .yaml] {
            let chain: Chain
            do {
                chain = try loader.load(bytes: bytes, file: "fuzz.\(format.rawValue)", format: format)
            } catch {
                // Every diagnostic must render (positions, excerpts of hostile text).
                _ = error.description
                continue
            }
            let input = ReportInput(file: "fuzz.\(format.rawValue)", result: checker.check(chain))
            _ = JSONReport.render([input])
            _ = TextReport(colour: true).render([input])
        }
    }
}
