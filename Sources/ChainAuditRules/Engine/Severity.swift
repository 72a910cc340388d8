/// How serious a finding is. Ordered: `error` > `warning` > `info`.
public enum Severity: String, Sendable, CaseIterable, Comparable, Codable {
    case error, warning, info

    /// Higher is more serious.
    public var rank: Int {
        switch self {
        case .error: 3
        case .warning: 2
        case .info: 1
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
