import Foundation

/// Where a command's output goes: stdout, or a file written atomically.
struct OutputDestination {
    /// `nil` or `-` means standard output.
    var path: String?

    var isStandardOutput: Bool { path == nil || path == "-" }

    /// Refuses an output path that is (or resolves to) one of the inputs.
    func validate(notOverwriting inputs: [String]) throws {
        guard let path, !isStandardOutput else { return }
        let target = Self.canonical(path)
        for input in inputs where Self.canonical(input) == target {
            throw InputFailure(file: path, message: "the output would overwrite the input file \(input); choose another --output")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw InputFailure(file: path, message: "--output is a folder; give a file name")
        }
    }

    /// Writes the bytes: to stdout, or to a temporary file in the same folder renamed over the target,
    /// so a reader never sees half a file and a failed run leaves an existing file as it was.
    func write(_ data: Data) throws {
        guard let path, !isStandardOutput else {
            FileHandle.standardOutput.write(data)
            return
        }
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
            // A device or a pipe (/dev/null, /dev/stdout, a FIFO) is written in place:
            // renaming a file over it would replace the device with a plain file.
            do {
                let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
                defer { try? handle.close() }
                try handle.write(contentsOf: data)
                return
            } catch {
                throw InputFailure(file: path, message: "cannot write the output: \(error.localizedDescription)")
            }
        }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: temporary, options: [])
            if rename(temporary.path, url.path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                throw InputFailure(file: path, message: "cannot write the output: \(reason)")
            }
        } catch let failure as InputFailure {
            throw failure
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw InputFailure(file: path, message: "cannot write the output: \(error.localizedDescription)")
        }
    }

    func write(_ text: String) throws {
        try write(Data(text.utf8))
    }

    /// Writes the bytes without first copying them into a `Data` (a report can be tens of megabytes).
    func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return try write(Data()) }
            // Borrowed, not copied: `write(_:)` is done with the data before this closure returns.
            try write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: raw.count, deallocator: .none))
        }
    }

    /// The absolute path with symbolic links resolved, for comparing files.
    static func canonical(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        if let resolved = realpath(url.path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        // The file does not exist yet: resolve its folder.
        let folder = url.deletingLastPathComponent().path
        if let resolved = realpath(folder, nil) {
            defer { free(resolved) }
            return String(cString: resolved) + "/" + url.lastPathComponent
        }
        return url.path
    }
}
