import ChainAuditModel

/// Reads one rule's settings: `off`, a bare severity, or
/// `{ severity: error|warning|info|off, <parameter>: value, ... }`.
struct RuleSettingsDecoder {
    let rule: any Rule
    let diagnostics: DiagnosticSink

    /// The words a severity may be written as.
    static let severityWords = Severity.allCases.map(\.rawValue) + ["off"]

    /// - Returns: `nil` when the settings are invalid (already reported).
    func decode(_ node: DocumentNode, path: String) -> RuleSettings? {
        switch node.value {
        case .null:
            return RuleSettings()
        case .string, .bool:
            return severitySetting(node, path: path).map { RuleSettings(enabled: $0.enabled, severity: $0.severity) }
        case .object:
            let allowed = ["severity"] + rule.parameters.map(\.name)
            guard let mapping = ConfigurationMapping(node, allowed: allowed, path: path, what: "settings", diagnostics: diagnostics) else { return nil }
            var settings = RuleSettings()
            var valid = true
            if let member = mapping.member("severity", diagnostics: diagnostics) {
                if let severity = severitySetting(member.value, path: "\(path).severity") {
                    settings.enabled = severity.enabled
                    settings.severity = severity.severity
                } else {
                    valid = false
                }
            }
            for parameter in rule.parameters {
                guard let member = mapping.member(parameter.name, diagnostics: diagnostics) else { continue }
                if let value = ParameterValueDecoder.decode(member.value, kind: parameter.kind, path: "\(path).\(parameter.name)", diagnostics: diagnostics) {
                    settings.parameters[parameter.name] = value
                } else {
                    valid = false
                }
            }
            return valid ? settings : nil
        default:
            diagnostics.error(
                "expected `off`, a severity (\(Self.severityWords.joined(separator: ", "))) or a mapping such as { severity: warning }, found \(node.kindDescription)",
                path: path, at: node.position
            )
            return nil
        }
    }

    /// `error`, `warning`, `info` or `off`; `false` is read as `off` and `true` as "on, at the default severity".
    private func severitySetting(_ node: DocumentNode, path: String) -> (enabled: Bool, severity: Severity?)? {
        switch node.value {
        case .bool(let on):
            return (on, nil)
        case .string(let text, _):
            if text == "off" { return (false, nil) }
            if let severity = Severity(rawValue: text) { return (true, severity) }
            var message = "unknown severity \"\(ConfigurationMapping.excerpt(text))\"; expected one of \(Self.severityWords.joined(separator: ", "))"
            if let near = Suggestion.nearest(to: text, in: Self.severityWords) { message += "; did you mean `\(near)`?" }
            diagnostics.error(message, path: path, at: node.position)
            return nil
        default:
            diagnostics.error("expected a severity (\(Self.severityWords.joined(separator: ", "))), found \(node.kindDescription)", path: path, at: node.position)
            return nil
        }
    }
}
