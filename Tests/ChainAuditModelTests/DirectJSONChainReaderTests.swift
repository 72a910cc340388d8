import Foundation
import Testing
@testable import ChainAuditModel

/// The direct JSON reader against the general path (``JSONDocumentReader`` then
/// ``ChainDecoder``): whatever it accepts, the general path must accept and
/// read as the same chain, positions included; and it must accept every valid
/// chain in the fixtures, so that it is really the path large files take.
@Suite("Direct JSON reader")
struct DirectJSONChainReaderTests {
    static let fixtures: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// Every chain file under Fixtures, as JSON: JSON files as they are, YAML files written out as
    /// JSON (so the YAML fixtures' variety of values reaches the JSON readers too).
    static func jsonFixtures() throws -> [(name: String, bytes: [UInt8])] {
        let paths = FileManager.default.enumerator(atPath: fixtures.path)!.compactMap { $0 as? String }.sorted()
        var result: [(String, [UInt8])] = []
        for path in paths where path.hasSuffix(".json") || path.hasSuffix(".yaml") || path.hasSuffix(".yml") {
            let bytes = [UInt8](try Data(contentsOf: fixtures.appendingPathComponent(path)))
            if path.hasSuffix(".json") {
                result.append((path, bytes))
            } else if let node = try? ChainLoader().parse(bytes: bytes, file: path, format: .yaml) {
                result.append((path + " (as JSON)", Array(JSONText.write(node).utf8)))
            }
        }
        return result
    }

    static let general = ChainLoader(readsJSONDirectly: false)

    @Test("On every fixture, the direct reader accepts only what the general path accepts, and reads the same chain")
    func agreesOnFixtures() throws {
        let fixtures = try Self.jsonFixtures()
        #expect(fixtures.count > 150)
        var accepted = 0
        // The loader hands the direct reader only text (UTF-8, no NUL byte); the rest it refuses first.
        for (name, bytes) in fixtures where String(validating: bytes, as: UTF8.self) != nil && !bytes.contains(0) {
            let direct = DirectJSONChainReader.read(bytes, limits: .default)
            let general = try? Self.general.load(bytes: bytes, file: name, format: .json)
            if let direct {
                accepted += 1
                #expect(general == direct, "\(name): the direct reader read a different chain")
            }
            // Every valid chain takes the direct path (none of the fixtures uses an escaped key).
            if general != nil {
                #expect(direct != nil, "\(name): valid, but the direct reader declined it")
            }
        }
        #expect(accepted > 100)
    }

    @Test("Generated chains of every size are read the same way by both paths")
    func agreesOnGeneratedChains() throws {
        for count in [2, 3, 50, 1_000] {
            let text = Self.generatedJSON(organisations: count)
            let direct = try #require(DirectJSONChainReader.read(Array(text.utf8), limits: .default))
            let general = try Self.general.load(bytes: Array(text.utf8), file: "generated.json", format: .json)
            #expect(direct == general)
        }
    }

