import ChainAuditModel
import ChainAuditRules

/// The JSON report of cli.md: one object per file, or `{"reports": [...]}` for several.
public enum JSONReport {
    public static func render(_ inputs: [ReportInput]) -> String {
        let value: JSONValue = inputs.count == 1
            ? object(for: inputs[0])
            : .object([.init("reports", .array(inputs.map(object(for:))))])
        return JSONWriter.write(value) + "\n"
    }

    public static func object(for input: ReportInput) -> JSONValue {
        let result = input.result
        let contract = input.chain.contract
        return .object([
            .init("tool", .object([.init("name", "chainaudit"), .init("version", .string(chainauditVersion))])),
            .init("file", .string(input.file)),
            .init("contract", .object([.init("id", .string(contract.id)), .init("title", .string(contract.title))])),
            .init("summary", .object([
                .init("error", .int(result.count(.error))),
                .init("warning", .int(result.count(.warning))),
                .init("info", .int(result.count(.info))),
                .init("waived", .int(result.waivedCount)),
            ])),
            .init("findings", .array(result.findings.map(object(for:)))),
            .init("metrics", object(for: result.metrics)),
        ])
    }

    public static func object(for finding: Finding) -> JSONValue {
        var pairs: [JSONValue.Pair] = [
            .init("rule", .string(finding.rule)),
            .init("severity", .string(finding.severity.rawValue)),
            .init("principle", .string(finding.principle.rawValue)),
            .init("subject", .object([.init("kind", .string(finding.subject.kind.rawValue)), .init("id", .string(finding.subject.id))])),
            .init("message", .string(finding.message)),
            .init("evidence", .object(finding.evidence)),
            .init("waived", .bool(finding.isWaived)),
        ]
        if let waiver = finding.waiver {
            var waiverPairs: [JSONValue.Pair] = [.init("reason", .string(waiver.reason)), .init("approvedBy", .string(waiver.approvedBy))]
            if let expires = waiver.expires { waiverPairs.append(.init("expires", .string(expires))) }
            pairs.append(.init("waiver", .object(waiverPairs)))
        }
        return .object(pairs)
    }

    public static func object(for metrics: Metrics) -> JSONValue {
        func optional(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }
        return .object([
            .init("organisations", .int(metrics.organisations)),
            .init("subcontracts", .int(metrics.subcontracts)),
            .init("maxTier", .int(metrics.maxTier)),
            .init("subcontractedValue", .number(metrics.subcontractedValue)),
            .init("kentShare", optional(metrics.kentShare)),
            .init("smeShare", optional(metrics.smeShare)),
            .init("vcseShare", optional(metrics.vcseShare)),
            .init("providers", .array(metrics.providers.map { provider in
                .object([
                    .init("id", .string(provider.id)),
                    .init("tier", provider.tier.map { .int($0) } ?? .null),
                    .init("value", .number(provider.value)),
                    .init("valueShare", optional(provider.valueShare)),
                    .init("riskShare", optional(provider.riskShare)),
                    .init("daysToCash", provider.daysToCash.map { .int($0) } ?? .null),
                ])
            })),
        ])
    }
}
