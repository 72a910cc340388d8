import ChainAuditModel
import ChainAuditRules

/// The findings as SARIF 2.1.0, for code hosts: one run whose driver lists
/// every rule, one result per finding located at the subject's line and column
/// in its chain file, a `partialFingerprints` entry built from the rule id and
/// the subject so that hosts match a finding across runs, and a suppression for
/// each waived finding.
public enum SARIFReport {
    /// The schema the output follows.
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    /// Where a reader of the results finds out about the tool.
    public static let informationURI = "https://github.com/chainaudit/chainaudit"
    /// The `partialFingerprints` key; its value is `rule/kind/id`.
    public static let fingerprintKey = "chainauditSubject/v1"

    public static func render(_ inputs: [ReportInput]) -> String {
        JSONWriter.write(object(for: inputs)) + "\n"
    }

    public static func object(for inputs: [ReportInput]) -> JSONValue {
        let descriptors = ruleDescriptors(for: inputs)
        let indexOf = Dictionary(descriptors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var results: [JSONValue] = []
        for input in inputs {
            for finding in input.result.findings {
                results.append(result(for: finding, in: input, ruleIndex: indexOf[finding.rule]))
            }
        }
        return .object([
            .init("$schema", .string(schema)),
            .init("version", "2.1.0"),
            .init("runs", .array([
                .object([
                    .init("tool", .object([
                        .init("driver", .object([
                            .init("name", "chainaudit"),
                            .init("version", .string(chainauditVersion)),
                            .init("informationUri", .string(informationURI)),
                            .init("rules", .array(descriptors.map(\.json))),
                        ])),
                    ])),
                    .init("columnKind", "unicodeCodePoints"),
                    .init("results", .array(results)),
                ]),
            ])),
        ])
    }

    /// The SARIF level of a severity.
    public static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    struct Descriptor {
        var id: String
        var json: JSONValue
    }

    /// Every catalogued rule, then any engine rule (waiver findings) that occurs.
    static func ruleDescriptors(for inputs: [ReportInput]) -> [Descriptor] {
        var descriptors = allRules.map { rule in
            descriptor(id: rule.id, summary: rule.summary, rationale: rule.rationale, fix: rule.fix, severity: rule.defaultSeverity, principle: rule.principle)
        }
        let used = Set(inputs.flatMap { $0.result.findings.map(\.rule) })
        for rule in RuleCatalogue.engineRules where used.contains(rule.id) && !descriptors.contains(where: { $0.id == rule.id }) {
            descriptors.append(descriptor(id: rule.id, summary: rule.summary, rationale: rule.rationale, fix: rule.fix, severity: rule.severity, principle: rule.principle))
        }
        return descriptors
    }

    static func descriptor(id: String, summary: String, rationale: String, fix: String, severity: Severity, principle: Principle) -> Descriptor {
        Descriptor(id: id, json: .object([
            .init("id", .string(id)),
            .init("shortDescription", .object([.init("text", .string(summary))])),
            .init("fullDescription", .object([.init("text", .string(rationale))])),
            .init("help", .object([.init("text", .string(fix))])),
            .init("defaultConfiguration", .object([.init("level", .string(level(severity)))])),
            .init("properties", .object([
                .init("principle", .string(principle.rawValue)),
                .init("principleTitle", .string(principle.title)),
            ])),
        ]))
    }

    static func result(for finding: Finding, in input: ReportInput, ruleIndex: Int?) -> JSONValue {
        var physical: [JSONValue.Pair] = [.init("artifactLocation", .object([.init("uri", .string(artifactURI(input.file)))]))]
        if let position = input.chain.position(of: finding.subject) {
            physical.append(.init("region", .object([
                .init("startLine", .int(position.line)),
                .init("startColumn", .int(position.column)),
            ])))
        }
        var logical: [JSONValue.Pair] = [
            .init("kind", .string(finding.subject.kind.rawValue)),
            .init("fullyQualifiedName", .string(finding.subject.kind.rawValue + "/" + finding.subject.id)),
        ]
        if let name = input.subjectName(of: finding.subject) { logical.insert(.init("name", .string(name)), at: 0) }
        var pairs: [JSONValue.Pair] = [.init("ruleId", .string(finding.rule))]
        if let ruleIndex { pairs.append(.init("ruleIndex", .int(ruleIndex))) }
        pairs += [
            .init("level", .string(level(finding.severity))),
            .init("message", .object([.init("text", .string(finding.message))])),
            .init("locations", .array([
                .object([
                    .init("physicalLocation", .object(physical)),
                    .init("logicalLocations", .array([.object(logical)])),
                ]),
            ])),
            .init("partialFingerprints", .object([
                .init(fingerprintKey, .string(finding.rule + "/" + finding.subject.kind.rawValue + "/" + finding.subject.id)),
            ])),
            .init("properties", .object([
                .init("principle", .string(finding.principle.rawValue)),
                .init("subject", .object([.init("kind", .string(finding.subject.kind.rawValue)), .init("id", .string(finding.subject.id))])),
                .init("evidence", .object(finding.evidence)),
            ])),
        ]
        if let waiver = finding.waiver {
            var properties: [JSONValue.Pair] = [.init("approvedBy", .string(waiver.approvedBy))]
            if let expires = waiver.expires { properties.append(.init("expires", .string(expires))) }
            pairs.append(.init("suppressions", .array([
                .object([
                    .init("kind", "external"),
                    .init("status", "accepted"),
                    .init("justification", .string(waiver.reason)),
                    .init("properties", .object(properties)),
                ]),
            ])))
        }
        return .object(pairs)
    }

    /// The chain file as a URI reference: a relative path stays relative, an
    /// absolute one becomes a `file://` URI; characters outside RFC 3986's
    /// unreserved set and `/` are percent-encoded as UTF-8.
    public static func artifactURI(_ path: String) -> String {
        var encoded = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                encoded += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }
}
