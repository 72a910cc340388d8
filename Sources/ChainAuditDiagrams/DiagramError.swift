/// A diagram that cannot be drawn as asked.
public enum DiagramError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `--district NAME` matched no subcontract's `districts`.
    case noProviderInDistrict(String, suggestion: String?, known: [String])

    public var description: String {
        switch self {
        case let .noProviderInDistrict(name, suggestion, known):
            var text = "no subcontract lists \"\(name)\" among the districts it delivers in"
            if let suggestion { text += "; did you mean \"\(suggestion)\"?" }
            if known.isEmpty {
                text += " (no subcontract in the file lists any districts)"
            } else if suggestion == nil {
                text += " (districts named in the file: \(known.joined(separator: ", ")))"
            }
            return text
        }
    }
}
