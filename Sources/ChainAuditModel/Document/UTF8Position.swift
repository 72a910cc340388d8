/// Finding, and positioning, bytes that are not UTF-8, so that a file saved in
/// another encoding is reported at the line and column of its first bad byte.
enum UTF8Position {
    /// The offset of the first byte in `bytes` that does not begin or continue a
    /// valid UTF-8 sequence, or `nil` when every byte is valid.
    /// - Complexity: O(n).
    static func firstInvalidOffset(in bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress else { return nil }
            let count = buffer.count
            var index = 0
            while index < count {
                // ASCII runs, the bulk of a chain file, 32 and then eight bytes at a time.
                while index + 32 <= count {
                    let raw = UnsafeRawPointer(base + index)
                    let any = raw.loadUnaligned(as: UInt64.self) | raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                        | raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
                    if any & 0x8080_8080_8080_8080 != 0 { break }
                    index += 32
                }
                while index + 8 <= count,
                      UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                }
                guard index < count else { break }
                let lead = buffer[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                // A multi-byte sequence: the lead byte fixes its length and the range of its
                // second byte (which rules out overlong forms, surrogates and values above U+10FFFF).
                let length: Int
                var low: UInt8 = 0x80, high: UInt8 = 0xBF
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; low = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; high = 0x9F
                case 0xF0: length = 4; low = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; high = 0x8F
                default: return bytes.startIndex + index
                }
                guard index + 1 < count, (low...high).contains(buffer[index + 1]) else { return bytes.startIndex + index }
                for continuation in 2..<length {
                    guard index + continuation < count, buffer[index + continuation] & 0xC0 == 0x80 else {
                        return bytes.startIndex + index
                    }
                }
                index += length
            }
            return nil
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
