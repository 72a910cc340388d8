/// Finding, and positioning, bytes that are not UTF-8, so that a file saved in
/// another encoding is reported at the line and column of its first bad byte.
enum UTF8Position {
    /// The offset of the first byte in `bytes` that does not begin or continue a
    /// valid UTF-8 sequence, or `nil` when every byte is valid.
    /// - Complexity: O(n).
    static func firstInvalidOffset(in bytes: ArraySlice<UInt8>) -> Int? {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = bytes.startIndex
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                offset += encoded.count
            case .error:
                return offset
            case .emptyInput:
                return nil
            }
        }
    }

    /// The 1-based line and column of `offset`, counting columns in Unicode
    /// scalars as ``SourcePosition`` does; the bytes before `offset` on its line
    /// are taken to be valid UTF-8. A leading byte-order mark is not a column.
    static func position(of offset: Int, in bytes: [UInt8]) -> SourcePosition {
        var line = 1
        var column = 1
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < min(offset, bytes.count) {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return SourcePosition(line: line, column: column)
    }

    /// The message for a byte that is not UTF-8.
    static func message(for byte: UInt8) -> String {
        "the file is not UTF-8 text: byte 0x\(String(byte, radix: 16, uppercase: true)) is not valid UTF-8 here (save the file as UTF-8)"
    }
}
