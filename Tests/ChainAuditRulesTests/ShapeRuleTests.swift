import ChainAuditModel
import ChainAuditRules
import Testing

@Suite("Shape of the chain rules")
struct ShapeRuleTests {
    // MARK: deep-chain

    @Test("deep-chain around maxTier 3", arguments: [
        ("below.yaml", [String]()), ("at-threshold.yaml", []), ("above.yaml", ["SC4"]), ("five-tiers.yaml", ["SC4", "SC5"]),
    ])
    func deepChain(fixture: String, expected: [String]) throws {
        #expect(try RuleRun.subjects(DeepChain(), fixture) == expected)
    }

    @Test("deep-chain is silent for subcontracts with no tier (outside the lead's reach)")
    func deepChainUnknownTier() throws {
        #expect(try RuleRun.subjects(DeepChain(), "unknown-value.yaml") == [])
    }

    @Test("deep-chain uses the fewest subcontracts from the lead")
    func deepChainShortestPath() throws {
        // lead→a→b→c→d→e→f, and lead→c: c is tier 1, so c→d is tier 2 and e→f (SC6) tier 4.
        #expect(try RuleRun.subjects(DeepChain(), "shortest-path.yaml") == ["SC6"])
    }

    @Test("deep-chain reads a configured maxTier")
    func deepChainConfigured() throws {
        #expect(try RuleRun.subjects(DeepChain(), "five-tiers.yaml", parameters: ["maxTier": 4]) == ["SC5"])
        #expect(try RuleRun.subjects(DeepChain(), "below.yaml", parameters: ["maxTier": 1]) == ["SC2"])
        let finding = try #require(try RuleRun.findings(DeepChain(), "above.yaml").first)
        #expect(finding.evidence == [.init("tier", 4), .init("maxTier", 3)])
    }

    // MARK: low-variety

    @Test("low-variety around maxProviderShare 0.6", arguments: [
        ("below.yaml", false), ("at-threshold.yaml", false), ("above.yaml", true),
        ("summed.yaml", true), ("partly-known.yaml", true),
        ("unknown-value.yaml", false), ("zero-total.yaml", false), ("no-subcontracts.yaml", false),
    ])
    func lowVariety(fixture: String, fires: Bool) throws {
        #expect(try RuleRun.subjects(LowVariety(), fixture) == (fires ? ["FX-1"] : []))
    }

    @Test("low-variety names the organisation and sums every subcontract it delivers")
    func lowVarietyEvidence() throws {
        let finding = try #require(try RuleRun.findings(LowVariety(), "summed.yaml").first)
        let evidence = RuleRun.evidence(finding)
        #expect(evidence["organisation"] == .string("big"))
        #expect(evidence["organisationValue"] == .int(610_000))
        #expect(evidence["subcontractedValue"] == .int(1_000_000))
        #expect(evidence["maxProviderShare"] == .double(0.6))
        #expect(finding.message.hasPrefix("Big Care Ltd delivers 61% of the value subcontracted under Fixture Service"))
    }

    @Test("low-variety reads a configured maxProviderShare")
    func lowVarietyConfigured() throws {
        #expect(try RuleRun.subjects(LowVariety(), "below.yaml", parameters: ["maxProviderShare": 0.5]) == ["FX-1"])
        #expect(try RuleRun.subjects(LowVariety(), "above.yaml", parameters: ["maxProviderShare": 0.7]) == [])
    }

    // MARK: no-sme-or-vcse

    @Test("no-sme-or-vcse fires only when subcontracts exist and no provider is an SME or VCSE", arguments: [
        ("all-large.yaml", true), ("unknown-size.yaml", true), ("sme-not-a-provider.yaml", true), ("no-subcontracts.yaml", false),
    ])
    func noSmeOrVcse(fixture: String, fires: Bool) throws {
        #expect(try RuleRun.subjects(NoSmeOrVcse(), fixture) == (fires ? ["FX-1"] : []))
    }

    @Test("no-sme-or-vcse is silent when any provider is micro, small, medium, sme or vcse", arguments: [
        ("micro", "private"), ("small", "private"), ("medium", "private"), ("sme", "private"), ("large", "vcse"), ("unknown", "vcse"),
    ])
    func noSmeOrVcseSilent(size: String, sector: String) throws {
        let yaml = """
            chainaudit: 1
            contract: { id: FX-1, title: Fixture Service, commissioner: kcc, lead: lead, value: 1000 }
            organisations:
              - { id: kcc, name: Kent County Council, sector: public, size: large }
              - { id: lead, name: Lead Provider Ltd, sector: private, size: large }
              - { id: big, name: Big Ltd, sector: private, size: large }
              - { id: p, name: Partner, sector: \(sector), size: \(size) }
            subcontracts:
              - { id: SC1, parent: lead, provider: big, value: 900 }
              - { id: SC2, parent: big, provider: p, value: 100 }
            """
        let chain = try ChainLoader().load(bytes: Array(yaml.utf8), file: "inline.yaml", format: .yaml)
        #expect(RuleRun.findings(NoSmeOrVcse(), on: chain).isEmpty)
    }

    // MARK: single-point-of-failure

    @Test("single-point-of-failure around maxDependency × contract value (£250,000)", arguments: [
        ("below.yaml", [String]()), ("at-threshold.yaml", []), ("above.yaml", ["p1"]), ("unknown-value.yaml", []),
    ])
    func singlePointOfFailure(fixture: String, expected: [String]) throws {
        #expect(try RuleRun.subjects(SinglePointOfFailure(), fixture) == expected)
    }

    @Test("single-point-of-failure sums what an organisation delivers; any contingency clears it, a blank one does not")
    func singlePointOfFailureSummed() throws {
        let found = try RuleRun.findings(SinglePointOfFailure(), "summed.yaml")
        #expect(found.map(\.subject) == [Subject(kind: .organisation, id: "p1"), Subject(kind: .organisation, id: "p3")])
        let evidence = RuleRun.evidence(try #require(found.first))
        #expect(evidence["value"] == .int(260_000))
        #expect(evidence["maxDependency"] == .double(0.25))
        #expect(evidence["subcontracts"] == .int(2))
    }

    @Test("single-point-of-failure compares with a 1e-9 allowance: 0.1 + 0.2 does not exceed 0.3")
    func singlePointOfFailureRounding() throws {
        #expect(try RuleRun.subjects(SinglePointOfFailure(), "rounding.yaml") == [])
    }

    @Test("single-point-of-failure reads a configured maxDependency")
    func singlePointOfFailureConfigured() throws {
        #expect(try RuleRun.subjects(SinglePointOfFailure(), "below.yaml", parameters: ["maxDependency": 0.2]) == ["p1"])
        #expect(try RuleRun.subjects(SinglePointOfFailure(), "above.yaml", parameters: ["maxDependency": 0.3]) == [])
    }
}
