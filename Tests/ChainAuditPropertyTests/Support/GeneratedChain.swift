import ChainAuditModel
import ChainAuditReports
import PropertyBased

/// A random valid chain file, held as JSON-shaped data so that it can be
/// written as JSON or YAML and its lists reordered before writing.
///
/// Chains have 2 to 12 organisations and up to 16 subcontracts between random
/// pairs (so cycles, unreachable parts and several parents per provider all
/// occur), `unknown` enumeration values, optional fields present or not,
/// extension keys holding nested data, and text drawn from awkward Unicode:
/// right-to-left and combining marks, emoji, quotes, backslashes, control
/// characters, YAML keywords and indicators, and long text.
struct GeneratedChain: Sendable, CustomStringConvertible {
    var document: JSONValue

    var json: String { JSONWriter.write(document) }
    var yaml: String { YAMLText.write(document) }
    var description: String { json }

    /// The generator for property tests.
    static let generator = Generator<GeneratedChain, Shrink.None<GeneratedChain>> { rng in
        var builder = Builder(rng: rng)
        let chain = builder.chain()
        rng = builder.rng
        return chain
    }

    /// The same chain with its organisations, subcontracts and outcomes in another order.
    func reordered(using rng: inout some RandomNumberGenerator) -> GeneratedChain {
        guard case .object(var pairs) = document else { return self }
        for index in pairs.indices {
            switch pairs[index].key {
            case "organisations", "subcontracts":
                if case .array(let items) = pairs[index].value { pairs[index].value = .array(items.shuffled(using: &rng)) }
            case "contract":
                if case .object(var fields) = pairs[index].value,
                   let outcomes = fields.firstIndex(where: { $0.key == "outcomes" }),
                   case .array(let items) = fields[outcomes].value {
                    fields[outcomes].value = .array(items.shuffled(using: &rng))
                    pairs[index].value = .object(fields)
                }
            default: break
            }
        }
        return GeneratedChain(document: .object(pairs))
    }
}

