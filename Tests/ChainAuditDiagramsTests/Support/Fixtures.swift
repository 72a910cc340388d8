import ChainAuditDiagrams
import ChainAuditModel
import ChainAuditRules
import Foundation

/// The package's fixtures, found from this source file.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    /// The rules the diagram tests check with: a fixed list, so that goldens and expectations
    /// change only when the drawing does, not whenever a rule is added to the engine.
    static let rules: [any Rule] = [LatePaymentTerms(), MissingVisibility()]

    /// Loads and checks a fixture chain with ``rules`` (no waiver expiry date, so results do not depend on today).
    static func check(_ relative: String) throws -> CheckResult {
        let chain = try ChainLoader().load(path: url(relative).path)
        return Checker(rules: rules).check(chain)
    }

    /// Every chain fixture a diagram is drawn from.
    static let drawable = ["diagrams/befriending.yaml", "diagrams/wellbeing.yaml", "diagrams/cycle.yaml", "hostile/hostile-names.yaml"]
}

/// Reads what the DOT text says about its nodes, so tests can count and name them.
enum DOTNodes {
    /// Ids of the organisation nodes (`o12`) in the DOT text, in order.
    static func organisations(in dot: String) -> [Int] {
        dot.split(separator: "\n").compactMap { line -> Int? in
            guard line.hasPrefix("  o"), let space = line.firstIndex(of: " ", after: 2) else { return nil }
            let id = line[line.index(line.startIndex, offsetBy: 3)..<space]
            guard line[space...].hasPrefix(" ["), let number = Int(id) else { return nil }
            return number
        }
    }

    /// The labels of the folded-group nodes (`f12`, `fu`).
    static func folds(in dot: String) -> [String] {
        dot.split(separator: "\n").filter { $0.hasPrefix("  f") && $0.contains(" [id=") }.map(String.init)
    }

    /// The number of organisations folded into each group, read from its label ("+ 14 more organisations").
    static func foldedCount(_ line: String) -> Int? {
        guard let range = line.range(of: "label=\"+ ") else { return nil }
        return Int(line[range.upperBound...].prefix { $0.isNumber })
    }
}

extension StringProtocol {
    func firstIndex(of character: Character, after offset: Int) -> Index? {
        guard count > offset else { return nil }
        return self[index(startIndex, offsetBy: offset)...].firstIndex(of: character)
    }
}
