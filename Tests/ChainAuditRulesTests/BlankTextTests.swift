import ChainAuditModel
import ChainAuditRules
import Testing

/// `String.isBlank` (behind the spec's *missing*) decides from the bytes when it
/// can; these cases check that it, and the rules through it, agree with the
/// definition (every character white space) for ASCII, non-ASCII and mixed
/// text, including combining marks, CR LF and characters that look blank but are not.
@Suite("Blank text in rules")
struct BlankTextTests {
    static let texts: [String] = [
        "", " ", "\t", "\n", "\r\n", " \r\n\u{0B}\u{0C}\t", "a", " a", "a ", "  x  ", "\u{7F}", "\u{1F}",
        "\u{00A0}", " \u{00A0} ", "\u{0085}", "\u{2003}\u{2028}\u{2029}", "\u{3000}x", "\u{200B}", "\u{FEFF}",
        " \u{301}", "\u{301}", "e\u{301}", "\u{0600}a", " \u{0600}", "é", " é",
        String(repeating: " ", count: 40), String(repeating: " ", count: 40) + "é", String(repeating: "\r\n", count: 20) + ".",
    ]

    static func chain(_ text: String) -> Chain {
        Chain(
            contract: Contract(id: "C", title: "Contract", commissioner: 0, lead: 1, value: 100),
            organisations: [
                Organisation(id: "kcc", name: "Council", sector: .public, size: .large),
                Organisation(id: "lead", name: "Lead", sector: .private, size: .large),
                Organisation(id: "p", name: "Provider", sector: .vcse, size: .small),
            ],
            subcontracts: [
                Subcontract(
                    id: "S", parent: 1, provider: 2, role: "Role", value: 10, volume: Volume(amount: 1, unit: text), paymentDays: 30,
                    kpis: [text, text], changeMechanism: "Clause", selectionRationale: text
                ),
            ]
        )
    }

    static func fires(_ rule: some Rule, on chain: Chain) -> Bool {
        !rule.check(RuleContext(chain: chain, analysis: ChainAnalysis(chain))).isEmpty
    }

    @Test("Text is missing exactly when the model says so", arguments: texts)
    func missingText(text: String) {
        let chain = Self.chain(text)
        let blank = text.allSatisfy(\.isWhitespace)
        #expect(text.isBlank == blank)
        #expect(Optional(text).isMissing == blank)
        #expect(Self.fires(NoSelectionRationale(), on: chain) == blank)
        #expect(Self.fires(MissingVisibility(), on: chain) == blank)
        #expect(Self.fires(NoPerformanceData(), on: chain) == blank)
    }
}
