/// An organisation named in the chain: the commissioner, the lead or a provider.
public struct Organisation: Sendable, Hashable {
    public var id: String
    /// Any Unicode text, shown verbatim and never interpreted.
    public var name: String
    public var sector: Sector
    public var size: OrganisationSize
    public var annualTurnover: Double?
    public var district: String?
    /// Given in the file, or true when ``district`` is one of the twelve Kent districts.
    public var kentBased: Bool
    public var extensions: [JSONValue.Pair]
    public var position: SourcePosition

    public init(
        id: String, name: String, sector: Sector, size: OrganisationSize, annualTurnover: Double? = nil,
        district: String? = nil, kentBased: Bool? = nil, extensions: [JSONValue.Pair] = [],
        position: SourcePosition = SourcePosition(line: 1, column: 1)
    ) {
        self.id = id
        self.name = name
        self.sector = sector
        self.size = size
        self.annualTurnover = annualTurnover
        self.district = district
        self.kentBased = kentBased ?? district.map(isKentDistrict) ?? false
        self.extensions = extensions
        self.position = position
    }
}
