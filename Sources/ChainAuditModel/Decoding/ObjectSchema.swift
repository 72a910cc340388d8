/// The keys allowed in one kind of mapping of the chain file.
struct ObjectSchema: Sendable {
    let keys: [String]
    let slots: [String: Int]

    init(_ keys: [String]) {
        self.keys = keys
        var slots = [String: Int]()
        for (index, key) in keys.enumerated() { slots[key] = index }
        self.slots = slots
    }

    static let top = ObjectSchema(["chainaudit", "contract", "organisations", "subcontracts"])
    static let contract = ObjectSchema([
        "id", "title", "commissioner", "lead", "value", "start", "end", "paymentDays", "byResultsShare",
        "outcomes", "exitStrategy", "issueResolution", "changeMechanism", "governance", "feedback",
    ])
    static let outcome = ObjectSchema(["id", "description", "indicator"])
    static let organisation = ObjectSchema(["id", "name", "sector", "size", "annualTurnover", "district", "kentBased"])
    static let subcontract = ObjectSchema([
        "id", "parent", "provider", "role", "districts", "value", "volume", "paymentDays", "payWhenPaid",
        "byResultsShare", "managementFee", "riskShare", "liabilityCap", "deliverables", "rewards", "penalties",
        "kpis", "commissionerAccess", "exitStrategy", "issueResolution", "changeMechanism", "selectionRationale",
        "agreement", "expectations", "contingency",
    ])
    static let volume = ObjectSchema(["amount", "unit"])
}
