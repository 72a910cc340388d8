extension String {
    /// True when every character is white space (`Character.isWhitespace`),
    /// as the spec's *missing* asks of text; true for empty text.
    ///
    /// Rules ask this of several fields of every subcontract, so it is decided
    /// from the UTF-8 bytes while they are ASCII: ASCII white space is tab, line
    /// feed, vertical tab, form feed, carriage return and space; an ASCII byte
    /// after ASCII always starts a new character (only CR LF joins, and LF is
    /// white space too), so the first other ASCII byte settles the answer. At the
    /// first non-ASCII byte the answer is left to `Character`, so it is always
    /// exactly `allSatisfy(\.isWhitespace)`.
    var isBlank: Bool {
        let ascii: Bool? = utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            for byte in bytes {
                switch byte {
                case 0x09...0x0D, 0x20: continue
                case 0..<0x80: return false
                default: return nil
                }
            }
            return true
        } ?? nil
        return ascii ?? allSatisfy(\.isWhitespace)
    }
}

extension Optional where Wrapped == String {
    /// Exactly the model's `isMissing` (absent, or only white space), through ``Swift/String/isBlank``.
    var isMissingText: Bool {
        switch self {
        case .none: true
        case .some(let text): text.isBlank
        }
    }
}
