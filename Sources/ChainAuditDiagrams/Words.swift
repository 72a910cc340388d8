import ChainAuditRules

/// The words for severities: the rule engine's in the full view, plain ones in the Members' view.
struct Words: Sendable {
    var error: (one: String, many: String)
    var warning: (one: String, many: String)
    var info: (one: String, many: String)

    static let full = Words(error: ("error", "errors"), warning: ("warning", "warnings"), info: ("note", "notes"))
    static let members = Words(error: ("problem", "problems"), warning: ("concern", "concerns"), info: ("note", "notes"))

    private func forms(_ severity: Severity) -> (one: String, many: String) {
        switch severity {
        case .error: error
        case .warning: warning
        case .info: info
        }
    }

    /// `error`, `problem`, …
    func name(of severity: Severity) -> String { forms(severity).one }

    /// `an error`, `a problem`, …
    func withArticle(_ severity: Severity) -> String {
        let word = name(of: severity)
        return ("aeiou".contains(word.first ?? "x") ? "an " : "a ") + word
    }

    /// `1 error`, `3 problems`, …
    func count(_ number: Int, _ severity: Severity) -> String {
        "\(number) \(number == 1 ? forms(severity).one : forms(severity).many)"
    }
}
