/// Reads a chain straight from JSON bytes into the model, in one pass and
/// without building a ``DocumentNode`` tree: the loader's fast path for large,
/// machine-written files.
///
/// It only ever *accepts*. At the first thing that is not plainly valid (a
/// syntax error, an unknown key, a wrong type, a missing or repeated value, an
/// unknown reference, a broken limit) or that it leaves to the general reader
/// (a negative number, a share written as a percentage, a key written with
/// escapes) it declines by returning `nil`, and ``ChainLoader`` reads the file
/// again with ``JSONDocumentReader`` and ``ChainDecoder``, which report every
/// problem with its line and column. So the two paths cannot disagree about
/// errors, and for the files it accepts this reader must build exactly the
/// ``Chain`` the general path builds, positions included: the tests compare
/// the two on every fixture, and the fuzzer on every input.
///
/// The bytes must already have passed ``ChainLoader``'s checks (valid UTF-8,
/// no NUL byte).
enum DirectJSONChainReader {
    static func read(_ bytes: [UInt8], limits: DocumentLimits) -> Chain? {
        guard !bytes.isEmpty else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Chain? in
            var reader = DirectJSONReader(buffer, limits: limits)
            do {
                return try reader.readChain()
            } catch {
                return nil
            }
        }
    }
}

/// The reason the direct reader stops: the general path takes over.
struct Decline: Error {}

/// The keys of one kind of mapping, matched byte for byte against a key in the input.
struct KeyMatcher<Key: RawRepresentable & CaseIterable>: Sendable where Key.RawValue == String, Key: Sendable {
    let cases: [Key]
    let keys: [[UInt8]]

    init() {
        cases = Array(Key.allCases)
        keys = cases.map { Array($0.rawValue.utf8) }
    }

    /// The key spelled by `length` bytes at `start`; `hint` is tried first (keys usually come in
    /// the same order in every object of a file).
    func match(_ start: UnsafePointer<UInt8>, _ length: Int, hint: Int) -> Int? {
        if hint < keys.count, equal(keys[hint], start, length) { return hint }
        for slot in keys.indices where equal(keys[slot], start, length) { return slot }
        return nil
    }

    /// `hint`, when the `available` bytes at `start` spell its key and then the closing quote.
    func expected(at start: UnsafePointer<UInt8>, available: Int, hint: Int) -> Int? {
        guard hint < keys.count else { return nil }
        let length = keys[hint].count
        guard available > length, start[length] == UInt8(ascii: "\""), equal(keys[hint], start, length) else { return nil }
        return hint
    }

    private func equal(_ key: [UInt8], _ start: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        guard key.count == length else { return false }
        for offset in 0..<length where key[offset] != start[offset] { return false }
        return true
    }
}

/// The keys of each mapping of the chain format (the same sets as ``ObjectSchema``, which a test checks).
enum TopKey: String, CaseIterable, Sendable { case chainaudit, contract, organisations, subcontracts }

enum ContractKey: String, CaseIterable, Sendable {
    case id, title, commissioner, lead, value, start, end, paymentDays, byResultsShare, outcomes
    case exitStrategy, issueResolution, changeMechanism, governance, feedback
}

enum OutcomeKey: String, CaseIterable, Sendable { case id, description, indicator }

enum OrganisationKey: String, CaseIterable, Sendable {
    case id, name, sector, size, annualTurnover, district, kentBased
}

enum SubcontractKey: String, CaseIterable, Sendable {
    case id, parent, provider, role, districts, value, volume, paymentDays, payWhenPaid
    case byResultsShare, managementFee, riskShare, liabilityCap, deliverables, rewards, penalties
    case kpis, commissionerAccess, exitStrategy, issueResolution, changeMechanism, selectionRationale
    case agreement, expectations, contingency
}

enum VolumeKey: String, CaseIterable, Sendable { case amount, unit }

/// One matcher per mapping kind, built once.
enum KeyMatchers {
    static let top = KeyMatcher<TopKey>()
    static let contract = KeyMatcher<ContractKey>()
    static let outcome = KeyMatcher<OutcomeKey>()
    static let organisation = KeyMatcher<OrganisationKey>()
    static let subcontract = KeyMatcher<SubcontractKey>()
    static let volume = KeyMatcher<VolumeKey>()
}

