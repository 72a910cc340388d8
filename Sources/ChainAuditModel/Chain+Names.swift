// Messages name a subcontract's provider and parent for every subcontract of
// chains of hundreds of thousands. `provider(of:)` returns a whole
// `Organisation` (every text field and its extensions, each retained and
// released); these read the one field a message needs.
extension Chain {
    /// The name of the organisation delivering a subcontract.
    public func providerName(of subcontract: Subcontract) -> String {
        organisations[subcontract.provider].name
    }

    /// The name of the organisation letting a subcontract.
    public func parentName(of subcontract: Subcontract) -> String {
        organisations[subcontract.parent].name
    }

    /// The lead provider's name.
    public var leadName: String { organisations[contract.lead].name }

    /// The commissioner's name.
    public var commissionerName: String { organisations[contract.commissioner].name }
}
