import ChainAuditModel
import ChainAuditRules
import Testing

/// The configuration file: rule settings, parameters by kind, waivers, and positioned errors.
@Suite("Configuration loading")
struct ConfigurationLoaderTests {
    private func load(_ yaml: String) throws(ConfigurationError) -> Configuration {
        try ConfigurationLoader().load(bytes: Array(yaml.utf8), file: "chainaudit.yml")
    }

    /// The messages of every diagnostic for an invalid file (the test fails if the file loads).
    private func errors(_ yaml: String, sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
        do {
            _ = try load(yaml)
            Issue.record("the configuration loaded, but errors were expected", sourceLocation: sourceLocation)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test("Severity, parameters, off and a bare severity are read")
    func readsRuleSettings() throws {
        let configuration = try load("""
            rules:
              late-payment-terms: { severity: warning, maxPaymentDays: 45 }
              missing-visibility: off
            """)
        #expect(configuration.rules["late-payment-terms"] == RuleSettings(enabled: true, severity: .warning, parameters: ["maxPaymentDays": 45]))
        #expect(configuration.rules["missing-visibility"]?.enabled == false)
        #expect(configuration.isEnabled(LatePaymentTerms()))
        #expect(!configuration.isEnabled(MissingVisibility()))
        #expect(configuration.severity(of: LatePaymentTerms()) == .warning)

        let bare = try load("rules:\n  missing-visibility: info\n  late-payment-terms:\n    severity: off\n")
        #expect(bare.rules["missing-visibility"] == RuleSettings(enabled: true, severity: .info))
        #expect(bare.rules["late-payment-terms"]?.enabled == false)
    }

    @Test("An empty or comment-only file is the default configuration")
    func emptyFileIsDefault() throws {
        #expect(try load("") == .default)
        #expect(try load("# nothing configured yet\n\n") == .default)
        #expect(try load("rules:\nwaivers:\n") == .default)
    }

    @Test("An unknown rule id is an error at its position with a suggestion")
    func unknownRule() {
        let messages = errors("rules:\n  late-payment-term: off\n")
        #expect(messages == ["chainaudit.yml:2:3: error: rules.late-payment-term: unknown rule `late-payment-term`; did you mean `late-payment-terms`?"])
    }

    @Test("An unknown parameter is an error with a suggestion")
    func unknownParameter() {
        let messages = errors("rules:\n  late-payment-terms: { maxPaymentDay: 20 }\n")
        #expect(messages == ["chainaudit.yml:2:25: error: rules.late-payment-terms.maxPaymentDay: unknown key `maxPaymentDay`; did you mean `maxPaymentDays`?"])
    }

    @Test("A rule without parameters accepts only severity")
    func ruleWithoutParameters() {
        let messages = errors("rules:\n  missing-visibility: { severity: info, maxDays: 3 }\n")
        #expect(messages.count == 1)
        #expect(messages.first?.contains("rules.missing-visibility.maxDays: unknown key `maxDays`") == true)
    }

    @Test("An unknown severity suggests the nearest")
    func unknownSeverity() {
        let messages = errors("rules:\n  late-payment-terms: { severity: eror }\n")
        #expect(messages == ["chainaudit.yml:2:35: error: rules.late-payment-terms.severity: unknown severity \"eror\"; expected one of error, warning, info, off; did you mean `error`?"])
    }

    @Test("Days must be whole numbers of 0 or more", arguments: ["30.5", "-1", "\"thirty\"", "[30]"])
    func daysMustBeWhole(value: String) {
        let messages = errors("rules:\n  late-payment-terms: { maxPaymentDays: \(value) }\n")
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("chainaudit.yml:2:41: error: rules.late-payment-terms.maxPaymentDays: ") == true)
    }

    @Test("Every error in the file is reported, in file order")
    func everyErrorReported() {
        let messages = errors("""
            rules:
              late-payment-term: off
              missing-visibility: { severity: loud }
            waiver: []
            """)
        #expect(messages.count == 3)
        #expect(messages.map { $0.split(separator: ":")[1] } == ["2", "3", "4"])
        #expect(messages.last?.contains("unknown key `waiver`; did you mean `waivers`?") == true)
    }

    @Test("Every rule's every parameter is accepted at its default, and every rule can be turned off", arguments: allRules.map(\.id))
    func everyRuleConfigurable(id: String) throws {
        let rule = try #require(allRules.first { $0.id == id })
        var yaml = "rules:\n  \(id):\n    severity: \(rule.defaultSeverity.rawValue)\n"
        for parameter in rule.parameters {
            yaml += "    \(parameter.name): \(parameter.defaultValue.map { String($0) } ?? "null")\n"
        }
        let configuration = try load(yaml)
        for parameter in rule.parameters {
            #expect(configuration.parameters(of: rule)[parameter.name] == parameter.defaultValue)
        }
        #expect(try load("rules:\n  \(id): off\n").isEnabled(rule) == false)
    }

    @Test("Waivers are read with an id subject or a {kind, id} subject")
    func readsWaivers() throws {
        let configuration = try load("""
            waivers:
              - rule: late-payment-terms
                subject: SC3
                reason: Agreed at the March partnership board
                approvedBy: Commissioning Manager
                expires: 2027-03-31
              - rule: missing-visibility
                subject: { kind: subcontract, id: SC4 }
                reason: Terms being renegotiated
                approvedBy: Head of Commissioning
                expires: "2027-01-01"
            """)
        #expect(configuration.waivers.count == 2)
        let first = try #require(configuration.waivers.first)
        #expect(first.rule == "late-payment-terms")
        #expect(first.subjectID == "SC3")
        #expect(first.subjectKind == nil)
        #expect(first.reason == "Agreed at the March partnership board")
        #expect(first.approvedBy == "Commissioning Manager")
        #expect(first.expires == "2027-03-31")
        #expect(first.position == SourcePosition(line: 2, column: 5))
        let second = configuration.waivers[1]
        #expect(second.subjectKind == .subcontract)
        #expect(second.subjectID == "SC4")
        #expect(second.expires == "2027-01-01")
    }

    @Test("A waiver needs a known rule, a subject, a non-blank reason and approver, and a real date")
    func invalidWaivers() {
        let messages = errors("""
            waivers:
              - rule: late-paymnet-terms
                subject: { kind: subcontracts, id: SC1 }
                reason: "   "
                expires: 2027-02-30
            """)
        #expect(messages == [
            "chainaudit.yml:2:5: error: waivers[0].approvedBy: required key is missing",
            "chainaudit.yml:2:11: error: waivers[0].rule: unknown rule `late-paymnet-terms`; did you mean `late-payment-terms`?",
            "chainaudit.yml:3:22: error: waivers[0].subject.kind: unknown subject kind \"subcontracts\"; expected one of contract, subcontract, organisation, outcome; did you mean `subcontract`?",
            "chainaudit.yml:4:13: error: waivers[0].reason: must not be empty",
            "chainaudit.yml:5:14: error: waivers[0].expires: expected a date YYYY-MM-DD, found \"2027-02-30\"",
        ])
    }

    @Test("A waiver's unknown key suggests the nearest")
    func waiverUnknownKey() {
        let messages = errors("waivers:\n  - { rule: late-payment-terms, subject: SC1, reason: r, approvedby: me }\n")
        #expect(messages.contains { $0.contains("waivers[0].approvedby: unknown key `approvedby`; did you mean `approvedBy`?") })
        #expect(messages.contains { $0.contains("waivers[0].approvedBy: required key is missing") })
    }

    @Test("Syntax errors are positioned too")
    func syntaxError() {
        let messages = errors("rules: [\n")
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("chainaudit.yml:") == true)
    }
}
