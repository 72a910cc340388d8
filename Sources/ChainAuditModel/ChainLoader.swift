import Foundation

/// Reads chain files from disk: picks the format, parses, validates.
public struct ChainLoader: Sendable {
    /// The format of a chain file.
    public enum Format: String, Sendable {
        case json, yaml
    }

    /// Files larger than this are refused (a clear error, not an exhausted machine).
    public var maxInputSize: Int
    public var limits: DocumentLimits

    public static let defaultMaxInputSize = 256 * 1024 * 1024

    public init(maxInputSize: Int = ChainLoader.defaultMaxInputSize, limits: DocumentLimits = .default) {
        self.maxInputSize = maxInputSize
        self.limits = limits
    }

    /// Loads and validates the chain file at `path`.
    /// - Throws: ``ChainLoadError`` with every problem found, each naming `path`.
    public func load(path: String) throws(ChainLoadError) -> Chain {
        let bytes = try readBytes(path: path)
        return try load(bytes: bytes, file: path, format: Self.format(of: path, bytes: bytes))
    }

    /// Reads a file's bytes, refusing folders, unreadable files and files over the size limit.
    ///
    /// The size is checked before anything is read, so a huge file costs nothing; the read itself
    /// is also capped at one byte over the limit, for files that grow meanwhile and for pipes and
    /// devices whose size is not known in advance.
    public func readBytes(path: String) throws(ChainLoadError) -> [UInt8] {
        func fail(_ message: String) -> ChainLoadError {
            ChainLoadError([InputDiagnostic(file: path, position: nil, path: "", message: message)])
        }
        let tooLarge = "the file is larger than the limit of \(maxInputSize) bytes (raise it with --max-input-size)"
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw fail("no such file")
        }
        guard !isDirectory.boolValue else { throw fail("this is a folder, not a chain file") }
        if let attributes = try? FileManager.default.attributesOfItem(atPath: path),
           attributes[.type] as? FileAttributeType == .typeRegular,
           let size = attributes[.size] as? NSNumber, size.uint64Value > UInt64(maxInputSize) {
            throw fail(tooLarge)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw fail("the file cannot be read") }
        defer { try? handle.close() }
        let data: Data
        do {
            guard let read = try handle.read(upToCount: maxInputSize < Int.max ? maxInputSize + 1 : Int.max) else { return [] }
            data = read
        } catch {
            throw fail("the file cannot be read: \(error.localizedDescription)")
        }
        if data.count > maxInputSize { throw fail(tooLarge) }
        return [UInt8](data)
    }

    /// The format for a file: by extension, else JSON when the first non-blank character is `{`.
    public static func format(of path: String, bytes: [UInt8]) -> Format {
        let lower = path.lowercased()
        if lower.hasSuffix(".json") { return .json }
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") { return .yaml }
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        return start < bytes.count && bytes[start] == UInt8(ascii: "{") ? .json : .yaml
    }

    /// Parses and validates a chain from bytes already read.
    /// - Parameter file: the name used in error messages.
    public func load(bytes: [UInt8], file: String, format: Format) throws(ChainLoadError) -> Chain {
        let document = try parse(bytes: bytes, file: file, format: format)
        return try ChainDecoder.decode(document, file: file)
    }

    /// Parses bytes into a positioned document, without checking it against the chain format.
    public func parse(bytes: [UInt8], file: String, format: Format) throws(ChainLoadError) -> DocumentNode {
        func fail(_ message: String, _ position: SourcePosition?) -> ChainLoadError {
            ChainLoadError([InputDiagnostic(file: file, position: position, path: "", message: message)])
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            throw fail(bytes.isEmpty ? "the file is empty" : "the file is empty (it holds only white space)", nil)
        }
        if let offset = bytes.firstIndex(of: 0) {
            throw fail("the file holds binary data (a NUL byte), not YAML or JSON text", UTF8Position.position(of: offset, in: bytes))
        }
        // Checked up front for both formats, so text in another encoding is reported
        // the same way wherever its first bad byte is, inside a string or not.
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        if let offset = UTF8Position.firstInvalidOffset(in: body) {
            throw fail(UTF8Position.message(for: bytes[offset]), UTF8Position.position(of: offset, in: bytes))
        }
        do throws(DocumentError) {
            switch format {
            case .json:
                return try JSONDocumentReader.read(bytes, limits: limits)
            case .yaml:
                // libyaml, given Swift's text, would read a byte-order mark as part of the first key.
                return try YAMLDocumentReader.read(String(decoding: body, as: UTF8.self), limits: limits)
            }
        } catch {
            throw fail(error.message, error.position)
        }
    }
}
