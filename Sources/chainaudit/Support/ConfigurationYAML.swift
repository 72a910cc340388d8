import ChainAuditReports
import ChainAuditRules

/// Writes a configuration as a commented `chainaudit.yml`: every rule with its
/// effective severity and parameters (defaults filled in), then the waivers.
/// The output reads back as the same configuration.
enum ConfigurationYAML {
    /// The effective configuration, for `check --show-config`.
    /// - Parameter source: the file it was read from; `nil` when no file was used.
    static func effective(_ configuration: Configuration, source: String?, rules: [any Rule] = allRules) -> String {
        var lines = ["# chainaudit: the effective configuration (every rule, with defaults filled in)."]
        if let source {
            lines.append("# Read from \(TerminalText.sanitize(source)).")
        } else {
            lines.append("# No configuration file: every rule at its default settings.")
        }
        lines += ruleLines(configuration, rules: rules)
        lines += waiverLines(configuration.waivers)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The `chainaudit.yml` that `chainaudit init` writes: the defaults, explained.
    static func template(rules: [any Rule] = allRules) -> String {
        var lines = [
            "# chainaudit configuration. `chainaudit check` reads chainaudit.yml from the",
            "# current folder (or the file given with --config).",
            "#",
            "# Every rule is listed below at its default settings. For each rule you can:",
            "#   - change its severity: error, warning or info (or write just the severity:",
            "#     `no-governance: warning`);",
            "#   - turn it off: `severity: off` (or write `no-governance: off`);",
            "#   - change its parameters. Days and counts are whole numbers; a share is a",
            "#     fraction from 0 to 1 or a percentage in quotes (\"15%\").",
            "# A rule left out of this file runs at its defaults. A misspelt rule id or",
            "# parameter is an error, never silently ignored. `chainaudit explain RULE`",
            "# says what a rule checks and why.",
        ]
        lines += ruleLines(.default, rules: rules)
        lines += [
            "",
            "# Waivers: findings the commissioner has accepted. A waived finding is still",
            "# reported, marked waived with its reason, and does not count towards the exit",
            "# status. After its `expires` date a waiver no longer applies and is reported;",
            "# a waiver that matches no finding is reported too, so stale ones can go.",
            "waivers: []",
            "# waivers:",
            "#   - rule: late-payment-terms",
            "#     subject: SC1              # the finding's subject id, or {kind: subcontract, id: SC1}",
            "#     reason: 45-day terms agreed until the provider's new finance system starts",
            "#     approvedBy: Commissioning Manager, Adult Social Care",
            "#     expires: 2027-03-31       # optional",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func ruleLines(_ configuration: Configuration, rules: [any Rule]) -> [String] {
        var lines = ["", "rules:"]
        for (index, settings) in configuration.effectiveSettings(for: rules).enumerated() {
            let rule = settings.rule
            if index > 0 { lines.append("") }
            lines.append("  # \(oneLine(rule.summary).sentence)")
            lines.append("  # Principle \(rule.principle.rawValue); default severity \(rule.defaultSeverity.rawValue).")
            lines.append("  \(rule.id):")
            if settings.enabled {
                lines.append("    severity: \(settings.severity.rawValue)")
            } else {
                lines.append("    severity: off  # turned off; when on, it reports at \(settings.severity.rawValue)")
            }
            for parameter in settings.parameters {
                let meta = parameter.parameter
                var comment = "\(meta.kind.rawValue): \(oneLine(meta.summary))"
                if let defaultValue = meta.defaultValue {
                    if parameter.isConfigured { comment += " (default \(YAMLText.number(defaultValue)))" }
                } else {
                    comment += parameter.isConfigured ? " (unset by default)" : "; unset: the rule is silent until it is set"
                }
                let value = parameter.value.map(YAMLText.number) ?? "null"
                lines.append("    \(meta.name): \(value)  # \(comment)")
            }
        }
        return lines
    }

    /// Text for a YAML comment: on one line, nothing a terminal would act on.
    private static func oneLine(_ text: String) -> String {
        TerminalText.sanitize(text.split(whereSeparator: \.isNewline).joined(separator: " "))
    }

    private static func waiverLines(_ waivers: [Waiver]) -> [String] {
        guard !waivers.isEmpty else { return ["", "waivers: []"] }
        var lines = ["", "waivers:"]
        for waiver in waivers {
            lines.append("  - rule: \(waiver.rule)")
            if let kind = waiver.subjectKind {
                lines.append("    subject: { kind: \(kind.rawValue), id: \(YAMLText.quoted(waiver.subjectID)) }")
            } else {
                lines.append("    subject: \(YAMLText.quoted(waiver.subjectID))")
            }
            lines.append("    reason: \(YAMLText.quoted(waiver.reason))")
            lines.append("    approvedBy: \(YAMLText.quoted(waiver.approvedBy))")
            if let expires = waiver.expires { lines.append("    expires: \(expires)") }
        }
        return lines
    }
}
