extension Wording {
    /// A plain number for a sentence (a count of days, a ratio): 60 → "60", 1.5 → "1.5".
    static func figure(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}

extension Wording {
    /// A share as percentage points, without the sign: 0.1 → "10", 0.125 → "12.5".
    static func points(_ share: Double) -> String {
        figure((share * 1000).rounded() / 10)
    }
}
