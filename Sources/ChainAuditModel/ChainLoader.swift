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
    /// Whether a JSON file is first offered to the direct reader, which builds the chain in one
    /// pass and, at anything that is not plainly valid, leaves the file to the general reader
    /// (a positioned document, then ``ChainDecoder``), which reports every problem.
    /// Either way the result is the same; only the time differs. Off only for comparisons.
    public var readsJSONDirectly: Bool

    public static let defaultMaxInputSize = 256 * 1024 * 1024

    public init(maxInputSize: Int = ChainLoader.defaultMaxInputSize, limits: DocumentLimits = .default, readsJSONDirectly: Bool = true) {
        self.maxInputSize = maxInputSize
        self.limits = limits
        self.readsJSONDirectly = readsJSONDirectly
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
        func fail(_ message: String) -> ChainLoadError { Self.failure(message, in: path) }
        let tooLarge = "the file is larger than the limit of \(maxInputSize) bytes (raise it with --max-input-size)"
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw fail("no such file")
        }
        guard !isDirectory.boolValue else { throw fail("this is a folder, not a chain file") }
        var expectedSize: Int?
        if let attributes = try? FileManager.default.attributesOfItem(atPath: path),
           attributes[.type] as? FileAttributeType == .typeRegular,
           let size = attributes[.size] as? NSNumber {
            guard size.uint64Value <= UInt64(maxInputSize) else { throw fail(tooLarge) }
            expectedSize = size.intValue
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw fail("the file cannot be read") }
        defer { close(descriptor) }
        // A regular file is read straight into one array of its size plus a byte (to notice a file
        // that grew), left uninitialised until read: no intermediate `Data`, no copy, no zero-fill.
        var bytes: [UInt8] = []
        if let expectedSize {
            let capacity = expectedSize + 1
            var failure: Int32 = 0
            bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
                initialized = 0
                while initialized < capacity {
                    let count = read(descriptor, buffer.baseAddress! + initialized, capacity - initialized)
                    if count < 0 && errno == EINTR { continue }
                    if count < 0 { failure = errno }
                    if count <= 0 { return }
                    initialized += count
                }
            }
            if failure != 0 { throw fail("the file cannot be read: \(String(cString: strerror(failure)))") }
            if bytes.count > maxInputSize { throw fail(tooLarge) }
            if bytes.count < capacity { return bytes }
        }
        // Pipes, devices, and a file that grew since its size was read: chunks to the end or the limit.
        var chunk = 65_536
        while true {
            // Never more than one byte past the limit, as the size check promises.
            if maxInputSize < Int.max { chunk = min(chunk, maxInputSize + 1 - bytes.count) }
            let start = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: chunk))
            let count = bytes.withUnsafeMutableBufferPointer { buffer in
                read(descriptor, buffer.baseAddress! + start, chunk)
            }
            if count < 0 {
                if errno == EINTR {
                    bytes.removeLast(chunk)
                    continue
                }
                throw fail("the file cannot be read: \(String(cString: strerror(errno)))")
            }
            bytes.removeLast(chunk - count)
            if bytes.count > maxInputSize { throw fail(tooLarge) }
            if count == 0 { return bytes }
            chunk = max(65_536, min(bytes.count, 64 * 1024 * 1024))
        }
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
        try checkText(bytes, file: file)
        if format == .json, readsJSONDirectly, let chain = DirectJSONChainReader.read(bytes, limits: limits) {
            return chain
        }
        let document = try parseText(bytes, file: file, format: format)
        return try ChainDecoder.decode(document, file: file)
    }

    /// Parses bytes into a positioned document, without checking it against the chain format.
    public func parse(bytes: [UInt8], file: String, format: Format) throws(ChainLoadError) -> DocumentNode {
        try checkText(bytes, file: file)
        return try parseText(bytes, file: file, format: format)
    }

    /// Parses bytes that ``checkText(_:file:)`` has accepted.
    private func parseText(_ bytes: [UInt8], file: String, format: Format) throws(ChainLoadError) -> DocumentNode {
        do throws(DocumentError) {
            switch format {
            case .json:
                return try JSONDocumentReader.read(bytes, limits: limits)
            case .yaml:
                // libyaml, given Swift's text, would read a byte-order mark as part of the first key.
                let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
                return try YAMLDocumentReader.read(String(decoding: body, as: UTF8.self), limits: limits)
            }
        } catch {
            throw Self.failure(error.message, in: file, at: error.position)
        }
    }

    /// An input error about the whole file, or a place in it.
    private static func failure(_ message: String, in file: String, at position: SourcePosition? = nil) -> ChainLoadError {
        ChainLoadError([InputDiagnostic(file: file, position: position, path: "", message: message)])
    }

    /// The offset of the first NUL byte (memchr: this scans the whole of every file).
    private static func firstNUL(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let found = memchr(base, 0, buffer.count) else { return nil }
            return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
        }
    }

    /// Refuses bytes that are not text: empty, binary (a NUL byte) or not UTF-8.
    private func checkText(_ bytes: [UInt8], file: String) throws(ChainLoadError) {
        func fail(_ message: String, _ position: SourcePosition?) -> ChainLoadError { Self.failure(message, in: file, at: position) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            throw fail(bytes.isEmpty ? "the file is empty" : "the file is empty (it holds only white space)", nil)
        }
        if let offset = Self.firstNUL(in: bytes) {
            throw fail("the file holds binary data (a NUL byte), not YAML or JSON text", UTF8Position.position(of: offset, in: bytes))
        }
        // Checked up front for both formats, so text in another encoding is reported
        // the same way wherever its first bad byte is, inside a string or not.
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        if let offset = UTF8Position.firstInvalidOffset(in: body) {
            throw fail(UTF8Position.message(for: bytes[offset]), UTF8Position.position(of: offset, in: bytes))
        }
    }
}
