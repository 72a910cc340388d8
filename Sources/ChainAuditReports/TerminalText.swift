/// Makes text from a chain file safe to show on a terminal: control
/// characters (C0, DEL, C1, which carry ANSI and OSC escape sequences) and
/// bidirectional overrides become visible `\u{…}` escapes, so a name can never
/// move the cursor, recolour the screen, set the title or reorder what is shown.
public enum TerminalText {
    public static func sanitize(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                output.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// Control characters, bidirectional embedding/override/isolate marks, and
    /// line/paragraph separators.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value)
            || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            || value == 0x200E || value == 0x200F || value == 0x061C
            || value == 0x2028 || value == 0x2029
    }
}
