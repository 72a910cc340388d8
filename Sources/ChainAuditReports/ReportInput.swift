import ChainAuditModel
import ChainAuditRules

/// One checked file, as every report format receives it.
public struct ReportInput: Sendable {
    /// The file name as the user gave it.
    public var file: String
    public var result: CheckResult

    public init(file: String, result: CheckResult) {
        self.file = file
        self.result = result
    }

    public var chain: Chain { result.chain }
}