extension DirectJSONReader {
    /// The whole file as a chain, or ``Decline``.
    mutating func readChain() throws(Decline) -> Chain {
        skipWhitespace()
        try openObject(depth: 1)
        var top = OpenObject()
        var version: Double?
        var contract: ContractDraft?
        var organisations: OrganisationsRead?
        var subcontracts: [Subcontract] = []
        // References read before the organisations (a file may list subcontracts first).
        var unresolved: [(subcontract: Int, parent: String, provider: String)] = []
        while let key = try nextKey(KeyMatchers.top, &top, depth: 1) {
            switch key {
            case .chainaudit:
                version = try readNumber()
            case .contract:
                contract = try readContract(depth: 2)
            case .organisations:
                organisations = try readOrganisations(depth: 2)
            case .subcontracts:
                try openArray(depth: 2)
                var first = true
                while try nextItem(first: &first) {
                    let draft = try readSubcontract(depth: 3, organisations: organisations)
                    if organisations == nil {
                        unresolved.append((subcontracts.count, draft.parent, draft.provider))
                    }
                    subcontracts.append(draft.subcontract)
                }
            }
        }
        guard atEnd(), version == Double(ChainDecoder.formatVersion), let contract, let organisations else { throw Decline() }
        // Indexed once the count is known, so the table is sized once.
        var subcontractIndex = [String: Int](minimumCapacity: subcontracts.count)
        for (index, subcontract) in subcontracts.enumerated() {
            guard subcontractIndex.updateValue(index, forKey: subcontract.id) == nil else { throw Decline() }
        }
        for reference in unresolved {
            subcontracts[reference.subcontract].parent = try organisations.index(of: reference.parent)
            subcontracts[reference.subcontract].provider = try organisations.index(of: reference.provider)
        }
        var head = contract.contract
        head.commissioner = try organisations.index(of: contract.commissioner)
        head.lead = try organisations.index(of: contract.lead)
        guard head.commissioner != head.lead else { throw Decline() }
        for subcontract in subcontracts {
            guard subcontract.parent != subcontract.provider, subcontract.provider != head.commissioner else { throw Decline() }
        }
        return Chain(
            version: ChainDecoder.formatVersion, contract: head, organisations: organisations.list,
            subcontracts: subcontracts, extensions: top.extensions,
            organisationIndex: organisations.index, subcontractIndex: subcontractIndex
        )
    }

    // MARK: Organisations

    private mutating func readOrganisations(depth: Int) throws(Decline) -> OrganisationsRead {
        var read = OrganisationsRead()
        try openArray(depth: depth)
        var first = true
        while try nextItem(first: &first) {
            read.list.append(try readOrganisation(depth: depth + 1))
        }
        read.index.reserveCapacity(read.list.count)
        for (index, organisation) in read.list.enumerated() {
            guard read.index.updateValue(index, forKey: organisation.id) == nil else { throw Decline() }
        }
        return read
    }

    private mutating func readOrganisation(depth: Int) throws(Decline) -> Organisation {
        let at = position()
        try openObject(depth: depth)
        var object = OpenObject()
        var id: String?, name: String?, sector: Sector?, size: OrganisationSize?
        var turnover: Double?, district: String?, kentBased: Bool?
        while let key = try nextKey(KeyMatchers.organisation, &object, depth: depth) {
            switch key {
            case .id: id = try readRequiredText()
            case .name: name = try readRequiredText()
            case .sector: sector = try readEnumeration(Sector.self)
            case .size: size = try readEnumeration(OrganisationSize.self)
            case .annualTurnover: turnover = try readAmount()
            case .district: district = try readText()
            case .kentBased: kentBased = try readBool()
            }
        }
        guard let id, let name, let sector, let size else { throw Decline() }
        return Organisation(
            id: id, name: name, sector: sector, size: size, annualTurnover: turnover, district: district,
            kentBased: kentBased, extensions: object.extensions, position: at
        )
    }

    // MARK: Contract

