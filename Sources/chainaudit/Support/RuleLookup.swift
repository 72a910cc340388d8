import ArgumentParser
import ChainAuditModel
import ChainAuditReports
import ChainAuditRules

/// Turns the words a person types on the command line into rules and principles.
enum RuleLookup {
    /// The rule with this id, or a usage error suggesting the nearest id.
    static func rule(_ id: String) throws -> any Rule {
        if let rule = allRules.first(where: { $0.id == id }) { return rule }
        var message = "unknown rule `\(TerminalText.sanitize(id))`"
        if let near = Suggestion.nearest(to: id, in: allRules.map(\.id)) {
            message += "; did you mean `\(near)`?"
        } else {
            message += "; `chainaudit rules` lists every rule"
        }
        throw ValidationError(message)
    }

    /// A principle as typed: `C3`, `c3`, `statutory`, `Principle 8`, `principle8`.
    static func principle(_ text: String) throws -> Principle {
        let key = normalised(text)
        if let principle = Principle.allCases.first(where: { normalised($0.rawValue) == key }) { return principle }
        var message = "unknown principle `\(TerminalText.sanitize(text))`; expected one of \(Principle.allCases.map(\.rawValue).joined(separator: ", "))"
        if let near = Suggestion.nearest(to: text, in: Principle.allCases.map(\.rawValue)) { message += "; did you mean `\(near)`?" }
        throw ValidationError(message)
    }

    private static func normalised(_ text: String) -> String {
        text.lowercased().filter { !$0.isWhitespace }
    }
}
