import ChainAuditModel

/// Writes a ``Chain`` back out as a chain file (JSON, the format of model.md),
/// so that reading the result gives the same chain: every field, every
/// extension key (`x-…`) in its place, ids for every reference.
///
/// Keys come in the order model.md lists them, extensions after the known keys
/// of their object. Optional fields are written only when present; defaults
/// are left out where leaving them out reads back the same (`payWhenPaid`
/// false, a zero `byResultsShare`, a `kentBased` that matches its district).
/// Lists that are present but empty are kept, since the model tells them from
/// absent ones.
public enum ChainJSONWriter {
    /// The chain file's text, pretty-printed with a final newline.
    public static func write(_ chain: Chain, pretty: Bool = true) -> String {
        JSONWriter.write(value(of: chain), pretty: pretty) + "\n"
    }

    /// The chain file as plain data.
    public static func value(of chain: Chain) -> JSONValue {
        var pairs: [JSONValue.Pair] = [
            .init("chainaudit", .int(chain.version)),
            .init("contract", value(of: chain.contract, in: chain)),
            .init("organisations", .array(chain.organisations.map(value(of:)))),
        ]
        if !chain.subcontracts.isEmpty {
            pairs.append(.init("subcontracts", .array(chain.subcontracts.map { value(of: $0, in: chain) })))
        }
        return .object(pairs + chain.extensions)
    }

    private static func value(of contract: Contract, in chain: Chain) -> JSONValue {
        var object = ObjectBuilder()
        object.add("id", contract.id)
        object.add("title", contract.title)
        object.add("commissioner", chain.organisations[contract.commissioner].id)
        object.add("lead", chain.organisations[contract.lead].id)
        object.add("value", .number(contract.value))
        object.add("start", contract.start)
        object.add("end", contract.end)
        object.add("paymentDays", contract.paymentDays.map { .int($0) })
        if contract.byResultsShare != 0 { object.add("byResultsShare", .number(contract.byResultsShare)) }
        if !contract.outcomes.isEmpty {
            object.add("outcomes", .array(contract.outcomes.map { outcome in
                var item = ObjectBuilder()
                item.add("id", outcome.id)
                item.add("description", outcome.description)
                item.add("indicator", outcome.indicator)
                return item.value(with: outcome.extensions)
            }))
        }
        object.add("exitStrategy", contract.exitStrategy)
        object.add("issueResolution", contract.issueResolution)
        object.add("changeMechanism", contract.changeMechanism)
        object.add("governance", contract.governance)
        object.add("feedback", contract.feedback)
        return object.value(with: contract.extensions)
    }

    private static func value(of organisation: Organisation) -> JSONValue {
        var object = ObjectBuilder()
        object.add("id", organisation.id)
        object.add("name", organisation.name)
        object.add("sector", organisation.sector.rawValue)
        object.add("size", organisation.size.rawValue)
        object.add("annualTurnover", organisation.annualTurnover.map { .number($0) })
        object.add("district", organisation.district)
        let defaultKentBased = organisation.district.map(isKentDistrict) ?? false
        if organisation.kentBased != defaultKentBased { object.add("kentBased", .bool(organisation.kentBased)) }
        return object.value(with: organisation.extensions)
    }

    private static func value(of subcontract: Subcontract, in chain: Chain) -> JSONValue {
        var object = ObjectBuilder()
        object.add("id", subcontract.id)
        object.add("parent", chain.organisations[subcontract.parent].id)
        object.add("provider", chain.organisations[subcontract.provider].id)
        object.add("role", subcontract.role)
        object.add("districts", subcontract.districts.map { .array($0.map { .string($0) }) })
        object.add("value", subcontract.value.map { .number($0) })
        if let volume = subcontract.volume {
            object.add("volume", .object([.init("amount", .number(volume.amount)), .init("unit", .string(volume.unit))] + volume.extensions))
        }
        object.add("paymentDays", subcontract.paymentDays.map { .int($0) })
        if subcontract.payWhenPaid { object.add("payWhenPaid", .bool(true)) }
        if subcontract.byResultsShare != 0 { object.add("byResultsShare", .number(subcontract.byResultsShare)) }
        object.add("managementFee", subcontract.managementFee.map { .number($0) })
        object.add("riskShare", subcontract.riskShare.map { .number($0) })
        object.add("liabilityCap", subcontract.liabilityCap.map { .number($0) })
        object.add("deliverables", subcontract.deliverables)
        object.add("rewards", subcontract.rewards)
        object.add("penalties", subcontract.penalties)
        object.add("kpis", subcontract.kpis.map { .array($0.map { .string($0) }) })
        if subcontract.commissionerAccess { object.add("commissionerAccess", .bool(true)) }
        object.add("exitStrategy", subcontract.exitStrategy)
        object.add("issueResolution", subcontract.issueResolution)
        object.add("changeMechanism", subcontract.changeMechanism)
        object.add("selectionRationale", subcontract.selectionRationale)
        object.add("agreement", subcontract.agreement?.rawValue)
        object.add("expectations", subcontract.expectations)
        object.add("contingency", subcontract.contingency)
        return object.value(with: subcontract.extensions)
    }

    /// The known keys of one object, in order, skipping absent values.
    private struct ObjectBuilder {
        var pairs: [JSONValue.Pair] = []

        mutating func add(_ key: String, _ value: JSONValue?) {
            if let value { pairs.append(.init(key, value)) }
        }

        mutating func add(_ key: String, _ text: String?) {
            if let text { pairs.append(.init(key, .string(text))) }
        }

        func value(with extensions: [JSONValue.Pair]) -> JSONValue {
            .object(pairs + extensions)
        }
    }
}
