import ChainAuditModel

/// Applies waivers to findings (rules.md, "Configuration file"): a matching,
/// unexpired waiver marks a finding waived (it stays in the report, with the
/// waiver's reason, and no longer counts towards the exit status). An expired
/// waiver does not apply and is reported (warning, rule `expired-waiver`); a
/// waiver that matches nothing is reported (info, rule `unused-waiver`).
///
/// Both reports are about the contract as a whole and carry the principle of
/// the rule the waiver was written for; they come in the waivers' file order.
enum WaiverApplication {
    static let expiredRule = Waiver.expiredRuleID
    static let unusedRule = Waiver.unusedRuleID

    /// - Parameters:
    ///   - rules: the rules that ran, for the principle of a waiver's rule.
    ///   - disabled: ids of rules turned off, so an unused waiver can say why it matched nothing.
    ///   - today: the day expiry is judged on; with `nil` no waiver expires.
    static func apply(
        _ waivers: [Waiver], to findings: [Finding], chain: Chain, today: CalendarDate?,
        rules: [any Rule] = allRules, disabled: Set<String> = []
    ) -> [Finding] {
        guard !waivers.isEmpty else { return findings }
        var findings = findings
        var extra: [Finding] = []
        let contractSubject = Subject.contract(chain.contract)
        func principle(of id: String) -> Principle {
            (rules.first { $0.id == id } ?? allRules.first { $0.id == id })?.principle ?? .c4
        }
        // The findings by rule and subject id, in order, so that each waiver looks
        // only at its candidates rather than at every finding of a large chain.
        struct Key: Hashable {
            var rule: String
            var subjectID: String
        }
        var candidates: [Key: [Int]] = [:]
        for (index, finding) in findings.enumerated() {
            candidates[Key(rule: finding.rule, subjectID: finding.subject.id), default: []].append(index)
        }
        for waiver in waivers {
            let expired: Bool = {
                guard let expires = waiver.expires.flatMap(CalendarDate.init), let today else { return false }
                return today > expires
            }()
            let evidence: [JSONValue.Pair] = [.init("rule", .string(waiver.rule)), .init("subject", .string(waiver.subjectID))]
            if expired {
                extra.append(Finding(
                    rule: expiredRule, severity: .warning, principle: principle(of: waiver.rule), subject: contractSubject,
                    message: "The waiver of \(waiver.rule) for \(waiver.subjectDescription) expired on \(waiver.expires ?? "") and no longer applies",
                    evidence: evidence + [.init("expires", .string(waiver.expires ?? ""))]
                ))
                continue
            }
            let matching = (candidates[Key(rule: waiver.rule, subjectID: waiver.subjectID)] ?? []).filter { waiver.matches(findings[$0]) }
            if matching.isEmpty {
                let why = disabled.contains(waiver.rule) ? " (the rule is turned off)" : ""
                extra.append(Finding(
                    rule: unusedRule, severity: .info, principle: principle(of: waiver.rule), subject: contractSubject,
                    message: "The waiver of \(waiver.rule) for \(waiver.subjectDescription) matches no finding\(why); remove it if it is no longer needed",
                    evidence: evidence
                ))
                continue
            }
            for index in matching where findings[index].waiver == nil {
                findings[index].waiver = AppliedWaiver(reason: waiver.reason, approvedBy: waiver.approvedBy, expires: waiver.expires)
            }
        }
        return findings + extra
    }
}
