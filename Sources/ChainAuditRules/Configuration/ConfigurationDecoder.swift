import ChainAuditModel

/// Reads a ``Configuration`` from a parsed document, reporting every problem.
struct ConfigurationDecoder {
    let rules: [any Rule]
    let diagnostics: DiagnosticSink

    static let topKeys = ["rules", "waivers"]

    func decode(_ root: DocumentNode) -> Configuration {
        if root.isNull { return .default }
        guard let top = ConfigurationMapping(root, allowed: Self.topKeys, path: "", what: "a mapping with the keys `rules` and `waivers`", diagnostics: diagnostics) else {
            return .default
        }
        var configuration = Configuration()
        if let member = top.member("rules", diagnostics: diagnostics) {
            configuration.rules = decodeRules(member.value)
        }
        if let member = top.member("waivers", diagnostics: diagnostics) {
            configuration.waivers = WaiverDecoder(rules: rules, diagnostics: diagnostics).decodeList(member.value, path: "waivers")
        }
        return configuration
    }

    /// `rules:`, a mapping of rule id to its settings.
    private func decodeRules(_ node: DocumentNode) -> [String: RuleSettings] {
        guard case .object(let members) = node.value else {
            diagnostics.error("expected a mapping of rule ids to settings, found \(node.kindDescription)", path: "rules", at: node.position)
            return [:]
        }
        let ids = rules.map(\.id)
        var result: [String: RuleSettings] = [:]
        var seen: Set<String> = []
        for member in members {
            let path = "rules.\(member.key)"
            guard let rule = rules.first(where: { $0.id == member.key }) else {
                var message = "unknown rule `\(ConfigurationMapping.excerpt(member.key))`"
                if let near = Suggestion.nearest(to: member.key, in: ids) {
                    message += "; did you mean `\(near)`?"
                } else {
                    message += " (`chainaudit rules` lists every rule id)"
                }
                diagnostics.error(message, path: path, at: member.keyPosition)
                continue
            }
            guard seen.insert(rule.id).inserted else {
                diagnostics.error("this rule appears more than once", path: path, at: member.keyPosition)
                continue
            }
            if let settings = RuleSettingsDecoder(rule: rule, diagnostics: diagnostics).decode(member.value, path: path) {
                result[rule.id] = settings
            }
        }
        return result
    }
}
