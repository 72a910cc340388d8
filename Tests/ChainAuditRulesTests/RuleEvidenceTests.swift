import ChainAuditModel
import ChainAuditRules
import Foundation
import Testing

/// What every finding of these rules must carry: the threshold parameters used, and a message that names the subject.
@Suite("Rule evidence and messages")
struct RuleEvidenceTests {
    static let rules: [any Rule] = [
        LatePaymentTerms(), PayWhenPaid(), SlowerThanParent(), PaymentCascade(), NoExitStrategy(), NoIssueResolution(),
        DisproportionateRisk(), PbrAmplified(), LiabilityExceedsValue(), ExcessiveManagementFee(),
        UndisclosedManagementFee(), OvercommittedFunding(), SubcontractingCycle(), UnreachableSubcontract(),
    ]
    static let ids = rules.map(\.id)

    @Test("The failing example's findings show every parameter and name their subject", arguments: ids)
    func evidenceShowsParameters(id: String) throws {
        let rule = try #require(Self.rules.first { $0.id == id })
        let chain = try ChainLoader().load(bytes: Array(rule.failingExample.utf8), file: "\(id).yaml", format: .yaml)
        let findings = Checker(rules: [rule]).check(chain).findings
        #expect(!findings.isEmpty)
        for finding in findings {
            let keys = finding.evidence.map(\.key)
            for parameter in rule.parameters {
                #expect(keys.contains(parameter.name), "\(id): evidence lacks \(parameter.name)")
                #expect(evidence(finding, parameter.name) == .number(parameter.defaultValue ?? .nan))
            }
            let name = try #require(chain.displayName(of: finding.subject))
            #expect(finding.message.contains(name), "\(id): \(finding.message) does not name \(name)")
        }
    }

    @Test("Every finding on the fixtures names its subject as a person knows it", arguments: ids)
    func fixtureMessagesNameSubjects(id: String) throws {
        let rule = try #require(Self.rules.first { $0.id == id })
        let files = try FileManager.default.contentsOfDirectory(atPath: RuleFixtures.folder.appendingPathComponent(id).path)
        #expect(!files.isEmpty)
        for file in files where file.hasSuffix(".yaml") {
            let chain = try RuleFixtures.chain("\(id)/\(file)")
            for finding in try RuleFixtures.findings(of: rule, in: "\(id)/\(file)") {
                let name = try #require(chain.displayName(of: finding.subject))
                #expect(finding.message.contains(name), "\(id)/\(file): \(finding.message) does not name \(name)")
            }
        }
    }

    @Test("Absurd figures are worded without crashing")
    func absurdFigures() {
        let organisations = ["kcc", "lead", "a", "b"].map { Organisation(id: $0, name: "Organisation \($0)", sector: .private, size: .large) }
        let contract = Contract(id: "EX-1", title: "Example Service", commissioner: 0, lead: 1, value: 1, paymentDays: 999_999_999_999_999)
        let subcontracts = [
            Subcontract(id: "S1", parent: 1, provider: 2, value: 1e300, paymentDays: 999_999_999_999_999, payWhenPaid: true,
                        riskShare: 1, liabilityCap: .greatestFiniteMagnitude),
            Subcontract(id: "S2", parent: 2, provider: 3, value: .greatestFiniteMagnitude, paymentDays: 999_999_999_999_999, payWhenPaid: true),
        ]
        let chain = Chain(contract: contract, organisations: organisations, subcontracts: subcontracts)
        let configuration = Configuration(rules: ["disproportionate-risk": RuleSettings(parameters: ["maxRiskRatio": 0])])
        let findings = Checker(rules: Self.rules, configuration: configuration).check(chain).findings
        let fired = Set(findings.map(\.rule))
        #expect(fired.isSuperset(of: ["disproportionate-risk", "liability-exceeds-value", "overcommitted-funding", "payment-cascade"]))
        #expect(findings.allSatisfy { !$0.message.isEmpty })
    }

    @Test("Parameters have defaults, as the spec gives them", arguments: ids)
    func parameterDefaults(id: String) throws {
        let rule = try #require(Self.rules.first { $0.id == id })
        let expected: [String: Double] = [
            "maxPaymentDays": 30, "maxCascadeDays": 60, "maxRiskRatio": 1.5, "minRiskShare": 0.05,
            "pbrTolerance": 0.10, "maxManagementFee": 0.20,
        ]
        for parameter in rule.parameters {
            #expect(parameter.defaultValue == expected[parameter.name], "\(id).\(parameter.name)")
        }
    }
}
