import ChainAuditModel
import Testing

/// `Subcontract.missingTerms` is worked out when a subcontract is made or changed; it must say
/// exactly what `isMissing` says of each text term.
@Suite("Missing terms")
struct MissingTermsTests {
    static let texts: [String?] = [nil, "", " ", "\t\r\n", "\u{00A0}", "\u{2003}x", "Clause 4", " e\u{301} ", "\u{301}"]

    static var terms: [(WritableKeyPath<Subcontract, String?>, Subcontract.MissingTerms)] { [
        (\.role, .role), (\.deliverables, .deliverables), (\.rewards, .rewards), (\.penalties, .penalties),
        (\.exitStrategy, .exitStrategy), (\.issueResolution, .issueResolution), (\.changeMechanism, .changeMechanism),
        (\.selectionRationale, .selectionRationale), (\.expectations, .expectations), (\.contingency, .contingency),
    ] }

    @Test("Each term is missing exactly when its text is", arguments: texts)
    func madeAndChanged(text: String?) {
        for (index, (path, term)) in Self.terms.enumerated() {
            var subcontract = Subcontract(
                id: "S", parent: 1, provider: 2, role: index == 0 ? text : "Role", deliverables: "D", rewards: "R",
                penalties: "P", exitStrategy: "E", issueResolution: "I", changeMechanism: "C",
                selectionRationale: "S", expectations: "X", contingency: "Y"
            )
            subcontract[keyPath: path] = text
            #expect(subcontract.missingTerms.contains(term) == text.isMissing, "\(term) with \(String(describing: text))")
            #expect(subcontract.missingTerms.subtracting(term).isEmpty)
            // A copy changed elsewhere keeps its own answer, and the original keeps its own.
            var copy = subcontract
            copy[keyPath: path] = "Stated"
            #expect(!copy.missingTerms.contains(term))
            #expect(subcontract.missingTerms.contains(term) == text.isMissing)
        }
    }

    @Test("A subcontract stating nothing lacks every term")
    func nothingStated() {
        let subcontract = Subcontract(id: "S", parent: 1, provider: 2)
        #expect(subcontract.missingTerms == Subcontract.MissingTerms(Self.terms.map(\.1)))
    }
}