    @Test("Single-byte changes to a valid file never make the readers disagree")
    func agreesOnMutations() throws {
        let original = Array(try Data(contentsOf: Self.fixtures.appendingPathComponent("examples/kent-wellbeing-bid.json")))
        var random = SeededRandom(seed: 2026)
        let alphabet = Array("{}[]:,\"\\ \n0123456789.eE-+tfnulx%abc".utf8) + [0xC3, 0xA9]
        var accepted = 0
        for _ in 0..<600 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let at = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: bytes[at] = alphabet.randomElement(using: &random)!
                case 1: bytes.remove(at: at)
                default: bytes.insert(alphabet.randomElement(using: &random)!, at: at)
                }
            }
            // Through the loader's own text checks first, as in real use.
            guard String(validating: bytes, as: UTF8.self) != nil, !bytes.contains(0) else { continue }
            let general = try? Self.general.load(bytes: bytes, file: "mutated.json", format: .json)
            if let direct = DirectJSONChainReader.read(bytes, limits: .default) {
                accepted += 1
                #expect(general == direct, "mutated file read differently:\n\(String(decoding: bytes, as: UTF8.self))")
            } else {
                #expect(general == nil, "valid mutated file declined:\n\(String(decoding: bytes, as: UTF8.self))")
            }
        }
        #expect(accepted > 0)
    }

    @Test("Limits: the direct reader declines past the nesting and value limits, as the general reader refuses")
    func limits() throws {
        let text = Self.generatedJSON(organisations: 20)
        let bytes = Array(text.utf8)
        let nodes = try #require(DirectJSONReaderProbe.nodeCount(bytes))
        #expect(nodes == (try JSONDocumentReader.read(bytes)).valueCount)
        #expect(DirectJSONChainReader.read(bytes, limits: DocumentLimits(maxNodes: nodes)) != nil)
        #expect(DirectJSONChainReader.read(bytes, limits: DocumentLimits(maxNodes: nodes - 1)) == nil)
        #expect(throws: DocumentError.self) { try JSONDocumentReader.read(bytes, limits: DocumentLimits(maxNodes: nodes - 1)) }
        let deep = text.replacingOccurrences(of: "\"chainaudit\": 1", with: "\"chainaudit\": 1, \"x-deep\": [[[[[[[1]]]]]]]")
        #expect(deep != text)
        var accepted: [Int] = []
        for depth in 1...10 {
            let limits = DocumentLimits(maxDepth: depth)
            let direct = DirectJSONChainReader.read(Array(deep.utf8), limits: limits) != nil
            let general = (try? JSONDocumentReader.read(Array(deep.utf8), limits: limits)) != nil
            #expect(direct == general, "depth limit \(depth)")
            if direct { accepted.append(depth) }
        }
        #expect(accepted == [8, 9, 10])
    }

    @Test("Numbers convert exactly as Double(String) converts them", arguments: [
        "0", "1", "30", "0.05", "1.1e-05", "282300.0", "26479637500.0", "9007199254740993", "123456789012345678901234",
        "0.1", "0.30000000000000004", "1e22", "1e23", "4.35", "2.5e-300", "1.7976931348623157e308", "5e-324",
        "0.000000000000000000000000000001", "12345678901234567", "-0", "-1.5", "1E+2", "100e-2",
    ])
    func numbers(literal: String) throws {
        var bytes = Array(literal.utf8)
        bytes.append(UInt8(ascii: " "))
        let value = bytes.withUnsafeBufferPointer { buffer -> Double? in
            var reader = DirectJSONReader(buffer, limits: .default)
            return try? reader.readNumber()
        }
        let expected = try #require(Double(literal))
        #expect(value?.bitPattern == expected.bitPattern)
    }

    @Test("Random decimal literals convert exactly as Double(String) converts them")
    func randomNumbers() {
        var random = SeededRandom(seed: 11)
        for _ in 0..<20_000 {
            let digits = String(UInt64.random(in: 0...UInt64.max, using: &random)).prefix(Int.random(in: 1...20, using: &random))
            let point = Int.random(in: 0...digits.count, using: &random)
            var literal = digits.first == "0" ? "0" : String(digits)
            if literal != "0", point < digits.count, point > 0 {
                literal = String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
            }
            if Bool.random(using: &random) { literal += "e\(Int.random(in: -30...30, using: &random))" }
            let bytes = Array(literal.utf8) + [UInt8(ascii: " ")]
            let value = bytes.withUnsafeBufferPointer { buffer -> Double? in
                var reader = DirectJSONReader(buffer, limits: .default)
                return try? reader.readNumber()
            }
            #expect(value?.bitPattern == Double(literal)?.bitPattern, "\(literal)")
        }
    }

    @Test("The direct reader knows exactly the keys the general path knows")
    func keys() {
        #expect(TopKey.allCases.map(\.rawValue) == ObjectSchema.top.keys)
        #expect(ContractKey.allCases.map(\.rawValue) == ObjectSchema.contract.keys)
        #expect(OutcomeKey.allCases.map(\.rawValue) == ObjectSchema.outcome.keys)
        #expect(OrganisationKey.allCases.map(\.rawValue) == ObjectSchema.organisation.keys)
        #expect(SubcontractKey.allCases.map(\.rawValue) == ObjectSchema.subcontract.keys)
        #expect(VolumeKey.allCases.map(\.rawValue) == ObjectSchema.volume.keys)
    }

    /// A generated chain written as JSON, one object per line, with extension keys and
    /// escapes in places, like a machine-written file.
    static func generatedJSON(organisations count: Int) -> String {
        SampleChainText.generated(organisations: count)
    }
}

/// Counts the values of a document the way the direct reader counts them.
enum DirectJSONReaderProbe {
    static func nodeCount(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            var reader = DirectJSONReader(buffer, limits: .default)
            reader.skipWhitespace()
            guard (try? reader.readAny(depth: 1)) != nil else { return nil }
            return reader.nodeCount
        }
    }
}

extension DocumentNode {
    /// The values in the tree as the limit counts them: scalars and empty containers.
    var valueCount: Int {
        switch value {
        case .array(let items): items.isEmpty ? 1 : items.reduce(0) { $0 + $1.valueCount }
        case .object(let members): members.isEmpty ? 1 : members.reduce(0) { $0 + $1.value.valueCount }
        default: 1
        }
    }
}
