import ChainAuditModel

extension Wording {
    /// A number for a sentence, as written: 3 → "3", 1.5 → "1.5". Never traps, however large.
    public static func plainNumber(_ value: Double) -> String {
        PlainNumber.text(value)
    }
}