/// Draws the parts of one chain.
private struct Builder {
    var rng: any SeededRandomNumberGenerator

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
    mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < probability }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }

    static let fragments = [
        "Oakwood", "Bridges CIC", "Café Ünïcode", "株式会社ケント", "مؤسسة الخير", "שלום", "👩‍👩‍👧 Family Hub", "e\u{301}\u{301}",
        "O'Neil & \"Sons\"", "back\\slash", "tab\there", "two\nlines", "yes", "no", "null", "true", "~", "#hash",
        "- dash", "a: colon", "  spaced  ", "\u{202E}txet desrever", "bell\u{7}", "1e3", "0x1F", "007", "[brackets]",
        "{braces}", "&anchor", "*alias", "!tag", "%percent", "@at", "`tick`", "NEL\u{85}", "nbsp\u{A0}", "zero\u{200B}width",
        "\u{2028}separator", "\u{1F600}", "Maidstone", "Dover", String(repeating: "long ", count: 60),
    ]

    mutating func text() -> String {
        (0..<int(1...3)).map { _ in pick(Self.fragments) }.joined(separator: pick([" ", "", "/", " – "]))
    }

    /// Text that is not blank (for required fields).
    mutating func requiredText() -> String {
        let value = text()
        return value.allSatisfy(\.isWhitespace) ? "x" + value : value
    }

    mutating func money() -> JSONValue {
        switch int(0...4) {
        case 0: .int(0)
        case 1: .int(int(1...1_000))
        case 2: .int(int(1...5_000_000))
        case 3: .number(Double(int(0...100_000_000)) / 100)
        default: .double(1.0e16)
        }
    }

    mutating func share() -> JSONValue {
        switch int(0...3) {
        case 0: .int(int(0...1))
        case 1: .number(Double(int(0...100)) / 100)
        case 2: .string("\(int(0...100))%")
        default: .string(" \(int(0...99)).5 %")
        }
    }

    mutating func extensions() -> [JSONValue.Pair] {
        guard chance(0.3) else { return [] }
        return (0..<int(1...2)).map { index in
            JSONValue.Pair("\(pick(["x-", "x_"]))\(pick(["ref", "ünï", "a b", "note"]))\(index)", extensionValue(depth: 0))
        }
    }

    mutating func extensionValue(depth: Int) -> JSONValue {
        switch depth > 2 ? int(0...4) : int(0...6) {
        case 0: return .null
        case 1: return .bool(chance(0.5))
        case 2: return money()
        case 3: return .string(text())
        case 4: return .string("2026-0\(int(1...9))-1\(int(0...9))")
        case 5: return .array((0..<int(0...3)).map { _ in extensionValue(depth: depth + 1) })
        default:
            return .object((0..<int(0...3)).map { JSONValue.Pair("k\($0) \(pick(["", "é", "#"]))", extensionValue(depth: depth + 1)) })
        }
    }

    mutating func optional(_ key: String, _ probability: Double, into pairs: inout [JSONValue.Pair], _ make: (inout Builder) -> JSONValue) {
        if chance(probability) { pairs.append(JSONValue.Pair(key, make(&self))) }
    }

    mutating func chain() -> GeneratedChain {
        let count = int(2...12)
        let ids = (0..<count).map { index in organisationId(index) }
        var organisations: [JSONValue] = []
        for id in ids {
            var pairs: [JSONValue.Pair] = ["id": .string(id), "name": .string(requiredText())].map { JSONValue.Pair($0.key, $0.value) }
            pairs.append(JSONValue.Pair("sector", .string(pick(Sector.allCases).rawValue)))
            pairs.append(JSONValue.Pair("size", .string(pick(OrganisationSize.allCases).rawValue)))
            optional("annualTurnover", 0.5, into: &pairs) { $0.money() }
            optional("district", 0.6, into: &pairs) { $0.pick(Array(kentDistricts) + ["Croydon", " maidstone ", "ASHFORD"]).jsonString }
            optional("kentBased", 0.2, into: &pairs) { .bool($0.chance(0.5)) }
            organisations.append(.object(pairs + extensions()))
        }

        var contract: [JSONValue.Pair] = [
            JSONValue.Pair("id", .string(requiredText())), JSONValue.Pair("title", .string(requiredText())),
            JSONValue.Pair("commissioner", .string(ids[0])), JSONValue.Pair("lead", .string(ids[1])),
            JSONValue.Pair("value", money()),
        ]
        if chance(0.6) {
            let year = int(2020...2030)
            contract.append(JSONValue.Pair("start", .string("\(year)-04-01")))
            let endYear = year + int(0...5)
            contract.append(JSONValue.Pair("end", .string(endYear > year ? "\(endYear)-03-31" : "\(year)-12-31")))
        }
        optional("paymentDays", 0.7, into: &contract) { .int($0.int(0...90)) }
        optional("byResultsShare", 0.4, into: &contract) { $0.share() }
        if chance(0.6) {
            contract.append(JSONValue.Pair("outcomes", .array((0..<int(0...4)).map { index in
                var pairs = [JSONValue.Pair("id", .string("O\(index)\(pick(["", "é", " b"]))")), JSONValue.Pair("description", .string(requiredText()))]
                optional("indicator", 0.6, into: &pairs) { .string($0.text()) }
                return .object(pairs + extensions())
            })))
        }
        for key in ["exitStrategy", "issueResolution", "changeMechanism", "governance", "feedback"] {
            optional(key, 0.6, into: &contract) { .string($0.chance(0.1) ? " " : $0.text()) }
        }
        contract += extensions()

        var subcontracts: [JSONValue] = []
        let nonCommissioner = Array(1..<count)
        for index in 0..<int(0...16) {
            // Providers never include the commissioner; parents occasionally do.
            let provider = pick(nonCommissioner)
            let parents = (chance(0.05) ? [0] : []) + nonCommissioner.filter { $0 != provider }
            guard !parents.isEmpty else { continue }
            // The lead (index 1) lets many of them, so that chains have a reachable core.
            let parent = provider != 1 && chance(0.4) ? 1 : pick(parents)
            var pairs = [
                JSONValue.Pair("id", .string("S\(index)\(pick(["", "-ß", " ⟂"]))")),
                JSONValue.Pair("parent", .string(ids[parent])), JSONValue.Pair("provider", .string(ids[provider])),
            ]
            subcontract(into: &pairs)
            subcontracts.append(.object(pairs + extensions()))
        }

        var top: [JSONValue.Pair] = [
            JSONValue.Pair("chainaudit", .int(1)), JSONValue.Pair("contract", .object(contract)),
            JSONValue.Pair("organisations", .array(organisations)),
        ]
        if !subcontracts.isEmpty || chance(0.5) { top.append(JSONValue.Pair("subcontracts", .array(subcontracts))) }
        return GeneratedChain(document: .object(top + extensions()))
    }

    /// Mostly plain ids, sometimes with spaces, quotes, colons, emoji.
    mutating func organisationId(_ index: Int) -> String {
        chance(0.3) ? "org \(index) \(pick(["ü", "🦊", "\"q\"", ":", "#"]))" : "o\(index)"
    }

    mutating func subcontract(into pairs: inout [JSONValue.Pair]) {
        let full = chance(0.3)  // a well-documented subcontract: most fields present
        let p = full ? 0.9 : 0.4
        optional("role", p, into: &pairs) { .string($0.text()) }
        optional("districts", p / 2, into: &pairs) { builder in .array((0..<builder.int(0...2)).map { _ in .string(builder.text()) }) }
        optional("value", p + 0.1, into: &pairs) { $0.money() }
        optional("volume", p, into: &pairs) { builder in
            .object([JSONValue.Pair("amount", builder.money()), JSONValue.Pair("unit", .string(builder.text()))] + builder.extensions())
        }
        optional("paymentDays", p + 0.1, into: &pairs) { .int($0.int(0...120)) }
        optional("payWhenPaid", p / 2, into: &pairs) { .bool($0.chance(0.3)) }
        optional("byResultsShare", p / 2, into: &pairs) { $0.share() }
        optional("managementFee", p, into: &pairs) { $0.share() }
        optional("riskShare", p / 2, into: &pairs) { $0.share() }
        optional("liabilityCap", p / 2, into: &pairs) { $0.money() }
        for key in ["deliverables", "rewards", "penalties", "exitStrategy", "issueResolution", "changeMechanism", "selectionRationale", "expectations", "contingency"] {
            optional(key, p, into: &pairs) { .string($0.chance(0.05) ? "" : $0.text()) }
        }
        optional("kpis", p, into: &pairs) { builder in .array((0..<builder.int(0...3)).map { _ in .string(builder.text()) }) }
        optional("commissionerAccess", p, into: &pairs) { .bool($0.chance(0.7)) }
        optional("agreement", p, into: &pairs) { .string($0.pick(Agreement.allCases).rawValue) }
        if chance(0.1), !pairs.contains(where: { $0.key == "role" }) { pairs.append(JSONValue.Pair("role", .null)) }
    }
}

private extension String {
    var jsonString: JSONValue { .string(self) }
}
