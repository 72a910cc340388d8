/// One contract's whole supply chain, as an index-based graph.
///
/// Organisations and subcontracts live in arrays; every reference between
/// them is an array index, and the adjacency lists are built once when the
/// chain is made, so any walk over the chain is linear in its size.
///
/// Invariants, checked once by ``ChainDecoder`` and relied on everywhere after:
/// ids are unique within their kind, every index is in range, no subcontract's
/// parent is its provider, and no subcontract's provider is the commissioner.
public struct Chain: Sendable, Equatable {
    /// The format version; always 1.
    public var version: Int
    public var contract: Contract
    public var organisations: [Organisation]
    public var subcontracts: [Subcontract]
    public var extensions: [JSONValue.Pair]

    /// For each organisation, the indices of the subcontracts it lets (it is the parent).
    public let outgoing: [[Int]]
    /// For each organisation, the indices of the subcontracts it delivers (it is the provider).
    public let incoming: [[Int]]
    private let organisationIndex: [String: Int]
    private let subcontractIndex: [String: Int]

    public init(version: Int = 1, contract: Contract, organisations: [Organisation], subcontracts: [Subcontract], extensions: [JSONValue.Pair] = []) {
        var organisationIndex = [String: Int](minimumCapacity: organisations.count)
        for (index, organisation) in organisations.enumerated() where organisationIndex[organisation.id] == nil {
            organisationIndex[organisation.id] = index
        }
        var subcontractIndex = [String: Int](minimumCapacity: subcontracts.count)
        for (index, subcontract) in subcontracts.enumerated() where subcontractIndex[subcontract.id] == nil {
            subcontractIndex[subcontract.id] = index
        }
        self.init(
            version: version, contract: contract, organisations: organisations, subcontracts: subcontracts,
            extensions: extensions, organisationIndex: organisationIndex, subcontractIndex: subcontractIndex
        )
    }

    /// For a reader that has already indexed the ids (each id once, mapped to its position).
    init(
        version: Int, contract: Contract, organisations: [Organisation], subcontracts: [Subcontract],
        extensions: [JSONValue.Pair], organisationIndex: [String: Int], subcontractIndex: [String: Int]
    ) {
        self.version = version
        self.contract = contract
        self.organisations = organisations
        self.subcontracts = subcontracts
        self.extensions = extensions
        var outgoing = Array(repeating: [Int](), count: organisations.count)
        var incoming = Array(repeating: [Int](), count: organisations.count)
        for (index, subcontract) in subcontracts.enumerated() {
            outgoing[subcontract.parent].append(index)
            incoming[subcontract.provider].append(index)
        }
        self.outgoing = outgoing
        self.incoming = incoming
        self.organisationIndex = organisationIndex
        self.subcontractIndex = subcontractIndex
    }

    /// The index of the organisation with this id.
    public func organisationIndex(of id: String) -> Int? { organisationIndex[id] }
    /// The index of the subcontract with this id.
    public func subcontractIndex(of id: String) -> Int? { subcontractIndex[id] }

    public var lead: Organisation { organisations[contract.lead] }
    public var commissioner: Organisation { organisations[contract.commissioner] }

    /// The subcontracts `organisation` lets, in file order.
    public func subcontracts(lettingFrom organisation: Int) -> [Subcontract] {
        outgoing[organisation].map { subcontracts[$0] }
    }

    /// The subcontracts `organisation` delivers, in file order.
    public func subcontracts(deliveredBy organisation: Int) -> [Subcontract] {
        incoming[organisation].map { subcontracts[$0] }
    }

    /// The parent organisation of a subcontract.
    public func parent(of subcontract: Subcontract) -> Organisation { organisations[subcontract.parent] }
    /// The provider organisation of a subcontract.
    public func provider(of subcontract: Subcontract) -> Organisation { organisations[subcontract.provider] }
}
