/// Amounts and shares as a Member reads them on a drawing.
public enum MembersUnits {
    /// Pounds rounded for a drawing: `£1.2m`, `£85k`, `£950`, `£2.5bn`.
    public static func pounds(_ amount: Double) -> String {
        guard amount.isFinite else { return "£?" }
        let sign = amount < 0 ? "-" : ""
        let value = abs(amount)
        let thousands = (value / 1_000).rounded()
        if value < 999.5 {
            return "\(sign)£\(Int(value.rounded()))"
        }
        if thousands < 1_000 {
            return "\(sign)£\(Int(thousands))k"
        }
        let millions = (value / 100_000).rounded() / 10
        if millions < 1_000 {
            return sign + "£" + oneDecimal(millions) + "m"
        }
        return sign + "£" + oneDecimal((value / 100_000_000).rounded() / 10) + "bn"
    }

    /// A share as a whole percentage where it is one, else to one decimal place: `40%`, `12.5%`.
    public static func percent(_ share: Double) -> String {
        let tenths = (share * 1000).rounded() / 10
        return oneDecimal(tenths) + "%"
    }

    private static func oneDecimal(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : String(value)
    }
}
