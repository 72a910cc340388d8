import ChainAuditModel

/// Applies waivers to findings (rules.md, "Configuration file"): a matching,
/// unexpired waiver marks a finding waived. An expired waiver does not apply and
/// is reported (warning, rule `expired-waiver`); a waiver that matches nothing is
/// reported (info, rule `unused-waiver`).
enum WaiverApplication {
    static func apply(_ waivers: [Waiver], to findings: [Finding], chain: Chain, today: CalendarDate?) -> [Finding] {
        guard !waivers.isEmpty else { return findings }
        var findings = findings
        var extra: [Finding] = []
        let contractSubject = Subject.contract(chain.contract)
        for waiver in waivers {
            let expired: Bool = {
                guard let expires = waiver.expires.flatMap(CalendarDate.init), let today else { return false }
                return today > expires
            }()
            let matching = findings.indices.filter { waiver.matches(findings[$0]) }
            let subject = waiver.subjectKind.map { "\($0.rawValue) \(waiver.subjectID)" } ?? waiver.subjectID
            if expired {
                extra.append(Finding(
                    rule: "expired-waiver", severity: .warning, principle: .c6, subject: contractSubject,
                    message: "The waiver of \(waiver.rule) for \(subject) expired on \(waiver.expires ?? "") and no longer applies",
                    evidence: [.init("rule", .string(waiver.rule)), .init("subject", .string(waiver.subjectID)), .init("expires", .string(waiver.expires ?? ""))]
                ))
                continue
            }
            if matching.isEmpty {
                extra.append(Finding(
                    rule: "unused-waiver", severity: .info, principle: .c6, subject: contractSubject,
                    message: "The waiver of \(waiver.rule) for \(subject) matches no finding; remove it if it is no longer needed",
                    evidence: [.init("rule", .string(waiver.rule)), .init("subject", .string(waiver.subjectID))]
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
