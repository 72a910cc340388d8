import ChainAuditModel
import ChainAuditRules

/// The JSON report of cli.md: one object per file, or `{"reports": [...]}` for several.
///
/// Written straight to text with ``JSONStream`` (the report of a large chain
/// holds hundreds of thousands of objects), in ``JSONWriter``'s layout.
public enum JSONReport {
    public static func render(_ inputs: [ReportInput]) -> String {
        String(decoding: bytes(inputs), as: UTF8.self)
    }

    /// The report as UTF-8 bytes (what ``render(_:)`` returns as text), for
    /// writing straight to a file without making a string of it first.
    public static func bytes(_ inputs: [ReportInput]) -> [UInt8] {
        var json = JSONStream(reservingCapacity: inputs.reduce(4096) { $0 + estimatedSize(of: $1) })
        if inputs.count == 1 {
            write(inputs[0], to: &json)
        } else {
            json.openObject()
            json.key("reports")
            json.openArray()
            for input in inputs {
                json.element()
                write(input, to: &json)
            }
            json.closeArray()
            json.closeObject()
        }
        json.newlineAtEnd()
        return json.bytes
    }

    /// Roughly the bytes one file's report takes, so the output is allocated once.
    private static func estimatedSize(of input: ReportInput) -> Int {
        1024 + 400 * input.result.findings.count + 250 * input.chain.organisations.count
    }

    private static func write(_ input: ReportInput, to json: inout JSONStream) {
        let result = input.result
        let contract = input.chain.contract
        json.openObject()
        json.key("tool")
        json.openObject()
        json.key("name")
        json.string("chainaudit")
        json.key("version")
        json.string(chainauditVersion)
        json.closeObject()
        json.key("file")
        json.string(input.file)
        json.key("contract")
        json.openObject()
        json.key("id")
        json.string(contract.id)
        json.key("title")
        json.string(contract.title)
        json.closeObject()
        json.key("summary")
        json.openObject()
        json.key("error")
        json.int(result.count(.error))
        json.key("warning")
        json.int(result.count(.warning))
        json.key("info")
        json.int(result.count(.info))
        json.key("waived")
        json.int(result.waivedCount)
        json.closeObject()
        json.key("findings")
        json.openArray()
        for finding in result.findings {
            json.element()
            write(finding, to: &json)
        }
        json.closeArray()
        json.key("metrics")
        write(result.metrics, to: &json)
        json.closeObject()
    }

    private static func write(_ finding: Finding, to json: inout JSONStream) {
        json.openObject()
        json.key("rule")
        json.string(finding.rule)
        json.key("severity")
        json.string(finding.severity.rawValue)
        json.key("principle")
        json.string(finding.principle.rawValue)
        json.key("subject")
        json.openObject()
        json.key("kind")
        json.string(finding.subject.kind.rawValue)
        json.key("id")
        json.string(finding.subject.id)
        json.closeObject()
        json.key("message")
        json.string(finding.message)
        json.key("evidence")
        json.value(.object(finding.evidence))
        json.key("waived")
        json.bool(finding.isWaived)
        if let waiver = finding.waiver {
            json.key("waiver")
            json.openObject()
            json.key("reason")
            json.string(waiver.reason)
            json.key("approvedBy")
            json.string(waiver.approvedBy)
            if let expires = waiver.expires {
                json.key("expires")
                json.string(expires)
            }
            json.closeObject()
        }
        json.closeObject()
    }

    private static func write(_ metrics: Metrics, to json: inout JSONStream) {
        func optional(_ value: Double?) {
            if let value { json.number(value) } else { json.null() }
        }
        json.openObject()
        json.key("organisations")
        json.int(metrics.organisations)
        json.key("subcontracts")
        json.int(metrics.subcontracts)
        json.key("maxTier")
        json.int(metrics.maxTier)
        json.key("subcontractedValue")
        json.number(metrics.subcontractedValue)
        json.key("kentShare")
        optional(metrics.kentShare)
        json.key("smeShare")
        optional(metrics.smeShare)
        json.key("vcseShare")
        optional(metrics.vcseShare)
        json.key("providers")
        json.openArray()
        for provider in metrics.providers {
            json.element()
            json.openObject()
            json.key("id")
            json.string(provider.id)
            json.key("tier")
            if let tier = provider.tier { json.int(tier) } else { json.null() }
            json.key("value")
            json.number(provider.value)
            json.key("valueShare")
            optional(provider.valueShare)
            json.key("riskShare")
            optional(provider.riskShare)
            json.key("daysToCash")
            if let days = provider.daysToCash { json.int(days) } else { json.null() }
            json.closeObject()
        }
        json.closeArray()
        json.closeObject()
    }
}
