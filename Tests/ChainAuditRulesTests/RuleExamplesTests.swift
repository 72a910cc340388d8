import ChainAuditModel
import ChainAuditRules
import Testing

/// Every rule's own failing and passing examples (the ones `chainaudit explain` prints) are run here.
@Suite("Rule examples")
struct RuleExamplesTests {
    static let ruleIDs = allRules.map(\.id)

    private func findings(of rule: any Rule, in yaml: String) throws -> [Finding] {
        let chain = try ChainLoader().load(bytes: Array(yaml.utf8), file: "\(rule.id).yaml", format: .yaml)
        let configuration = Configuration(rules: [rule.id: RuleSettings(parameters: rule.exampleParameters)])
        return Checker(rules: [rule], configuration: configuration).check(chain).findings.filter { $0.rule == rule.id }
    }

    @Test("The failing example fires the rule", arguments: ruleIDs)
    func failingExampleFires(id: String) throws {
        let rule = try #require(allRules.first { $0.id == id })
        let found = try findings(of: rule, in: rule.failingExample)
        #expect(!found.isEmpty, "\(id): failing example produced no finding")
        for finding in found {
            #expect(finding.severity == rule.defaultSeverity)
            #expect(finding.principle == rule.principle)
            #expect(rule.subjectKinds.contains(finding.subject.kind))
        }
    }

    @Test("The passing example does not fire the rule", arguments: ruleIDs)
    func passingExampleIsSilent(id: String) throws {
        let rule = try #require(allRules.first { $0.id == id })
        let found = try findings(of: rule, in: rule.passingExample)
        #expect(found.isEmpty, "\(id): passing example produced \(found.map(\.message))")
    }

    @Test("Rule ids are unique kebab-case")
    func idsAreUniqueKebabCase() {
        #expect(Set(Self.ruleIDs).count == Self.ruleIDs.count)
        for id in Self.ruleIDs {
            #expect(id.allSatisfy { $0.isLowercase || $0 == "-" }, "\(id)")
        }
    }

    @Test("Each rule reports at most one finding per subject", arguments: ruleIDs)
    func oneFindingPerSubject(id: String) throws {
        let rule = try #require(allRules.first { $0.id == id })
        let found = try findings(of: rule, in: rule.failingExample)
        #expect(Set(found.map(\.subject)).count == found.count)
    }
}
