/// One subcontract: `parent` lets work to `provider`. A directed edge of the chain.
///
/// A value type whose fields live in one shared, copy-on-write box: copying a
/// subcontract (as every rule's loop over the chain does) retains one
/// reference instead of one per text field, and changing a copy never changes
/// the original.
public struct Subcontract: Sendable, Hashable {
    @usableFromInline
    final class Storage: @unchecked Sendable {
        // Mutated only through `Subcontract`'s setters, after making the box unique.
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

        init(id: String, parent: Int, provider: Int, role: String?, districts: [String]?, value: Double?, volume: Volume?, paymentDays: Int?, payWhenPaid: Bool, byResultsShare: Double, managementFee: Double?, riskShare: Double?, liabilityCap: Double?, deliverables: String?, rewards: String?, penalties: String?, kpis: [String]?, commissionerAccess: Bool, exitStrategy: String?, issueResolution: String?, changeMechanism: String?, selectionRationale: String?, agreement: Agreement?, expectations: String?, contingency: String?, extensions: [JSONValue.Pair], position: SourcePosition) {
            self.id = id
            self.parent = parent
            self.provider = provider
            self.role = role
            self.districts = districts
            self.value = value
            self.volume = volume
            self.paymentDays = paymentDays
            self.payWhenPaid = payWhenPaid
            self.byResultsShare = byResultsShare
            self.managementFee = managementFee
            self.riskShare = riskShare
            self.liabilityCap = liabilityCap
            self.deliverables = deliverables
            self.rewards = rewards
            self.penalties = penalties
            self.kpis = kpis
            self.commissionerAccess = commissionerAccess
            self.exitStrategy = exitStrategy
            self.issueResolution = issueResolution
            self.changeMechanism = changeMechanism
            self.selectionRationale = selectionRationale
            self.agreement = agreement
            self.expectations = expectations
            self.contingency = contingency
            self.extensions = extensions
            self.position = position
        }

        func copy() -> Storage {
            Storage(id: id, parent: parent, provider: provider, role: role, districts: districts, value: value, volume: volume, paymentDays: paymentDays, payWhenPaid: payWhenPaid, byResultsShare: byResultsShare, managementFee: managementFee, riskShare: riskShare, liabilityCap: liabilityCap, deliverables: deliverables, rewards: rewards, penalties: penalties, kpis: kpis, commissionerAccess: commissionerAccess, exitStrategy: exitStrategy, issueResolution: issueResolution, changeMechanism: changeMechanism, selectionRationale: selectionRationale, agreement: agreement, expectations: expectations, contingency: contingency, extensions: extensions, position: position)
        }
    }

    @usableFromInline var storage: Storage

    /// The subcontract's id, unique among subcontracts.
    public var id: String {
        @inlinable get { storage.id }
        set { uniqueStorage().id = newValue }
    }

    /// Index into ``Chain/organisations``: the organisation letting the work.
    public var parent: Int {
        @inlinable get { storage.parent }
        set { uniqueStorage().parent = newValue }
    }

    /// Index into ``Chain/organisations``: the organisation delivering it.
    public var provider: Int {
        @inlinable get { storage.provider }
        set { uniqueStorage().provider = newValue }
    }

    public var role: String? {
        @inlinable get { storage.role }
        set { uniqueStorage().role = newValue }
    }

    public var districts: [String]? {
        @inlinable get { storage.districts }
        set { uniqueStorage().districts = newValue }
    }

    public var value: Double? {
        @inlinable get { storage.value }
        set { uniqueStorage().value = newValue }
    }

    public var volume: Volume? {
        @inlinable get { storage.volume }
        set { uniqueStorage().volume = newValue }
    }

    public var paymentDays: Int? {
        @inlinable get { storage.paymentDays }
        set { uniqueStorage().paymentDays = newValue }
    }

    public var payWhenPaid: Bool {
        @inlinable get { storage.payWhenPaid }
        set { uniqueStorage().payWhenPaid = newValue }
    }

    /// 0...1; an absent share is 0.
    public var byResultsShare: Double {
        @inlinable get { storage.byResultsShare }
        set { uniqueStorage().byResultsShare = newValue }
    }

    public var managementFee: Double? {
        @inlinable get { storage.managementFee }
        set { uniqueStorage().managementFee = newValue }
    }

    public var riskShare: Double? {
        @inlinable get { storage.riskShare }
        set { uniqueStorage().riskShare = newValue }
    }

    public var liabilityCap: Double? {
        @inlinable get { storage.liabilityCap }
        set { uniqueStorage().liabilityCap = newValue }
    }

    public var deliverables: String? {
        @inlinable get { storage.deliverables }
        set { uniqueStorage().deliverables = newValue }
    }

