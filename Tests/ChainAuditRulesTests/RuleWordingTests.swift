import ChainAuditModel
import ChainAuditRules
import Testing

/// What every rule's findings share: a message naming the subject as a person knows it,
/// and the thresholds used in the evidence.
@Suite("Rule messages and evidence")
struct RuleWordingTests {
    static let ruleIDs = allRules.map(\.id)

    private func failingFindings(_ rule: any Rule) throws -> (Chain, [Finding]) {
        let chain = try ChainLoader().load(bytes: Array(rule.failingExample.utf8), file: "\(rule.id).yaml", format: .yaml)
        return (chain, RuleRun.findings(rule, on: chain, parameters: rule.exampleParameters))
    }

    @Test("A finding's message names its subject as a person knows it", arguments: ruleIDs)
    func messageNamesSubject(id: String) throws {
        let found = allRules.first { $0.id == id }
        let rule = try #require(found)
        let (chain, findings) = try failingFindings(rule)
        for finding in findings {
            let name = try #require(chain.displayName(of: finding.subject))
            #expect(finding.message.contains(name), "\(id): \"\(finding.message)\" does not name \(name)")
        }
    }

    @Test("A finding's evidence gives the value of every parameter the rule used", arguments: ruleIDs)
    func evidenceGivesThresholds(id: String) throws {
        let found = allRules.first { $0.id == id }
        let rule = try #require(found)
        let (_, findings) = try failingFindings(rule)
        for finding in findings {
            let keys = Set(finding.evidence.map(\.key))
            for parameter in rule.parameters where parameter.defaultValue != nil || rule.exampleParameters[parameter.name] != nil {
                // social-value-target gives the targets configured; other rules give every threshold.
                #expect(keys.contains(parameter.name), "\(id): evidence lacks \(parameter.name)")
            }
            #expect(!finding.evidence.isEmpty, "\(id): no evidence")
        }
    }
}
