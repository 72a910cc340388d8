import ChainAuditModel
import ChainAuditRules
import Testing

@Suite("Working relationship rules")
struct RelationshipRuleTests {
    @Test("no-selection-rationale: absent, null, blank or empty text fires")
    func noSelectionRationale() throws {
        let found = try RuleRun.subjects(NoSelectionRationale(), "missing.yaml")
        #expect(found == ["ABSENT", "BLANK", "EMPTY-TEXT", "SET-NULL", "TAB-NEWLINE", "TILDE"])
    }

    @Test("no-expectations: absent, null, blank or empty text fires")
    func noExpectations() throws {
        let found = try RuleRun.subjects(NoExpectations(), "missing.yaml")
        #expect(found == ["ABSENT", "BLANK", "EMPTY-TEXT", "SET-NULL", "TAB-NEWLINE", "TILDE"])
    }

    @Test("no-working-agreement: absent, null, none and letterOfIntent fire; headsOfTerms and signed do not")
    func noWorkingAgreement() throws {
        let found = try RuleRun.findings(NoWorkingAgreement(), "cases.yaml")
        #expect(found.map(\.subject.id).sorted() == ["ABSENT", "LETTER", "SET-NONE", "SET-NULL"])
        let agreement = Dictionary(uniqueKeysWithValues: found.map { ($0.subject.id, RuleRun.evidence($0)["agreement"] ?? .string("absent from the evidence")) })
        #expect(agreement["ABSENT"] == .null)
        #expect(agreement["SET-NONE"] == .string("none"))
        #expect(agreement["LETTER"] == .string("letterOfIntent"))
    }

    @Test("no-governance fires when governance is absent, null, blank or empty", arguments: [
        ("absent.yaml", true), ("null.yaml", true), ("blank.yaml", true), ("empty-text.yaml", true), ("present.yaml", false),
    ])
    func noGovernance(fixture: String, fires: Bool) throws {
        #expect(try RuleRun.subjects(NoGovernance(), fixture) == (fires ? ["FX-1"] : []))
    }

    @Test("no-feedback-loop fires when feedback is absent, null, blank or empty", arguments: [
        ("absent.yaml", true), ("null.yaml", true), ("blank.yaml", true), ("empty-text.yaml", true), ("present.yaml", false),
    ])
    func noFeedbackLoop(fixture: String, fires: Bool) throws {
        #expect(try RuleRun.subjects(NoFeedbackLoop(), fixture) == (fires ? ["FX-1"] : []))
    }
}
