import ChainAuditModel
import Testing

/// `isKentDistrict` compares plain ASCII names byte for byte; it must answer exactly as trimming
/// Unicode white space and lowercasing would.
@Suite("Kent districts")
struct KentDistrictTests {
    static func reference(_ name: String) -> Bool {
        let scalars = name.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return false }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return Set(kentDistricts.map { $0.lowercased() }).contains(String(scalars[first...last]).lowercased())
    }

    @Test("Every spelling gives the answer of Unicode trimming and lowercasing", arguments: [
        "Maidstone", "maidstone", " MAIDSTONE\t", "\r\nTonbridge and Malling\n", "Tonbridge  and Malling", "Dover ",
        "Dover\u{0B}", "Dover\u{1F}", "Dov er", "Doverr", "", " ", "Surrey", "Folkestone and Hythe",
        "Fol\u{212A}estone and Hythe", "\u{00A0}Ashford\u{3000}", "Ashford\u{0085}", "CANTERBURY", "Canterbury\u{301}",
        "Tunbridge Wells", "tunbridge wells", "Thanet\u{0}", "Swale", "Gravesham", "Dartford", "Sevenoaks", "Medway",
    ])
    func spellings(name: String) {
        #expect(isKentDistrict(name) == Self.reference(name))
    }
}
