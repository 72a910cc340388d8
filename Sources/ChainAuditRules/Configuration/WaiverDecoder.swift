import ChainAuditModel

/// Reads `waivers:`, a list of `{rule, subject, reason, approvedBy, expires?}`.
/// `subject` is an id, or `{kind, id}` where ids of different kinds could clash.
struct WaiverDecoder {
    let rules: [any Rule]
    let diagnostics: DiagnosticSink

    static let keys = ["rule", "subject", "reason", "approvedBy", "expires"]
    static let subjectKeys = ["kind", "id"]

    func decodeList(_ node: DocumentNode, path: String) -> [Waiver] {
        guard case .array(let items) = node.value else {
            diagnostics.error("expected a list of waivers, found \(node.kindDescription)", path: path, at: node.position)
            return []
        }
        return items.enumerated().compactMap { decode($0.element, path: "\(path)[\($0.offset)]") }
    }

    private func decode(_ node: DocumentNode, path: String) -> Waiver? {
        guard let fields = ConfigurationMapping(node, allowed: Self.keys, path: path, what: "a waiver (a mapping with `rule`, `subject`, `reason` and `approvedBy`)", diagnostics: diagnostics) else {
            return nil
        }
        let rule = ruleID(fields)
        let subject = fields.member("subject", required: true, diagnostics: diagnostics).flatMap { self.subject($0.value, path: "\(path).subject") }
        let reason = fields.text("reason", required: true, diagnostics: diagnostics)
        let approvedBy = fields.text("approvedBy", required: true, diagnostics: diagnostics)
        let expires = expiry(fields)
        guard let rule, let subject, let reason, let approvedBy, expires.valid else { return nil }
        return Waiver(rule: rule, subjectID: subject.id, subjectKind: subject.kind, reason: reason, approvedBy: approvedBy, expires: expires.date, position: node.position)
    }

    /// `rule`: the id of a rule that exists.
    private func ruleID(_ fields: ConfigurationMapping) -> String? {
        guard let id = fields.text("rule", required: true, diagnostics: diagnostics) else { return nil }
        if rules.contains(where: { $0.id == id }) { return id }
        var message = "unknown rule `\(ConfigurationMapping.excerpt(id))`"
        if let near = Suggestion.nearest(to: id, in: rules.map(\.id)) {
            message += "; did you mean `\(near)`?"
        } else {
            message += " (`chainaudit rules` lists every rule id)"
        }
        diagnostics.error(message, path: "\(fields.path).rule", at: fields.member("rule", diagnostics: diagnostics)?.value.position)
        return nil
    }

    /// `subject`: an id, or `{kind, id}`.
    private func subject(_ node: DocumentNode, path: String) -> (kind: Subject.Kind?, id: String)? {
        guard case .object = node.value else {
            if case .array = node.value {
                diagnostics.error("expected a subject id or `{kind, id}`, found a list", path: path, at: node.position)
                return nil
            }
            return ConfigurationMapping.text(node, path: path, diagnostics: diagnostics).map { (nil, $0) }
        }
        guard let fields = ConfigurationMapping(node, allowed: Self.subjectKeys, path: path, what: "a subject", diagnostics: diagnostics) else { return nil }
        let id = fields.text("id", required: true, diagnostics: diagnostics)
        var kind: Subject.Kind?
        var kindValid = true
        if let member = fields.member("kind", required: true, diagnostics: diagnostics) {
            let allowed = Subject.Kind.allCases.map(\.rawValue)
            if case .string(let text, _) = member.value.value, let parsed = Subject.Kind(rawValue: text) {
                kind = parsed
            } else {
                kindValid = false
                var message = "expected one of \(allowed.joined(separator: ", ")), found \(member.value.kindDescription)"
                if case .string(let text, _) = member.value.value {
                    message = "unknown subject kind \"\(ConfigurationMapping.excerpt(text))\"; expected one of \(allowed.joined(separator: ", "))"
                    if let near = Suggestion.nearest(to: text, in: allowed) { message += "; did you mean `\(near)`?" }
                }
                diagnostics.error(message, path: "\(path).kind", at: member.value.position)
            }
        } else {
            kindValid = false
        }
        guard let id, kindValid else { return nil }
        return (kind, id)
    }

    /// `expires`: an optional `YYYY-MM-DD`, quoted or not.
    private func expiry(_ fields: ConfigurationMapping) -> (date: String?, valid: Bool) {
        guard let member = fields.member("expires", diagnostics: diagnostics) else { return (nil, true) }
        let path = "\(fields.path).expires"
        switch member.value.value {
        case .date(let text), .string(let text, _):
            guard CalendarDate(text) != nil else {
                diagnostics.error("expected a date YYYY-MM-DD, found \"\(ConfigurationMapping.excerpt(text))\"", path: path, at: member.value.position)
                return (nil, false)
            }
            return (text, true)
        default:
            diagnostics.error("expected a date YYYY-MM-DD, found \(member.value.kindDescription)", path: path, at: member.value.position)
            return (nil, false)
        }
    }
}
