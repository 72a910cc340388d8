import ChainAuditModel
import ChainAuditReports
import ChainAuditRules
import Foundation

/// Times what `chainaudit check --format json` does after loading a chain file,
/// phase by phase: the shared analysis, each rule, the whole check (rules,
/// waivers, sorting), the metrics and the JSON report. Each phase runs several
/// times on the one loaded chain and its CPU time (this thread's, so a busy
/// machine disturbs it less than wall time) is reported as the median.
///
///     swift run -c release bench-check out/bench/chain-100000.json [runs]
@main
enum BenchCheck {
    static func main() throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let path = arguments.first else {
            print("usage: bench-check CHAIN-FILE [RUNS]")
            exit(2)
        }
        let runs = max(1, arguments.dropFirst().first.flatMap { Int($0) } ?? 5)

        var chain: Chain?
        let load = try cpuSeconds { chain = try ChainLoader(maxInputSize: Int.max).load(path: path) }
        guard let chain else { return }
        print("\(path): \(chain.organisations.count) organisations, \(chain.subcontracts.count) subcontracts")
        print("load (once): \(milliseconds(load))")
        print("median of \(runs) runs, CPU milliseconds\n")

        var rows: [(String, [Double])] = []
        func time(_ name: String, _ body: () -> Void) {
            let seconds = cpuSeconds(body)
            if let index = rows.firstIndex(where: { $0.0 == name }) {
                rows[index].1.append(seconds)
            } else {
                rows.append((name, [seconds]))
            }
        }

        for _ in 0..<runs {
            var analysis: ChainAnalysis?
            time("analysis") { analysis = ChainAnalysis(chain) }
            for rule in allRules {
                let context = RuleContext(chain: chain, analysis: analysis!)
                time("  rule \(rule.id)") { _ = rule.check(context) }
            }
            var result: CheckResult?
            time("check (analysis, rules, waivers, sort)") { result = Checker().check(chain) }
            time("metrics") { _ = result!.metrics }
            var bytes: [UInt8] = []
            time("JSON report (with metrics)") { bytes = JSONReport.bytes([ReportInput(file: path, result: result!)]) }
            time("check + JSON report") {
                bytes = JSONReport.bytes([ReportInput(file: path, result: Checker().check(chain))])
            }
            precondition(!bytes.isEmpty)
        }
        for (name, samples) in rows {
            let median = samples.sorted()[samples.count / 2]
            print(name.padding(toLength: 44, withPad: " ", startingAt: 0) + milliseconds(median))
        }
    }

    /// This thread's CPU time for `body`, in seconds.
    static func cpuSeconds(_ body: () throws -> Void) rethrows -> Double {
        let start = threadCPUTime()
        try body()
        return threadCPUTime() - start
    }

    static func threadCPUTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func milliseconds(_ seconds: Double) -> String {
        String(format: "%8.1f ms", seconds * 1000)
    }
}
