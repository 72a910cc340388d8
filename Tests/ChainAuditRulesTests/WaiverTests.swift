import ChainAuditModel
import ChainAuditRules
import Testing

/// Waivers as rules.md describes them: a waived finding stays, marked, and does
/// not count; an expired waiver does not apply and is reported (warning); a
/// waiver that matches nothing is reported (info).
@Suite("Waivers")
struct WaiverTests {
    /// Late payment on the contract (X) and on subcontract SC1.
    static let chain = """
        chainaudit: 1
        contract: { id: X, title: Example, commissioner: kcc, lead: lead, value: 100, paymentDays: 45 }
        organisations:
          - { id: kcc, name: Kent County Council, sector: public, size: large }
          - { id: lead, name: Lead Ltd, sector: private, size: large }
          - { id: X, name: Hope Trust, sector: vcse, size: small }
        subcontracts:
          - { id: SC1, parent: lead, provider: X, value: 50, paymentDays: 60 }
        """

    private func check(_ waivers: [Waiver], today: String = "2026-06-01", configuration: Configuration = .default) throws -> CheckResult {
        let chain = try ChainLoader().load(bytes: Array(Self.chain.utf8), file: "c.yaml", format: .yaml)
        var configuration = configuration
        configuration.waivers = waivers
        return Checker(rules: [LatePaymentTerms()], configuration: configuration, today: CalendarDate(today)).check(chain)
    }

    private func waiver(_ subject: String, kind: Subject.Kind? = nil, rule: String = "late-payment-terms", expires: String? = nil) -> Waiver {
        Waiver(rule: rule, subjectID: subject, subjectKind: kind, reason: "Agreed at board", approvedBy: "Commissioning Manager", expires: expires)
    }

    @Test("A waived finding is kept, marked with its reason, and does not count")
    func waivedFinding() throws {
        let result = try check([waiver("SC1"), waiver("X")])
        let late = result.findings.filter { $0.rule == "late-payment-terms" }
        #expect(late.count == 2)
        #expect(late.allSatisfy { $0.waiver == AppliedWaiver(reason: "Agreed at board", approvedBy: "Commissioning Manager") })
        #expect(result.count(.error) == 0)
        #expect(result.waivedCount == 2)
        #expect(!result.fails(at: .error))
        #expect(try !check([]).findings.contains { $0.isWaived })
        #expect(try check([]).fails(at: .error))
    }

    @Test("A {kind, id} subject waives only that kind")
    func kindNarrowsSubject() throws {
        let result = try check([waiver("X", kind: .contract)])
        let contract = try #require(result.findings.first { $0.subject == Subject(kind: .contract, id: "X") })
        let subcontract = try #require(result.findings.first { $0.subject.kind == .subcontract })
        #expect(contract.isWaived)
        #expect(!subcontract.isWaived)
        let other = try check([waiver("X", kind: .organisation)])
        #expect(!other.findings.contains { $0.isWaived })
        #expect(other.findings.contains { $0.rule == "unused-waiver" && $0.message.contains("organisation X") })
    }

    @Test("An expired waiver does not apply and is reported as a warning")
    func expiredWaiver() throws {
        let result = try check([waiver("SC1", expires: "2026-05-31")], today: "2026-06-01")
        #expect(!result.findings.contains { $0.isWaived })
        let expired = try #require(result.findings.first { $0.rule == "expired-waiver" })
        #expect(expired.severity == .warning)
        #expect(expired.principle == .statutory)
        #expect(expired.message.contains("expired on 2026-05-31"))
        #expect(result.findings.filter { $0.rule == "unused-waiver" }.isEmpty)
    }

    @Test("A waiver applies up to and including its expiry day")
    func waiverOnItsLastDay() throws {
        let result = try check([waiver("SC1", expires: "2026-06-01")], today: "2026-06-01")
        #expect(result.findings.contains { $0.subject.id == "SC1" && $0.isWaived })
        #expect(!result.findings.contains { $0.rule == "expired-waiver" })
    }

    @Test("A waiver that matches no finding is reported as info")
    func unusedWaiver() throws {
        let result = try check([waiver("SC9")])
        let unused = try #require(result.findings.first { $0.rule == "unused-waiver" })
        #expect(unused.severity == .info)
        #expect(unused.message.contains("SC9"))
        #expect(unused.subject == Subject(kind: .contract, id: "X"))
        #expect(result.count(.info) == 1)
        #expect(result.count(.warning) == 0)
        #expect(!result.findings.contains { $0.isWaived })
    }

    @Test("A waiver of a rule that is turned off is unused, and says why")
    func waiverOfDisabledRule() throws {
        let off = Configuration(rules: ["late-payment-terms": RuleSettings(enabled: false)])
        let result = try check([waiver("SC1")], configuration: off)
        #expect(result.findings.map(\.rule) == ["unused-waiver"])
        #expect(result.findings.first?.message.contains("turned off") == true)
    }

    @Test("Configured severity and parameters reach the findings")
    func configuredSeverityAndParameters() throws {
        let warning = Configuration(rules: ["late-payment-terms": RuleSettings(severity: .warning)])
        let result = try check([], configuration: warning)
        #expect(result.findings.allSatisfy { $0.severity == .warning })
        #expect(!result.fails(at: .error))
        let lenient = Configuration(rules: ["late-payment-terms": RuleSettings(parameters: ["maxPaymentDays": 50])])
        #expect(try check([], configuration: lenient).findings.map(\.subject.id) == ["SC1"])
    }
}