    private mutating func readContract(depth: Int) throws(Decline) -> ContractDraft {
        let at = position()
        try openObject(depth: depth)
        var object = OpenObject()
        var id: String?, title: String?, commissioner: String?, lead: String?, value: Double?
        var start: String?, end: String?, paymentDays: Int?, byResultsShare: Double?, outcomes: [Outcome] = []
        var exitStrategy: String?, issueResolution: String?, changeMechanism: String?, governance: String?, feedback: String?
        while let key = try nextKey(KeyMatchers.contract, &object, depth: depth) {
            switch key {
            case .id: id = try readRequiredText()
            case .title: title = try readRequiredText()
            case .commissioner: commissioner = try readText()
            case .lead: lead = try readText()
            case .value: value = try readAmount()
            case .start: start = try readDate()
            case .end: end = try readDate()
            case .paymentDays: paymentDays = try readInteger()
            case .byResultsShare: byResultsShare = try readShare()
            case .outcomes: outcomes = try readOutcomes(depth: depth + 1)
            case .exitStrategy: exitStrategy = try readText()
            case .issueResolution: issueResolution = try readText()
            case .changeMechanism: changeMechanism = try readText()
            case .governance: governance = try readText()
            case .feedback: feedback = try readText()
            }
        }
        guard let id, let title, let commissioner, let lead, let value else { throw Decline() }
        if let start, let end, let startDate = CalendarDate(start), let endDate = CalendarDate(end), endDate < startDate {
            throw Decline()
        }
        let contract = Contract(
            id: id, title: title, commissioner: -1, lead: -1, value: value, start: start, end: end,
            paymentDays: paymentDays, byResultsShare: byResultsShare ?? 0, outcomes: outcomes,
            exitStrategy: exitStrategy, issueResolution: issueResolution, changeMechanism: changeMechanism,
            governance: governance, feedback: feedback, extensions: object.extensions, position: at
        )
        return ContractDraft(contract: contract, commissioner: commissioner, lead: lead)
    }

    private mutating func readOutcomes(depth: Int) throws(Decline) -> [Outcome] {
        var outcomes: [Outcome] = []
        var ids = Set<String>()
        try openArray(depth: depth)
        var first = true
        while try nextItem(first: &first) {
            let at = position()
            try openObject(depth: depth + 1)
            var object = OpenObject()
            var id: String?, description: String?, indicator: String?
            while let key = try nextKey(KeyMatchers.outcome, &object, depth: depth + 1) {
                switch key {
                case .id: id = try readRequiredText()
                case .description: description = try readRequiredText()
                case .indicator: indicator = try readText()
                }
            }
            guard let id, let description, ids.insert(id).inserted else { throw Decline() }
            outcomes.append(Outcome(id: id, description: description, indicator: indicator, extensions: object.extensions, position: at))
        }
        return outcomes
    }

    // MARK: Subcontracts

    /// A subcontract, its parent and provider resolved when the organisations have been read
    /// (else -1 until they are).
    private mutating func readSubcontract(depth: Int, organisations: OrganisationsRead?) throws(Decline) -> SubcontractDraft {
        let at = position()
        try openObject(depth: depth)
        var object = OpenObject()
        var id: String?, parent: String?, provider: String?, role: String?, districts: [String]?
        var value: Double?, volume: Volume?, paymentDays: Int?, payWhenPaid: Bool?, byResultsShare: Double?
        var managementFee: Double?, riskShare: Double?, liabilityCap: Double?, deliverables: String?
        var rewards: String?, penalties: String?, kpis: [String]?, commissionerAccess: Bool?
        var exitStrategy: String?, issueResolution: String?, changeMechanism: String?
        var selectionRationale: String?, agreement: Agreement?, expectations: String?, contingency: String?
        while let key = try nextKey(KeyMatchers.subcontract, &object, depth: depth) {
            switch key {
            case .id: id = try readRequiredText()
            case .parent: parent = try readText()
            case .provider: provider = try readText()
            case .role: role = try readText()
            case .districts: districts = try readTextList(depth: depth + 1)
            case .value: value = try readAmount()
            case .volume: volume = try readVolume(depth: depth + 1)
            case .paymentDays: paymentDays = try readInteger()
            case .payWhenPaid: payWhenPaid = try readBool()
            case .byResultsShare: byResultsShare = try readShare()
            case .managementFee: managementFee = try readShare()
            case .riskShare: riskShare = try readShare()
            case .liabilityCap: liabilityCap = try readAmount()
            case .deliverables: deliverables = try readText()
            case .rewards: rewards = try readText()
            case .penalties: penalties = try readText()
            case .kpis: kpis = try readTextList(depth: depth + 1)
            case .commissionerAccess: commissionerAccess = try readBool()
            case .exitStrategy: exitStrategy = try readText()
            case .issueResolution: issueResolution = try readText()
            case .changeMechanism: changeMechanism = try readText()
            case .selectionRationale: selectionRationale = try readText()
            case .agreement: agreement = try readEnumeration(Agreement.self)
            case .expectations: expectations = try readText()
            case .contingency: contingency = try readText()
            }
        }
        guard let id, let parent, let provider else { throw Decline() }
        let subcontract = Subcontract(
            id: id, parent: try organisations?.index(of: parent) ?? -1, provider: try organisations?.index(of: provider) ?? -1, role: role, districts: districts, value: value,
            volume: volume, paymentDays: paymentDays, payWhenPaid: payWhenPaid ?? false,
            byResultsShare: byResultsShare ?? 0, managementFee: managementFee, riskShare: riskShare,
            liabilityCap: liabilityCap, deliverables: deliverables, rewards: rewards, penalties: penalties,
            kpis: kpis, commissionerAccess: commissionerAccess ?? false, exitStrategy: exitStrategy,
            issueResolution: issueResolution, changeMechanism: changeMechanism,
            selectionRationale: selectionRationale, agreement: agreement, expectations: expectations,
            contingency: contingency, extensions: object.extensions, position: at
        )
        return SubcontractDraft(subcontract: subcontract, parent: parent, provider: provider)
    }

