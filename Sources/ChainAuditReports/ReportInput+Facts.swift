import ChainAuditModel
import ChainAuditRules

extension ReportInput {
    /// The name a person knows a finding's subject by (see ``Chain/displayName(of:)``), or `nil`.
    public func subjectName(of subject: Subject) -> String? {
        chain.displayName(of: subject)
    }

    /// The money a subject stands for: a subcontract's value, the value an
    /// organisation delivers (the contract value for the lead, the sum of its
    /// subcontracts' known values for a provider), or the contract's value.
    /// `nil` when the file does not give one.
    public func value(of subject: Subject) -> Double? {
        switch subject.kind {
        case .contract:
            return subject.id == chain.contract.id ? chain.contract.value : nil
        case .subcontract:
            return chain.subcontractIndex(of: subject.id).flatMap { chain.subcontracts[$0].value }
        case .organisation:
            guard let index = chain.organisationIndex(of: subject.id) else { return nil }
            if index == chain.contract.lead { return chain.contract.value }
            let delivered = chain.incoming[index]
            guard !delivered.isEmpty else { return nil }
            let values = delivered.compactMap { chain.subcontracts[$0].value }
            return values.isEmpty ? nil : values.reduce(0, +)
        case .outcome:
            return nil
        }
    }
}

/// What the reports say about a rule id: the catalogue's rule, or the two
/// findings the engine raises itself about waivers.
public enum RuleCatalogue {
    /// How to put a finding of this rule right; `nil` for an unknown id.
    public static func fix(for ruleID: String) -> String? {
        fixes[ruleID]
    }

    /// Every fix by rule id, looked up once per finding (a report may hold hundreds of thousands).
    private static let fixes: [String: String] = {
        var fixes = Dictionary(allRules.map { ($0.id, $0.fix) }, uniquingKeysWith: { first, _ in first })
        for rule in engineRules where fixes[rule.id] == nil { fixes[rule.id] = rule.fix }
        return fixes
    }()

    /// The engine's own findings about waivers, described like rules.
    public static let engineRules: [(id: String, severity: Severity, principle: Principle, summary: String, rationale: String, fix: String)] = [
        (
            "expired-waiver", .warning, .c6,
            "A waiver in the configuration has passed its expiry date.",
            "An exception the commissioner agreed to should be looked at again when it expires, not left in force silently.",
            "Renew the waiver with a new expiry date if the exception is still agreed, or put the finding right and remove the waiver."
        ),
        (
            "unused-waiver", .info, .c6,
            "A waiver in the configuration matches no finding.",
            "Stale waivers hide the history of what was agreed and may later cover a new problem by accident.",
            "Remove the waiver, or correct its rule id or subject id."
        ),
    ]
}
