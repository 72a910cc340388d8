/// Plain-English helpers for messages.
public enum Wording {
    /// `a`, `a and b`, `a, b and c`.
    public static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }

    /// A share as a percentage: 0.35 → "35%", 0.125 → "12.5%".
    public static func percent(_ share: Double) -> String {
        guard abs(share) < 1e12 else { return "\(share * 100)%" }
        let value = (share * 1000).rounded() / 10
        // Beyond what an Int holds (an absurd value in the file): plain digits, never a crash.
        guard abs(value) < 1e15 else { return "\(value)%" }
        return value.rounded() == value ? "\(Int(value))%" : "\(value)%"
    }

    /// Pounds for a sentence: 1200000 → "£1,200,000", 99.5 → "£99.50".
    public static func pounds(_ amount: Double) -> String {
        // Beyond what an Int holds in pence (an absurd value in the file): plain digits, never a crash.
        guard abs(amount) < 1e15 else { return "£\(amount)" }
        let totalPence = Int((amount * 100).rounded())
        let pence = totalPence % 100
        var digits = String(totalPence / 100)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        grouped = "£" + digits + grouped
        return pence == 0 ? grouped : grouped + "." + (pence < 10 ? "0\(pence)" : "\(pence)")
    }
}
