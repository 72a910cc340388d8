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
    kentDistrictKeys.contains(name.trimmingWhitespace().lowercased())
}
