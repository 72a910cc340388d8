import ChainAuditModel
import ChainAuditRules
import Testing

@Suite("Payment rules")
struct PaymentRulesTests {
    @Test("late-payment-terms", arguments: [
        FixtureCase("at-threshold.yaml", []),
        FixtureCase("below.yaml", []),
        FixtureCase("above.yaml", ["contract EX-1", "subcontract SC1"]),
        FixtureCase("unknown-value.yaml", ["subcontract SC2"]),
    ])
    func latePaymentTerms(_ fixture: FixtureCase) throws {
        try fixture.check(LatePaymentTerms())
    }

    @Test("late-payment-terms names the provider and shows the limit used")
    func latePaymentTermsMessage() throws {
        let findings = try RuleFixtures.findings(of: LatePaymentTerms(), in: "late-payment-terms/unknown-value.yaml")
        let finding = try #require(findings.first)
        #expect(finding.message == "Bridges Befriending CIC is paid within 45 days; public subcontracts must pay within 30 days")
        #expect(finding.evidence.map(\.key) == ["paymentDays", "maxPaymentDays"])
        #expect(evidence(finding, "maxPaymentDays") == .int(30))
    }

    @Test("pay-when-paid", arguments: [FixtureCase("mixed.yaml", ["subcontract SC1", "subcontract SC3"])])
    func payWhenPaid(_ fixture: FixtureCase) throws {
        try fixture.check(PayWhenPaid())
    }

    @Test("slower-than-parent", arguments: [
        FixtureCase("at-threshold.yaml", []),
        FixtureCase("below.yaml", []),
        FixtureCase("above.yaml", ["subcontract SC1", "subcontract SC3"]),
        FixtureCase("largest-incoming.yaml", ["subcontract SC5"]),
        FixtureCase("unknown-value.yaml", ["subcontract SC4"]),
    ])
    func slowerThanParent(_ fixture: FixtureCase) throws {
        try fixture.check(SlowerThanParent())
    }

    @Test("slower-than-parent compares with the slowest payment the parent receives")
    func slowerThanParentEvidence() throws {
        let finding = try #require(try RuleFixtures.findings(of: SlowerThanParent(), in: "slower-than-parent/largest-incoming.yaml").first)
        #expect(finding.message == "Faversham Friends is paid within 41 days, but Dover Day Centre is itself paid within 40 days")
        #expect(evidence(finding, "paymentDays") == .int(41))
        #expect(evidence(finding, "parentPaymentDays") == .int(40))
    }

    @Test("payment-cascade", arguments: [
        FixtureCase("at-threshold.yaml", []),
        FixtureCase("below.yaml", []),
        FixtureCase("above.yaml", ["subcontract SC1", "subcontract SC2", "subcontract SC3"]),
        FixtureCase("unknown-value.yaml", ["subcontract SC4"]),
        FixtureCase("loop.yaml", ["subcontract SC5"]),
    ])
    func paymentCascade(_ fixture: FixtureCase) throws {
        try fixture.check(PaymentCascade())
    }

    @Test("payment-cascade reports the days to cash and reads its configured limit")
    func paymentCascadeParameter() throws {
        let findings = try RuleFixtures.findings(of: PaymentCascade(), in: "payment-cascade/above.yaml")
        let second = try #require(findings.first { $0.subject.id == "SC2" })
        #expect(evidence(second, "daysToCash") == .int(91))
        #expect(evidence(second, "maxCascadeDays") == .int(60))
        #expect(second.message.hasPrefix("Bridges Befriending CIC can wait 91 days for its money"))
        let relaxed = try RuleFixtures.subjects(of: PaymentCascade(), in: "payment-cascade/above.yaml", parameters: ["maxCascadeDays": 90])
        #expect(relaxed == ["subcontract SC2"])
    }
}
