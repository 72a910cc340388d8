import ChainAuditSamples

/// Chain files written as JSON text from a seed, with the variety a machine-written file can
/// have: keys in any order, sections in any order, extension keys, escapes, nulls, percentages
/// written as text, non-ASCII names, several tiers.
enum SampleChainText {
    static func generated(organisations count: Int, seed: UInt64 = 7) -> String {
        var random = SeededRandom(seed: seed &+ UInt64(count))
        let districts = ["Ashford", "Dover", "Surrey", "Thanet", "Tunbridge Wells", "Medway"]
        let sectors = ["public", "private", "vcse", "unknown"]
        let sizes = ["micro", "small", "medium", "large", "sme", "unknown"]
        var organisations = [
            #"{"id": "kcc", "name": "Kent County Council", "sector": "public", "size": "large", "district": "Maidstone"}"#,
            #"{"name": "Lead \"Provider\" Ltd", "id": "lead", "size": "large", "sector": "private", "annualTurnover": 2.5e7, "x-note": {"a": [1, -2.5, null, true]}}"#,
        ]
        var subcontracts: [String] = []
        for index in 2..<max(count, 2) {
            let district = districts[random.below(districts.count)]
            var fields = [
                #""id": "org-\#(index)""#,
                #""name": "Provider \#(index) caf\u00e9 \#(district)""#,
                #""sector": "\#(sectors[random.below(sectors.count)])""#,
                #""size": "\#(sizes[random.below(sizes.count)])""#,
            ]
            if random.below(2) == 0 { fields.append(#""district": "\#(district)""#) }
            if random.below(3) == 0 { fields.append(#""kentBased": \#(random.below(2) == 0)"#) }
            if random.below(4) == 0 { fields.append(#""annualTurnover": \#(random.below(5_000_000))"#) }
            if random.below(7) == 0 { fields.append(#""district": null"#.replacingOccurrences(of: "district", with: "x_extra")) }
            random.shuffle(&fields)
            organisations.append("{" + fields.joined(separator: ", ") + "}")

            let parent = index == 2 ? "lead" : (random.below(3) == 0 ? "lead" : "org-\(2 + random.below(index - 2))")
            var terms = [
                #""id": "SC-\#(index)""#,
                #""parent": "\#(parent)""#,
                #""provider": "org-\#(index)""#,
                #""value": \#(random.below(900_000) + 1).\#(random.below(100))"#,
                #""paymentDays": \#([7, 14, 30, 45, 60, 90][random.below(6)])"#,
                #""riskShare": \#(["0.001", "0.05", "1.1e-05", "0", "\"2.5%\""][random.below(5)])"#,
                #""volume": {"amount": \#(random.below(2_000)), "unit": "sessions a year"}"#,
                #""districts": ["\#(district)", "Dover"]"#,
            ]
            if random.below(2) == 0 { terms.append(#""managementFee": 0.\#(random.below(30))"#) }
            if random.below(2) == 0 { terms.append(#""byResultsShare": \#(["0", "0.1", "\" 15 % \"", "1"][random.below(4)])"#) }
            if random.below(2) == 0 { terms.append(#""exitStrategy": "Clause 22: three months\u2019 notice\nthen handover""#) }
            if random.below(2) == 0 { terms.append(#""issueResolution": "Clause 19: escalation \/ mediation""#) }
            if random.below(2) == 0 { terms.append(#""commissionerAccess": \#(random.below(2) == 0)"#) }
            if random.below(3) == 0 { terms.append(#""payWhenPaid": true"#) }
            if random.below(3) == 0 { terms.append(#""agreement": "\#(["signed", "headsOfTerms", "letterOfIntent", "none"][random.below(4)])""#) }
            if random.below(3) == 0 { terms.append(#""kpis": []"#) }
            if random.below(4) == 0 { terms.append(#""contingency": null"#) }
            if random.below(5) == 0 { terms.append(#""x-source": {"row": \#(index), "tags": ["a\"b", "\ud83d\ude00"]}"#) }
            if random.below(5) == 0 { terms.append(#""liabilityCap": 1E+5"#) }
            random.shuffle(&terms)
            subcontracts.append("{" + terms.joined(separator: ",") + "}")
        }
        let contract = #"""
        "contract": {"id": "C-1", "title": "Wellbeing \u0026 carers", "commissioner": "kcc", "lead": "lead", "value": 26479637500.0,
          "start": "2026-04-01", "end": "2031-03-31", "paymentDays": 30, "byResultsShare": "10%",
          "outcomes": [{"id": "O1", "description": "Fewer isolated people", "indicator": "UCLA score"}, {"id": "O2", "description": "Carers supported", "x-weight": 2}],
          "exitStrategy": "Schedule 12", "governance": null, "x-ref": "K-99"}
        """#
        var sections = [
            contract,
            "\"organisations\": [\n" + organisations.joined(separator: ",\n") + "\n]",
            "\"subcontracts\": [\n" + subcontracts.joined(separator: ",\n") + "\n]",
        ]
        // Any order of sections: references are resolved after the whole file is read.
        if count % 2 == 1 { sections.reverse() }
        return "{\n\"chainaudit\": 1,\n" + sections.joined(separator: ",\n") + ",\n\"x-generator\": \"tests\"\n}\n"
    }
}

/// The samples' SplitMix64 generator: the same numbers from the same seed on every machine.
typealias SeededRandom = SplitMix

extension SplitMix {
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for index in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(index, below(index + 1))
        }
    }
}
