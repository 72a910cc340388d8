import ChainAuditModel
import ChainAuditRules

/// Everything a chain holds except where it was written: two chains with equal
/// snapshots are the same chain.
struct ChainSnapshot: Equatable {
    var version: Int
    var contract: Contract
    var organisations: [Organisation]
    var subcontracts: [Subcontract]
    var extensions: [JSONValue.Pair]

    init(_ chain: Chain) {
        let origin = SourcePosition(line: 0, column: 0)
        version = chain.version
        contract = chain.contract
        contract.position = origin
        contract.outcomes = contract.outcomes.map { var outcome = $0; outcome.position = origin; return outcome }
        organisations = chain.organisations.map { var organisation = $0; organisation.position = origin; return organisation }
        subcontracts = chain.subcontracts.map { var subcontract = $0; subcontract.position = origin; return subcontract }
        extensions = chain.extensions
    }

    /// The first part that differs, briefly (a full dump of two chains is unreadable).
    func firstDifference(from other: ChainSnapshot) -> String? {
        if version != other.version { return "version \(version) ≠ \(other.version)" }
        if contract != other.contract { return "contract:\n  \(contract)\n≠ \(other.contract)" }
        if organisations.count != other.organisations.count { return "\(organisations.count) organisations ≠ \(other.organisations.count)" }
        for (mine, theirs) in zip(organisations, other.organisations) where mine != theirs { return "organisation:\n  \(mine)\n≠ \(theirs)" }
        if subcontracts.count != other.subcontracts.count { return "\(subcontracts.count) subcontracts ≠ \(other.subcontracts.count)" }
        for (mine, theirs) in zip(subcontracts, other.subcontracts) where mine != theirs { return "subcontract:\n  \(mine)\n≠ \(theirs)" }
        if extensions != other.extensions { return "top-level extensions \(extensions) ≠ \(other.extensions)" }
        return nil
    }
}

/// A finding reduced to what does not depend on the order of the file: which
/// rule, at what severity, about what.
struct FindingKey: Hashable, Comparable, CustomStringConvertible {
    var rule: String
    var severity: Severity
    var subject: Subject

    init(_ finding: Finding) {
        rule = finding.rule
        severity = finding.severity
        subject = finding.subject
    }

    static func < (lhs: FindingKey, rhs: FindingKey) -> Bool {
        (lhs.rule, lhs.subject) < (rhs.rule, rhs.subject)
    }

    var description: String { "\(rule) \(severity) \(subject)" }
}

extension CheckResult {
    /// The findings as a sorted list of keys (a multiset: each rule reports once per subject).
    var keys: [FindingKey] { findings.map(FindingKey.init).sorted() }
}
