import ChainAuditModel

extension Rule {
    /// Findings for a term that the contract and every subcontract must state
    /// (C6: exit strategy, issue resolution): one for the contract and one per
    /// subcontract where the text is missing, each saying `lacks` after naming it
    /// ("has no exit strategy"), with `field` as the evidence.
    func findingsForMissingTerm(
        _ field: String,
        contract contractTerm: (Contract) -> String?,
        subcontract subcontractTerm: Subcontract.MissingTerms,
        lacks: String,
        in context: RuleContext
    ) -> [Finding] {
        var findings: [Finding] = []
        let evidence: [JSONValue.Pair] = [.init("missing", .array([.string(field)]))]
        let contract = context.contract
        if contractTerm(contract).isMissing {
            findings.append(finding(
                .contract(contract),
                "The contract \(contract.title) between \(context.chain.commissionerName) and \(context.chain.leadName) \(lacks)",
                evidence: evidence
            ))
        }
        for subcontract in context.chain.subcontracts where subcontract.missingTerms.contains(subcontractTerm) {
            findings.append(finding(
                .subcontract(subcontract),
                "The subcontract with \(context.chain.providerName(of: subcontract)) \(lacks)",
                evidence: evidence
            ))
        }
        return findings
    }
}
