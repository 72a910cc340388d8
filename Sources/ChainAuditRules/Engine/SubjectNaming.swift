import ChainAuditModel

extension Chain {
    /// The name a person knows a subject by: a subcontract by its provider's
    /// name, an organisation by its name, the contract by its title, an outcome
    /// by its description. `nil` when the subject is not in the chain.
    public func displayName(of subject: Subject) -> String? {
        switch subject.kind {
        case .contract:
            return subject.id == contract.id ? contract.title : nil
        case .subcontract:
            return subcontractIndex(of: subject.id).map { organisations[subcontracts[$0].provider].name }
        case .organisation:
            return organisationIndex(of: subject.id).map { organisations[$0].name }
        case .outcome:
            return contract.outcomes.first { $0.id == subject.id }?.description
        }
    }

    /// The line and column where a subject is written in the file.
    public func position(of subject: Subject) -> SourcePosition? {
        switch subject.kind {
        case .contract: contract.position
        case .subcontract: subcontractIndex(of: subject.id).map { subcontracts[$0].position }
        case .organisation: organisationIndex(of: subject.id).map { organisations[$0].position }
        case .outcome: contract.outcomes.first { $0.id == subject.id }?.position
        }
    }
}
