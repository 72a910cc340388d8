/// The kind of organisation, as the chain file names it.
public enum Sector: String, Sendable, CaseIterable, Codable {
    case `public`, `private`, vcse, unknown
}

/// An organisation's size. `micro`, `small`, `medium` and `sme` are all SMEs.
public enum OrganisationSize: String, Sendable, CaseIterable, Codable {
    case micro, small, medium, large, sme, unknown

    /// True for micro, small, medium and sme.
    public var isSME: Bool {
        switch self {
        case .micro, .small, .medium, .sme: true
        case .large, .unknown: false
        }
    }
}

/// How far the working agreement between parent and provider has got.
public enum Agreement: String, Sendable, CaseIterable, Codable {
    case signed, headsOfTerms, letterOfIntent, none
}

/// The twelve districts of Kent, for the `kentBased` default.
public let kentDistricts: Set<String> = [
    "Ashford", "Canterbury", "Dartford", "Dover", "Folkestone and Hythe", "Gravesham",
    "Maidstone", "Sevenoaks", "Swale", "Thanet", "Tonbridge and Malling", "Tunbridge Wells",
]

private let kentDistrictKeys = Set(kentDistricts.map { $0.lowercased() })

/// Whether `name` is one of the twelve Kent districts, ignoring case and surrounding white space.
public func isKentDistrict(_ name: String) -> Bool {
    // Asked for every organisation: plain ASCII names are compared byte for byte, ignoring ASCII
    // case and ASCII white space at the ends (the only white space and case ASCII has); any other
    // name goes through Unicode trimming and lowercasing, as before.
    var utf8 = Substring(name).utf8
    guard utf8.allSatisfy({ $0 < 0x80 }) else {
        return kentDistrictKeys.contains(name.trimmingWhitespace().lowercased())
    }
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
    while let first = utf8.first, isSpace(first) { utf8 = utf8.dropFirst() }
    while let last = utf8.last, isSpace(last) { utf8 = utf8.dropLast() }
    return kentDistrictASCIIKeys.contains { key in
        key.count == utf8.count && zip(key, utf8).allSatisfy { $0 == (($1 >= 0x41 && $1 <= 0x5A) ? $1 | 0x20 : $1) }
    }
}

private let kentDistrictASCIIKeys: [[UInt8]] = kentDistrictKeys.sorted().map { Array($0.utf8) }
