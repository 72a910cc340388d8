extension Wording {
    /// A number for a sentence, as written: 3 → "3", 1.5 → "1.5". Never traps, however large.
    public static func plainNumber(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
