/// Numbers as people write them in chain and configuration files and read them in messages.
public enum PlainNumber {
    /// A number for a sentence, as written: 3 → "3", 1.5 → "1.5". Never traps, however large.
    public static func text(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// Digits with at most one decimal point, nothing else (the number in `"15%"`).
    public static func decimal(_ text: String) -> Double? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              text.filter({ $0 == "." }).count <= 1, let value = Double(text) else { return nil }
        return value
    }
}
