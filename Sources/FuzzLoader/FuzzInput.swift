import ChainAuditModel
import ChainAuditReports
import ChainAuditRules

/// What the fuzzer does with one input: load it as JSON and as YAML, and for
/// each chain that loads, run every rule, render both reports, and check that
/// ``ChainJSONWriter`` writes it back as the same chain.
///
/// An input error is the expected answer for almost every input; the fuzzer
/// looks for the other outcomes: a crash, a sanitizer report, a hang or
/// runaway memory.
enum FuzzInput {
    static let loader = ChainLoader()
    /// JSON read only the general way, to compare with the direct reader.
    static let generalLoader = ChainLoader(readsJSONDirectly: false)
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
            if format == .json { checkDirectReader(bytes, read: chain) }
            let input = ReportInput(file: "fuzz.\(format.rawValue)", result: checker.check(chain))
            _ = JSONReport.render([input])
            _ = TextReport(colour: true).render([input])
            checkRoundTrip(chain)
        }
    }

    /// JSON that loads (usually by the direct reader) must load as the same chain the general way.
    static func checkDirectReader(_ bytes: [UInt8], read chain: Chain) {
        let general: Chain
        do {
            general = try generalLoader.load(bytes: bytes, file: "fuzz.json", format: .json)
        } catch {
            fatalError("the direct JSON reader accepted a file the general path refuses: \(error)")
        }
        if general != chain { fatalError("the direct JSON reader and the general path read different chains") }
    }

    /// Whatever loads must survive being written as a chain file and read again:
    /// a difference is reported as a crash, so the fuzzer keeps the input.
    static func checkRoundTrip(_ chain: Chain) {
        let written = ChainJSONWriter.write(chain)
        let reread: Chain
        do {
            reread = try loader.load(bytes: Array(written.utf8), file: "written.json", format: .json)
        } catch {
            fatalError("ChainJSONWriter wrote a chain that does not load: \(error)\n\(written)")
        }
        let rewritten = ChainJSONWriter.write(reread)
        if rewritten != written {
            fatalError("ChainJSONWriter round trip changed the chain:\n\(written)\n---\n\(rewritten)")
        }
    }
}
