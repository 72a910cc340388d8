/// The spec's *missing*: absent, null, text that is empty or only white space,
/// or an empty list.
extension Optional where Wrapped == String {
    public var isMissing: Bool {
        switch self {
        case .none: true
        case .some(let text): text.isBlank
        }
    }
}

extension Optional where Wrapped == [String] {
    public var isMissing: Bool {
        switch self {
        case .none: true
        case .some(let list): list.isEmpty
        }
    }
}

extension String {
    /// True when the text is empty or only white space (`Character.isWhitespace`).
    ///
    /// Read for several fields of every subcontract, so it answers from the bytes when it can: a
    /// printable ASCII character always begins a character that is not white space.
    public var isBlank: Bool {
        var onlyASCIISpace = true
        for byte in utf8 {
            if byte > 0x20 && byte < 0x7F { return false }
            if !(byte == 0x20 || (0x09...0x0D).contains(byte)) { onlyASCIISpace = false }
        }
        return onlyASCIISpace || allSatisfy(\.isWhitespace)
    }
}
