/// What a rule will actually do under a configuration: whether it runs, at
/// which severity, and every parameter with its value (configured, else the
/// default). This is what `check --show-config` prints.
public struct EffectiveRuleSettings: Sendable {
    /// One parameter and the value the rule will use.
    public struct Parameter: Sendable {
        public var parameter: RuleParameter
        /// `nil` when the parameter is unset (the rule is silent until it is configured).
        public var value: Double?
        /// True when the configuration sets the value (rather than the default applying).
        public var isConfigured: Bool
    }

    public var rule: any Rule
    public var enabled: Bool
    public var severity: Severity
    public var parameters: [Parameter]
}

extension Configuration {
    /// Every rule's effective settings, in the order of `rules`.
    public func effectiveSettings(for rules: [any Rule] = allRules) -> [EffectiveRuleSettings] {
        rules.map { rule in
            let configured = parameters(of: rule)
            return EffectiveRuleSettings(
                rule: rule,
                enabled: isEnabled(rule),
                severity: severity(of: rule),
                parameters: rule.parameters.map { parameter in
                    EffectiveRuleSettings.Parameter(
                        parameter: parameter,
                        value: configured[parameter.name] ?? parameter.defaultValue,
                        isConfigured: configured[parameter.name] != nil
                    )
                }
            )
        }
    }
}
