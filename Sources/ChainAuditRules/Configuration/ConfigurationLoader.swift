import ChainAuditModel
import Foundation

/// Reads the configuration file (`chainaudit.yml`): per-rule settings and waivers.
///
/// The file is YAML (or JSON), read through the same positioned document
/// readers as the chain file, so every problem is reported as
/// `FILE:LINE:COLUMN: error: KEY PATH: MESSAGE`, and all of them, not only the
/// first. Rule ids, parameters and keys are checked against `rules`; a
/// misspelling is an error that suggests the nearest name.
public struct ConfigurationLoader: Sendable {
    /// The name looked for in the current folder when no configuration file is given.
    public static let defaultFileName = "chainaudit.yml"

    /// The rules whose ids and parameters the file may name.
    public var rules: [any Rule]
    /// Files larger than this are refused.
    public var maxInputSize: Int

    public init(rules: [any Rule] = allRules, maxInputSize: Int = 16 * 1024 * 1024) {
        self.rules = rules
        self.maxInputSize = maxInputSize
    }

    /// Loads and checks the configuration file at `path`.
    /// - Throws: ``ConfigurationError`` with every problem found, each naming `path`.
    public func load(path: String) throws(ConfigurationError) -> Configuration {
        try load(bytes: readBytes(path: path), file: path)
    }

    /// Loads a configuration from bytes already read. A file that is empty or
    /// holds only comments is the default configuration.
    /// - Parameter file: the name used in messages; a name ending `.json`, or
    ///   text starting with `{`, is read as JSON, anything else as YAML.
    public func load(bytes: [UInt8], file: String) throws(ConfigurationError) -> Configuration {
        if Self.holdsNothing(bytes) { return .default }
        let document: DocumentNode
        do {
            document = try ChainLoader().parse(bytes: bytes, file: file, format: ChainLoader.format(of: file, bytes: bytes))
        } catch {
            throw ConfigurationError(error.diagnostics)
        }
        return try decode(document, file: file)
    }

    /// Reads a configuration from a parsed document.
    public func decode(_ root: DocumentNode, file: String) throws(ConfigurationError) -> Configuration {
        let diagnostics = DiagnosticSink(file: file)
        let configuration = ConfigurationDecoder(rules: rules, diagnostics: diagnostics).decode(root)
        guard diagnostics.isEmpty else { throw ConfigurationError(diagnostics.sorted) }
        return configuration
    }

    private func readBytes(path: String) throws(ConfigurationError) -> [UInt8] {
        func fail(_ message: String) -> ConfigurationError {
            ConfigurationError([InputDiagnostic(file: path, position: nil, path: "", message: message)])
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw fail("no such configuration file")
        }
        guard !isDirectory.boolValue else { throw fail("this is a folder, not a configuration file") }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw fail("the configuration file cannot be read") }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: maxInputSize + 1) ?? Data()
        } catch {
            throw fail("the configuration file cannot be read: \(error.localizedDescription)")
        }
        if data.count > maxInputSize {
            throw fail("the configuration file is larger than the limit of \(maxInputSize) bytes")
        }
        return [UInt8](data)
    }

    /// True for a file of blank lines, comments and YAML document markers only.
    static func holdsNothing(_ bytes: [UInt8]) -> Bool {
        guard let text = String(validating: bytes, as: UTF8.self) else { return false }
        return text.split(whereSeparator: \.isNewline).allSatisfy { line in
            let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }
            return trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed == "---" || trimmed == "..."
        }
    }
}
