import ChainAuditDiagrams
import ChainAuditGraphviz
import ChainAuditModel
import ChainAuditRules
import ChainAuditSamples
import Foundation

/// Times layout and rendering of generated chains in-process (libgvc) against
/// the `dot` program on the same DOT text, and prints a table.
@main
enum BenchDiagrams {
    static func main() throws {
        let arguments = CommandLine.arguments.dropFirst()
        let sizes = arguments.isEmpty ? [50, 200, 1_000] : arguments.compactMap { Int($0) }
        let repeats = 3
        let graphviz = try Graphviz.shared()
        let dotProgram = findDot()

        print("machine: \(processorCount()) processors (nproc), \(cpuModel())")
        print("graphviz program: \(dotProgram ?? "not found")")
        print("best of \(repeats) runs each; SVG output; full view\n")
        print(pad("organisations", 14) + pad("DOT bytes", 11) + pad("make DOT", 11) + pad("in-process", 12) + pad("dot program", 12))
        for size in sizes {
            let chain = SampleChains.generated(organisations: size)
            let result = Checker().check(chain)
            var dot = ""
            let makeDot = try best(of: repeats) { dot = try DiagramWriter().dot(for: result) }
            let inProcess = try best(of: repeats) { _ = try graphviz.render(dot: dot, format: .svg) }
            var program = "n/a"
            if let dotProgram {
                let file = FileManager.default.temporaryDirectory.appendingPathComponent("bench-\(size)-\(getpid()).dot")
                try dot.write(to: file, atomically: true, encoding: .utf8)
                defer { try? FileManager.default.removeItem(at: file) }
                program = seconds(try best(of: repeats) { try runDot(dotProgram, file.path) })
            }
            print(pad("\(size)", 14) + pad("\(dot.utf8.count)", 11) + pad(seconds(makeDot), 11) + pad(seconds(inProcess), 12) + pad(program, 12))
        }
    }

    static func best(of count: Int, _ body: () throws -> Void) rethrows -> Double {
        var best = Double.infinity
        for _ in 0..<count {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return best
    }

    static func runDot(_ program: String, _ path: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["-Tsvg", path, "-o", "/dev/null"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
    }

    static func findDot() -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let candidate = "\(folder)/dot"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static func processorCount() -> Int { ProcessInfo.processInfo.activeProcessorCount }

    static func cpuModel() -> String {
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return "CPU model unknown" }
        let line = text.split(separator: "\n").first { $0.hasPrefix("model name") }
        return line.flatMap { $0.split(separator: ":", maxSplits: 1).last }.map { $0.trimmingCharacters(in: .whitespaces) } ?? "CPU model unknown"
    }

    static func seconds(_ value: Double) -> String { String(format: "%.3f s", value) }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
