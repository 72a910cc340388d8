import ChainAuditModel
import ChainAuditRules
import Testing

/// Parameter values are checked by their kind. The rules of today have only
/// `days` parameters, so this suite declares a rule of its own with one
/// parameter of each kind and hands it to the loader.
@Suite("Configuration parameter kinds")
struct ParameterKindTests {
    struct ThresholdRule: Rule {
        let id = "threshold-rule"
        let principle = Principle.c3
        let defaultSeverity = Severity.warning
        let subjectKinds: [Subject.Kind] = [.contract]
        let summary = "A rule with one parameter of every kind"
        let rationale = "Exercises the configuration loader."
        let fix = "None."
        let parameters = [
            RuleParameter("maxShare", kind: .share, default: 0.2, "a share"),
            RuleParameter("maxRatio", kind: .number, default: 1.5, "a ratio"),
            RuleParameter("maxTier", kind: .count, default: 3, "a count"),
            RuleParameter("minTarget", kind: .share, default: nil, "unset until configured"),
        ]
        let failingExample = ""
        let passingExample = ""
        func check(_ context: RuleContext) -> [Finding] { [] }
    }

    private func load(_ settings: String) throws(ConfigurationError) -> [String: Double] {
        let yaml = "rules:\n  threshold-rule: { \(settings) }\n"
        let configuration = try ConfigurationLoader(rules: [ThresholdRule()]).load(bytes: Array(yaml.utf8), file: "c.yml")
        return configuration.parameters(of: ThresholdRule())
    }

    private func error(_ settings: String) -> String? {
        do {
            _ = try load(settings)
            return nil
        } catch {
            return error.diagnostics.map(\.message).joined(separator: "\n")
        }
    }

    @Test("A share is a fraction or a percentage")
    func shares() throws {
        #expect(try load("maxShare: 0.15")["maxShare"] == 0.15)
        #expect(try load("maxShare: \"15%\"")["maxShare"] == 0.15)
        #expect(try load("maxShare: 1")["maxShare"] == 1)
        #expect(try load("minTarget: \"50%\"")["minTarget"] == 0.5)
    }

    @Test("A whole number above 1 for a share suggests the percentage")
    func shareAboveOne() {
        #expect(error("maxShare: 15") == "a share is a fraction from 0 to 1; did you mean 15% (0.15)?")
        #expect(error("maxShare: 250") == "a share must be between 0 and 1 (found 250)")
        #expect(error("maxShare: -0.1") == "a share must be between 0 and 1 (found -0.1)")
        #expect(error("maxShare: \"150%\"")?.hasPrefix("a percentage share must be from 0% to 100%") == true)
        #expect(error("maxShare: lots")?.hasPrefix("expected a share") == true)
    }

    @Test("A number is any number of 0 or more; a count a whole one")
    func numbersAndCounts() throws {
        #expect(try load("maxRatio: 2.25")["maxRatio"] == 2.25)
        #expect(error("maxRatio: -1") == "must not be negative (found -1)")
        #expect(try load("maxTier: 4")["maxTier"] == 4)
        #expect(error("maxTier: 2.5") == "expected a whole number (0 or more), found 2.5")
    }

    @Test("Effective settings fill in defaults and keep unset parameters unset")
    func effectiveSettings() throws {
        let yaml = "rules:\n  threshold-rule: { severity: error, maxRatio: 2 }\n"
        let configuration = try ConfigurationLoader(rules: [ThresholdRule()]).load(bytes: Array(yaml.utf8), file: "c.yml")
        let settings = try #require(configuration.effectiveSettings(for: [ThresholdRule()]).first)
        #expect(settings.enabled)
        #expect(settings.severity == .error)
        #expect(settings.parameters.map(\.value) == [0.2, 2, 3, nil])
        #expect(settings.parameters.map(\.isConfigured) == [false, true, false, false])
    }
}
