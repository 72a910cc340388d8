import ChainAuditModel

/// What a finding is about: the contract, a subcontract, an organisation or an outcome, by its id from the file.
public struct Subject: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case contract, subcontract, organisation, outcome
    }

    public var kind: Kind
    public var id: String

    public init(kind: Kind, id: String) {
        self.kind = kind
        self.id = id
    }

    public static func contract(_ contract: Contract) -> Subject { Subject(kind: .contract, id: contract.id) }
    public static func subcontract(_ subcontract: Subcontract) -> Subject { Subject(kind: .subcontract, id: subcontract.id) }
    public static func organisation(_ organisation: Organisation) -> Subject { Subject(kind: .organisation, id: organisation.id) }
    public static func outcome(_ outcome: Outcome) -> Subject { Subject(kind: .outcome, id: outcome.id) }

    /// Orders by id (Unicode code points), then kind.
    public static func < (lhs: Subject, rhs: Subject) -> Bool {
        if lhs.id != rhs.id { return lhs.id.utf8Precedes(rhs.id) }
        return lhs.kind.rawValue < rhs.kind.rawValue
    }

    public var description: String { "\(kind.rawValue) \(id)" }
}

// Ids are ordered by Unicode code point, which is the order of their UTF-8 bytes:
// comparing the bytes gives that order without decoding scalars.
