import Foundation
import Testing

/// The benchmark's chain generator writes valid chains, deterministically, and
/// its Python peer computes the same metrics as chainaudit (so the benchmark
/// compares like with like). Skipped where Python or networkx is missing.
@Suite("Benchmark generator and peer", .enabled(if: BenchmarkPython.available))
struct BenchmarkGeneratorTests {
    static let scripts = CLI.packageRoot.appendingPathComponent("Scripts/bench")

    @Test("Generated chains are valid input, the same bytes for the same seed, and checked like the peer checks them", arguments: [(400, 1), (1500, 7)])
    func generated(_ size: Int, _ seed: Int) throws {
        let folder = try CLI.temporaryFolder()
        let chain = folder.appendingPathComponent("chain.json")
        let again = folder.appendingPathComponent("again.json")
        let generator = Self.scripts.appendingPathComponent("generate_chain.py").path
        for file in [chain, again] {
            #expect(try BenchmarkPython.run([generator, String(size), file.path, "--seed", String(seed)]).status == 0)
        }
        #expect(try Data(contentsOf: chain) == Data(contentsOf: again))

        let result = try CLI.run(["check", chain.path, "--format", "json"])
        #expect(result.status == 1, "a generated chain has some breaches, and must never be invalid")
        #expect(result.stderr.isEmpty)
        let ours = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        let metrics = try #require(ours["metrics"] as? [String: Any])
        #expect(metrics["subcontracts"] as? Int == size)
        let maxTier = try #require(metrics["maxTier"] as? Int)
        #expect((2...4).contains(maxTier))

        let peer = try BenchmarkPython.run([Self.scripts.appendingPathComponent("peer.py").path, chain.path])
        #expect(peer.status == 0)
        let theirs = try #require(try JSONSerialization.jsonObject(with: peer.stdout) as? [String: Any])
        let peerMetrics = try #require(theirs["metrics"] as? [String: Any])
        for key in ["organisations", "subcontracts", "maxTier"] {
            #expect(metrics[key] as? Int == peerMetrics[key] as? Int, "\(key)")
        }
        for key in ["subcontractedValue", "kentShare", "smeShare", "vcseShare"] {
            let a = try #require(metrics[key] as? Double), b = try #require(peerMetrics[key] as? Double)
            #expect(abs(a - b) <= 1e-9 * max(1, abs(a)), "\(key): \(a) vs \(b)")
        }
        let providers = try #require(metrics["providers"] as? [[String: Any]])
        let peerProviders = try #require(peerMetrics["providers"] as? [[String: Any]])
        #expect(providers.map { $0["id"] as? String } == peerProviders.map { $0["id"] as? String })
        #expect(providers.map { $0["daysToCash"] as? Int } == peerProviders.map { $0["daysToCash"] as? Int })
    }
}

/// Runs the benchmark's Python scripts.
enum BenchmarkPython {
    /// Python 3 with networkx is on the PATH.
    static let available: Bool = (try? run(["-c", "import networkx"]).status) == 0

    static func run(_ arguments: [String]) throws -> (status: Int32, stdout: Data) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, data)
    }
}