    public var rewards: String? {
        @inlinable get { storage.rewards }
        set { uniqueStorage().rewards = newValue }
    }

    public var penalties: String? {
        @inlinable get { storage.penalties }
        set { uniqueStorage().penalties = newValue }
    }

    public var kpis: [String]? {
        @inlinable get { storage.kpis }
        set { uniqueStorage().kpis = newValue }
    }

    public var commissionerAccess: Bool {
        @inlinable get { storage.commissionerAccess }
        set { uniqueStorage().commissionerAccess = newValue }
    }

    public var exitStrategy: String? {
        @inlinable get { storage.exitStrategy }
        set { uniqueStorage().exitStrategy = newValue }
    }

    public var issueResolution: String? {
        @inlinable get { storage.issueResolution }
        set { uniqueStorage().issueResolution = newValue }
    }

    public var changeMechanism: String? {
        @inlinable get { storage.changeMechanism }
        set { uniqueStorage().changeMechanism = newValue }
    }

    public var selectionRationale: String? {
        @inlinable get { storage.selectionRationale }
        set { uniqueStorage().selectionRationale = newValue }
    }

    public var agreement: Agreement? {
        @inlinable get { storage.agreement }
        set { uniqueStorage().agreement = newValue }
    }

    public var expectations: String? {
        @inlinable get { storage.expectations }
        set { uniqueStorage().expectations = newValue }
    }

    public var contingency: String? {
        @inlinable get { storage.contingency }
        set { uniqueStorage().contingency = newValue }
    }

    public var extensions: [JSONValue.Pair] {
        @inlinable get { storage.extensions }
        set { uniqueStorage().extensions = newValue }
    }

    public var position: SourcePosition {
        @inlinable get { storage.position }
        set { uniqueStorage().position = newValue }
    }

    private mutating func uniqueStorage() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
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
        storage = Storage(id: id, parent: parent, provider: provider, role: role, districts: districts, value: value, volume: volume, paymentDays: paymentDays, payWhenPaid: payWhenPaid, byResultsShare: byResultsShare, managementFee: managementFee, riskShare: riskShare, liabilityCap: liabilityCap, deliverables: deliverables, rewards: rewards, penalties: penalties, kpis: kpis, commissionerAccess: commissionerAccess, exitStrategy: exitStrategy, issueResolution: issueResolution, changeMechanism: changeMechanism, selectionRationale: selectionRationale, agreement: agreement, expectations: expectations, contingency: contingency, extensions: extensions, position: position)
    }

    public static func == (lhs: Subcontract, rhs: Subcontract) -> Bool {
        if lhs.storage === rhs.storage { return true }
        return lhs.id == rhs.id
            && lhs.parent == rhs.parent
            && lhs.provider == rhs.provider
            && lhs.role == rhs.role
            && lhs.districts == rhs.districts
            && lhs.value == rhs.value
            && lhs.volume == rhs.volume
            && lhs.paymentDays == rhs.paymentDays
            && lhs.payWhenPaid == rhs.payWhenPaid
            && lhs.byResultsShare == rhs.byResultsShare
            && lhs.managementFee == rhs.managementFee
            && lhs.riskShare == rhs.riskShare
            && lhs.liabilityCap == rhs.liabilityCap
            && lhs.deliverables == rhs.deliverables
            && lhs.rewards == rhs.rewards
            && lhs.penalties == rhs.penalties
            && lhs.kpis == rhs.kpis
            && lhs.commissionerAccess == rhs.commissionerAccess
            && lhs.exitStrategy == rhs.exitStrategy
            && lhs.issueResolution == rhs.issueResolution
            && lhs.changeMechanism == rhs.changeMechanism
            && lhs.selectionRationale == rhs.selectionRationale
            && lhs.agreement == rhs.agreement
            && lhs.expectations == rhs.expectations
            && lhs.contingency == rhs.contingency
            && lhs.extensions == rhs.extensions
            && lhs.position == rhs.position
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(parent)
        hasher.combine(provider)
        hasher.combine(role)
        hasher.combine(districts)
        hasher.combine(value)
        hasher.combine(volume)
        hasher.combine(paymentDays)
        hasher.combine(payWhenPaid)
        hasher.combine(byResultsShare)
        hasher.combine(managementFee)
        hasher.combine(riskShare)
        hasher.combine(liabilityCap)
        hasher.combine(deliverables)
        hasher.combine(rewards)
        hasher.combine(penalties)
        hasher.combine(kpis)
        hasher.combine(commissionerAccess)
        hasher.combine(exitStrategy)
        hasher.combine(issueResolution)
        hasher.combine(changeMechanism)
        hasher.combine(selectionRationale)
        hasher.combine(agreement)
        hasher.combine(expectations)
        hasher.combine(contingency)
        hasher.combine(extensions)
        hasher.combine(position)
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
