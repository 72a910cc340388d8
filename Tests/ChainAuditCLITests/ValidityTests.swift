import ChainAuditModel
import Foundation
import Testing

/// The validity rules of model.md, end to end through the real executable.
///
/// Every file in `Fixtures/invalid/` is an invalid chain; beside it,
/// `NAME.expected` holds the exact lines `check` must print on stderr, with
/// `FILE` standing for the path given on the command line. Adding a case is
/// adding those two files.
@Suite("Validity of chain files")
struct ValidityTests {
    static let invalidFolder = CLI.fixtures.appendingPathComponent("invalid")

    /// Every invalid fixture (not the `.expected` files), by file name.
    static let invalidFixtures: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: invalidFolder.path)) ?? []
        return names.filter { !$0.hasSuffix(".expected") && !$0.hasPrefix(".") }.sorted()
    }()

    static func expectationName(for fixture: String) -> String {
        (fixture as NSString).deletingPathExtension + ".expected"
    }

    @Test("The invalid fixtures are there, each with its expectation and no expectation without a fixture")
    func fixturesArePaired() throws {
        #expect(Self.invalidFixtures.count >= 60)
        let all = try FileManager.default.contentsOfDirectory(atPath: Self.invalidFolder.path)
        let expectations = Set(all.filter { $0.hasSuffix(".expected") })
        let wanted = Self.invalidFixtures.map(Self.expectationName(for:))
        #expect(Set(wanted).count == wanted.count, "two fixtures share a name before their extension")
        #expect(Set(wanted) == expectations)
    }

    @Test("An invalid file: exit status 2, exactly the expected positioned errors, nothing written", arguments: invalidFixtures)
    func invalidFixture(_ name: String) throws {
        let fixture = Self.invalidFolder.appendingPathComponent(name).path
        let expectation = try String(
            contentsOf: Self.invalidFolder.appendingPathComponent(Self.expectationName(for: name)), encoding: .utf8
        )
        let expected = expectation.split(separator: "\n", omittingEmptySubsequences: true).map { line in
            line.hasPrefix("FILE:") ? fixture + line.dropFirst(4) : String(line)
        }
        #expect(!expected.isEmpty, "\(name).expected is empty")

        let folder = try CLI.temporaryFolder()
        let output = folder.appendingPathComponent("report.json")
        let result = try CLI.run(["check", fixture, "--format", "json", "--output", output.path])

        #expect(result.status == 2)
        #expect(result.stderr.split(separator: "\n").map(String.init) == expected)
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: output.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "a temporary file was left behind")
    }

    @Test("Every error is positioned and has a path, except where the file as a whole is at fault")
    func errorsArePositioned() throws {
        let wholeFile: Set = ["empty.expected", "empty-json.expected"]
        for name in Self.invalidFixtures {
            let expectationName = Self.expectationName(for: name)
            guard !wholeFile.contains(expectationName) else { continue }
            let text = try String(contentsOf: Self.invalidFolder.appendingPathComponent(expectationName), encoding: .utf8)
            for line in text.split(separator: "\n") {
                #expect(line.wholeMatch(of: /FILE:[0-9]+:[0-9]+: error: .+/) != nil, "\(expectationName): \(line)")
            }
        }
    }

    // MARK: - What is accepted

    /// A valid chain using an `x-` or `x_` key at every depth.
    static let extensionsYAML = """
        chainaudit: 1
        x-source: bid portal export
        contract:
          id: C1
          title: Test
          commissioner: kcc
          lead: lead
          value: 1000
          x_reference: { lot: 2, notes: [a, b] }
          outcomes:
            - { id: O1, description: Fewer lonely people, indicator: UCLA score, x-weight: 0.5 }
        organisations:
          - { id: kcc, name: Kent County Council, sector: public, size: large, x-ons: E10000016 }
          - { id: lead, name: Lead Ltd, sector: private, size: medium, x_companyNumber: "01234567" }
          - { id: p1, name: Partner CIC, sector: vcse, size: small }
        subcontracts:
          - id: S1
            parent: lead
            provider: p1
            volume: { amount: 40, unit: visits, x-basis: estimate }
            x-internalRef: BB-2026-4
        """

    static let extensionsJSON = """
        {"chainaudit": 1, "x-source": "bid portal export",
         "contract": {"id": "C1", "title": "Test", "commissioner": "kcc", "lead": "lead", "value": 1000,
                      "x_reference": {"lot": 2, "notes": ["a", "b"]},
                      "outcomes": [{"id": "O1", "description": "Fewer lonely people", "indicator": "UCLA score", "x-weight": 0.5}]},
         "organisations": [
           {"id": "kcc", "name": "Kent County Council", "sector": "public", "size": "large", "x-ons": "E10000016"},
           {"id": "lead", "name": "Lead Ltd", "sector": "private", "size": "medium", "x_companyNumber": "01234567"},
           {"id": "p1", "name": "Partner CIC", "sector": "vcse", "size": "small"}],
         "subcontracts": [
           {"id": "S1", "parent": "lead", "provider": "p1", "volume": {"amount": 40, "unit": "visits", "x-basis": "estimate"},
            "x-internalRef": "BB-2026-4"}]}
        """

    @Test("Extension keys (x- and x_) at every depth are kept and never an error", arguments: [
        ("chain.yaml", extensionsYAML), ("chain.json", extensionsJSON),
    ])
    func extensionKeys(_ fileName: String, _ text: String) throws {
        let file = try Self.write(text, named: fileName)
        let result = try CLI.run(["check", file.path, "--format", "json"])
        #expect(result.status != 2)
        #expect(result.stderr.isEmpty)

        let chain = try ChainLoader().load(path: file.path)
        #expect(chain.extensions.map(\.key) == ["x-source"])
        #expect(chain.contract.extensions.map(\.key) == ["x_reference"])
        #expect(chain.contract.outcomes.first?.extensions.map(\.key) == ["x-weight"])
        #expect(chain.organisations.flatMap { $0.extensions.map(\.key) } == ["x-ons", "x_companyNumber"])
        #expect(chain.subcontracts.first?.extensions.map(\.key) == ["x-internalRef"])
        #expect(chain.subcontracts.first?.volume?.extensions.map(\.key) == ["x-basis"])
    }

    static let acceptedYAML = """
        chainaudit: 1
        contract:
          id: C1
          title: Test
          commissioner: kcc
          lead: lead
          value: 1000
          start: 2026-04-01
          end: "2029-03-31"
          paymentDays: null
          byResultsShare: "10%"
          exitStrategy: ~
        organisations:
          - { id: kcc, name: Kent County Council, sector: public, size: large }
          - { id: lead, name: Lead Ltd, sector: private, size: medium, annualTurnover: null }
          - { id: p1, name: Partner CIC, sector: vcse, size: small, district: Dover }
        subcontracts:
          - id: S1
            parent: lead
            provider: p1
            role: yes
            managementFee: "15%"
            riskShare: " 2.5 % "
            byResultsShare: 0.1
            paymentDays: ~
            payWhenPaid: null
            volume: null
        """

    @Test("Percent shares, unquoted and quoted dates, null as absent, and `yes` read as text")
    func acceptedForms() throws {
        let file = try Self.write(Self.acceptedYAML, named: "chain.yaml")
        let result = try CLI.run(["check", file.path, "--format", "json"])
        #expect(result.status != 2)
        #expect(result.stderr.isEmpty)

        let chain = try ChainLoader().load(path: file.path)
        #expect(chain.contract.start == "2026-04-01")
        #expect(chain.contract.end == "2029-03-31")
        #expect(chain.contract.paymentDays == nil)
        #expect(chain.contract.exitStrategy == nil)
        #expect(abs(chain.contract.byResultsShare - 0.1) < 1e-12)
        #expect(chain.organisations[1].annualTurnover == nil)
        #expect(chain.organisations[2].kentBased)
        let subcontract = try #require(chain.subcontracts.first)
        #expect(subcontract.role == "yes")
        #expect(subcontract.managementFee.map { abs($0 - 0.15) < 1e-12 } == true)
        #expect(subcontract.riskShare.map { abs($0 - 0.025) < 1e-12 } == true)
        #expect(subcontract.paymentDays == nil)
        #expect(subcontract.payWhenPaid == false)
        #expect(subcontract.volume == nil)
    }

    @Test("YAML `yes` is text, so it is a type error where a boolean is expected")
    func yesIsNotABoolean() throws {
        let text = Self.acceptedYAML.replacingOccurrences(of: "payWhenPaid: null", with: "payWhenPaid: yes")
        let file = try Self.write(text, named: "chain.yaml")
        let result = try CLI.run(["check", file.path])
        #expect(result.status == 2)
        #expect(result.stderr == "\(file.path):26:18: error: subcontracts[0].payWhenPaid: expected true or false, found text \"yes\"\n")
    }

    @Test("A byte-order mark and Windows line endings are accepted, in YAML and in JSON")
    func byteOrderMarkAndCRLF() throws {
        for (name, text) in [("chain.yaml", Self.extensionsYAML), ("chain.json", Self.extensionsJSON)] {
            let folder = try CLI.temporaryFolder()
            let file = folder.appendingPathComponent(name)
            let bytes = [0xEF, 0xBB, 0xBF] + Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
            try Data(bytes).write(to: file)
            let result = try CLI.run(["check", file.path, "--format", "json"])
            #expect(result.status != 2, "\(name)")
            #expect(result.stderr.isEmpty, "\(name): \(result.stderr)")
        }
    }

    @Test("The JSON and YAML forms of the same chain give byte-identical JSON reports")
    func jsonAndYAMLAgree() throws {
        // Both copied to a file named `chain` (no extension: the format is found from the content),
        // so even the report's `file` field is the same.
        var reports: [Data] = []
        for source in ["examples/kent-wellbeing-bid.yaml", "examples/kent-wellbeing-bid.json"] {
            let folder = try CLI.temporaryFolder()
            try FileManager.default.copyItem(atPath: CLI.fixture(source), toPath: folder.appendingPathComponent("chain").path)
            let result = try CLI.run(["check", "chain", "--format", "json"], currentDirectory: folder)
            #expect(result.status == 1)
            #expect(result.stderr.isEmpty)
            reports.append(result.stdoutData)
        }
        #expect(reports[0] == reports[1])
        #expect(!reports[0].isEmpty)
    }

    @Test("The example bid loads without errors")
    func exampleLoads() throws {
        let chain = try ChainLoader().load(path: CLI.fixture("examples/kent-wellbeing-bid.yaml"))
        #expect(chain.organisations.count >= 8)
        #expect(chain.subcontracts.count >= 8)
    }

    static func write(_ text: String, named name: String) throws -> URL {
        let file = try CLI.temporaryFolder().appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }
}
