/// One subcontract: `parent` lets work to `provider`. A directed edge of the chain.
///
/// A value type whose fields live in one shared, immutable box: copying a
/// subcontract (as every rule's loop over the chain does) retains one
/// reference instead of one per text field, and changing a copy puts a new box
/// in place, so it never changes the original.
public struct Subcontract: Sendable, Hashable {
    /// Every field, as plain values.
    @usableFromInline
    struct Fields: Sendable, Hashable {
        @usableFromInline var id: String
        @usableFromInline var parent: Int
        @usableFromInline var provider: Int
        @usableFromInline var role: String?
        @usableFromInline var districts: [String]?
        @usableFromInline var value: Double?
        @usableFromInline var volume: Volume?
        @usableFromInline var paymentDays: Int?
        @usableFromInline var payWhenPaid: Bool
        @usableFromInline var byResultsShare: Double
        @usableFromInline var managementFee: Double?
        @usableFromInline var riskShare: Double?
        @usableFromInline var liabilityCap: Double?
        @usableFromInline var deliverables: String?
        @usableFromInline var rewards: String?
        @usableFromInline var penalties: String?
        @usableFromInline var kpis: [String]?
        @usableFromInline var commissionerAccess: Bool
        @usableFromInline var exitStrategy: String?
        @usableFromInline var issueResolution: String?
        @usableFromInline var changeMechanism: String?
        @usableFromInline var selectionRationale: String?
        @usableFromInline var agreement: Agreement?
        @usableFromInline var expectations: String?
        @usableFromInline var contingency: String?
        @usableFromInline var extensions: [JSONValue.Pair]
        @usableFromInline var position: SourcePosition
        /// Worked out from the text fields whenever they are set.
        @usableFromInline var missingTerms: MissingTerms = []
    }

