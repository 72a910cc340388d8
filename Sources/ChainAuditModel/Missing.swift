/// The spec's *missing*: absent, null, text that is empty or only white space,
/// or an empty list.
extension Optional where Wrapped == String {
    public var isMissing: Bool {
        switch self {
        case .none: true
        case .some(let text): text.allSatisfy(\.isWhitespace)
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