    private mutating func readVolume(depth: Int) throws(Decline) -> Volume {
        try openObject(depth: depth)
        var object = OpenObject()
        var amount: Double?, unit: String?
        while let key = try nextKey(KeyMatchers.volume, &object, depth: depth) {
            switch key {
            case .amount: amount = try readAmount()
            case .unit: unit = try readRequiredText()
            }
        }
        guard let amount, let unit else { throw Decline() }
        return Volume(amount: amount, unit: unit, extensions: object.extensions)
    }

    // MARK: Field kinds (the general path's ObjectFields, for valid values only)

    /// Text that must not be empty or only white space.
    private mutating func readRequiredText() throws(Decline) -> String {
        let text = try readText()
        // Any printable ASCII character settles it; otherwise ask as the general path does.
        if !text.utf8.contains(where: { $0 > 0x20 && $0 < 0x7F }), text.allSatisfy(\.isWhitespace) { throw Decline() }
        return text
    }

    private mutating func readTextList(depth: Int) throws(Decline) -> [String] {
        var list: [String] = []
        try openArray(depth: depth)
        var first = true
        while try nextItem(first: &first) { list.append(try readText()) }
        return list
    }

    /// A number that is not negative (`-0` is not negative, as in the general path).
    private mutating func readAmount() throws(Decline) -> Double {
        let value = try readNumber()
        guard !(value < 0) else { throw Decline() }
        return value
    }

    /// A whole number below 10^15.
    private mutating func readInteger() throws(Decline) -> Int {
        let value = try readAmount()
        guard value.rounded() == value, value < 1e15 else { throw Decline() }
        return Int(value)
    }

    /// A fraction from 0 to 1, or a percentage from 0% to 100% written as text.
    private mutating func readShare() throws(Decline) -> Double {
        if peek() == UInt8(ascii: "\"") {
            let trimmed = try readText().trimmingWhitespace()
            guard trimmed.hasSuffix("%"), let percent = PlainNumber.decimal(String(trimmed.dropLast()).trimmingWhitespace()),
                  percent >= 0, percent <= 100 else { throw Decline() }
            return percent / 100
        }
        let value = try readAmount()
        guard value <= 1 else { throw Decline() }
        return value
    }

    private mutating func readDate() throws(Decline) -> String {
        let text = try readText()
        guard CalendarDate(text) != nil else { throw Decline() }
        return text
    }

    private mutating func readEnumeration<E: RawRepresentable>(_ type: E.Type) throws(Decline) -> E where E.RawValue == String {
        guard let value = E(rawValue: try readText()) else { throw Decline() }
        return value
    }
}

/// The organisations read, and their index by id.
struct OrganisationsRead {
    var list: [Organisation] = []
    var index: [String: Int] = [:]

    func index(of id: String) throws(Decline) -> Int {
        guard let found = index[id] else { throw Decline() }
        return found
    }
}

/// A contract whose commissioner and lead are still ids.
struct ContractDraft {
    var contract: Contract
    var commissioner: String
    var lead: String
}

/// A subcontract with the ids of its parent and provider.
struct SubcontractDraft {
    var subcontract: Subcontract
    var parent: String
    var provider: String
}