    /// The text terms of a subcontract that can be *missing* (absent, empty or only white space).
    public struct MissingTerms: OptionSet, Sendable, Hashable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }

        public static let role = MissingTerms(rawValue: 1 << 0)
        public static let deliverables = MissingTerms(rawValue: 1 << 1)
        public static let rewards = MissingTerms(rawValue: 1 << 2)
        public static let penalties = MissingTerms(rawValue: 1 << 3)
        public static let exitStrategy = MissingTerms(rawValue: 1 << 4)
        public static let issueResolution = MissingTerms(rawValue: 1 << 5)
        public static let changeMechanism = MissingTerms(rawValue: 1 << 6)
        public static let selectionRationale = MissingTerms(rawValue: 1 << 7)
        public static let expectations = MissingTerms(rawValue: 1 << 8)
        public static let contingency = MissingTerms(rawValue: 1 << 9)

        /// The terms of `fields` that are missing.
        init(_ fields: Fields) {
            var missing: MissingTerms = []
            func note(_ text: String?, _ term: MissingTerms) {
                if text.isMissing { missing.insert(term) }
            }
            note(fields.role, .role)
            note(fields.deliverables, .deliverables)
            note(fields.rewards, .rewards)
            note(fields.penalties, .penalties)
            note(fields.exitStrategy, .exitStrategy)
            note(fields.issueResolution, .issueResolution)
            note(fields.changeMechanism, .changeMechanism)
            note(fields.selectionRationale, .selectionRationale)
            note(fields.expectations, .expectations)
            note(fields.contingency, .contingency)
            self = missing
        }
    }

    /// Which text terms are missing, worked out once when the subcontract is made (while its text
    /// is at hand): the rules ask for every subcontract, and a bit is cheaper to read than text.
    public var missingTerms: MissingTerms {
        @inlinable get { storage.fields.missingTerms }
    }

    /// The shared box. Its fields never change (a setter puts a new box in place), so reading
    /// one needs no exclusivity check and no defensive copy: the rules read several fields of
    /// every subcontract.
    @usableFromInline
    final class Storage: Sendable {
        @usableFromInline let fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
    }

    @usableFromInline var storage: Storage

    /// The subcontract's id, unique among subcontracts.
    public var id: String {
        @inlinable get { storage.fields.id }
        set { update { $0.id = newValue } }
    }

    /// Index into ``Chain/organisations``: the organisation letting the work.
    public var parent: Int {
        @inlinable get { storage.fields.parent }
        set { update { $0.parent = newValue } }
    }

    /// Index into ``Chain/organisations``: the organisation delivering it.
    public var provider: Int {
        @inlinable get { storage.fields.provider }
        set { update { $0.provider = newValue } }
    }

    public var role: String? {
        @inlinable get { storage.fields.role }
        set { update { $0.role = newValue } }
    }

    public var districts: [String]? {
        @inlinable get { storage.fields.districts }
        set { update { $0.districts = newValue } }
    }

    public var value: Double? {
        @inlinable get { storage.fields.value }
        set { update { $0.value = newValue } }
    }

    public var volume: Volume? {
        @inlinable get { storage.fields.volume }
        set { update { $0.volume = newValue } }
    }

    public var paymentDays: Int? {
        @inlinable get { storage.fields.paymentDays }
        set { update { $0.paymentDays = newValue } }
    }

    public var payWhenPaid: Bool {
        @inlinable get { storage.fields.payWhenPaid }
        set { update { $0.payWhenPaid = newValue } }
    }

    /// 0...1; an absent share is 0.
    public var byResultsShare: Double {
        @inlinable get { storage.fields.byResultsShare }
        set { update { $0.byResultsShare = newValue } }
    }

    public var managementFee: Double? {
        @inlinable get { storage.fields.managementFee }
        set { update { $0.managementFee = newValue } }
    }

    public var riskShare: Double? {
        @inlinable get { storage.fields.riskShare }
        set { update { $0.riskShare = newValue } }
    }

    public var liabilityCap: Double? {
        @inlinable get { storage.fields.liabilityCap }
        set { update { $0.liabilityCap = newValue } }
    }

    public var deliverables: String? {
        @inlinable get { storage.fields.deliverables }
        set { update { $0.deliverables = newValue } }
    }

    public var rewards: String? {
        @inlinable get { storage.fields.rewards }
        set { update { $0.rewards = newValue } }
    }

    public var penalties: String? {
        @inlinable get { storage.fields.penalties }
        set { update { $0.penalties = newValue } }
    }

    public var kpis: [String]? {
        @inlinable get { storage.fields.kpis }
        set { update { $0.kpis = newValue } }
    }

    public var commissionerAccess: Bool {
        @inlinable get { storage.fields.commissionerAccess }
        set { update { $0.commissionerAccess = newValue } }
    }

    public var exitStrategy: String? {
        @inlinable get { storage.fields.exitStrategy }
        set { update { $0.exitStrategy = newValue } }
    }

    public var issueResolution: String? {
        @inlinable get { storage.fields.issueResolution }
        set { update { $0.issueResolution = newValue } }
    }

    public var changeMechanism: String? {
        @inlinable get { storage.fields.changeMechanism }
        set { update { $0.changeMechanism = newValue } }
    }

    public var selectionRationale: String? {
        @inlinable get { storage.fields.selectionRationale }
        set { update { $0.selectionRationale = newValue } }
    }

    public var agreement: Agreement? {
        @inlinable get { storage.fields.agreement }
        set { update { $0.agreement = newValue } }
    }

    public var expectations: String? {
        @inlinable get { storage.fields.expectations }
        set { update { $0.expectations = newValue } }
    }

    public var contingency: String? {
        @inlinable get { storage.fields.contingency }
        set { update { $0.contingency = newValue } }
    }

    public var extensions: [JSONValue.Pair] {
        @inlinable get { storage.fields.extensions }
        set { update { $0.extensions = newValue } }
    }

    public var position: SourcePosition {
        @inlinable get { storage.fields.position }
        set { update { $0.position = newValue } }
    }

    private mutating func update(_ change: (inout Fields) -> Void) {
        var fields = storage.fields
        change(&fields)
        fields.missingTerms = MissingTerms(fields)
        storage = Storage(fields)
    }

    public init(
        id: String,
        parent: Int,
        provider: Int,
        role: String? = nil,
        districts: [String]? = nil,
        value: Double? = nil,
        volume: Volume? = nil,
        paymentDays: Int? = nil,
        payWhenPaid: Bool = false,
        byResultsShare: Double = 0,
        managementFee: Double? = nil,
        riskShare: Double? = nil,
        liabilityCap: Double? = nil,
        deliverables: String? = nil,
        rewards: String? = nil,
        penalties: String? = nil,
        kpis: [String]? = nil,
        commissionerAccess: Bool = false,
        exitStrategy: String? = nil,
        issueResolution: String? = nil,
        changeMechanism: String? = nil,
        selectionRationale: String? = nil,
        agreement: Agreement? = nil,
        expectations: String? = nil,
        contingency: String? = nil,
        extensions: [JSONValue.Pair] = [],
        position: SourcePosition = SourcePosition(line: 1, column: 1)
    ) {
        var fields = Fields(id: id, parent: parent, provider: provider, role: role, districts: districts, value: value, volume: volume, paymentDays: paymentDays, payWhenPaid: payWhenPaid, byResultsShare: byResultsShare, managementFee: managementFee, riskShare: riskShare, liabilityCap: liabilityCap, deliverables: deliverables, rewards: rewards, penalties: penalties, kpis: kpis, commissionerAccess: commissionerAccess, exitStrategy: exitStrategy, issueResolution: issueResolution, changeMechanism: changeMechanism, selectionRationale: selectionRationale, agreement: agreement, expectations: expectations, contingency: contingency, extensions: extensions, position: position)
        fields.missingTerms = MissingTerms(fields)
        storage = Storage(fields)
    }

    public static func == (lhs: Subcontract, rhs: Subcontract) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.fields)
    }
}

/// A volume of activity, e.g. 400 referrals a year.
public struct Volume: Sendable, Hashable {
    public var amount: Double
    public var unit: String
    public var extensions: [JSONValue.Pair]

    public init(amount: Double, unit: String, extensions: [JSONValue.Pair] = []) {
        self.amount = amount
        self.unit = unit
        self.extensions = extensions
    }
}
