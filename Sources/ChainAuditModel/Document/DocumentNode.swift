/// A parsed chain file before it is read into the model: JSON or YAML, every
/// value carrying the place it was written, so that every input error can
/// name a line and a column.
///
/// Both readers (``JSONDocumentReader`` and ``YAMLDocumentReader``) produce this
/// one tree, and ``ChainDecoder`` reads the model from it, so the two formats
/// share every validity rule.
public struct DocumentNode: Sendable {
    public enum Value: Sendable {
        case null
        case bool(Bool)
        /// A number, with the text it was written as (so `007` or `1e3` can be
        /// reported as written) and its value.
        case number(literal: String, value: Double)
        /// Text. `plain` is true for a YAML scalar written without quotes.
        case string(String, plain: Bool)
        /// A YAML timestamp written without quotes (`2026-04-01`): kept as text.
        case date(String)
        case array([DocumentNode])
        case object([Member])
    }

    public struct Member: Sendable {
        public var key: String
        public var keyPosition: SourcePosition
        public var value: DocumentNode

        public init(key: String, keyPosition: SourcePosition, value: DocumentNode) {
            self.key = key
            self.keyPosition = keyPosition
            self.value = value
        }
    }

    public var value: Value
    public var position: SourcePosition

    public init(_ value: Value, at position: SourcePosition) {
        self.value = value
        self.position = position
    }

    /// What kind of value this is, in the words an error message uses.
    public var kindDescription: String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "text"
        case .date: "a date"
        case .array: "a list"
        case .object: "a mapping"
        }
    }
}
