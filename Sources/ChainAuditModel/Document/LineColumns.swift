/// The line and column of places in UTF-8 text read from front to back, as both
/// JSON readers count them: lines end at `\n`, columns count Unicode scalars,
/// and a byte-order mark is not a column.
///
/// The column of the last place asked for is kept, so asking for place after
/// place along one long line (a whole chain on one line) stays linear.
struct LineColumns {
    private(set) var line = 1
    private var lineStart: Int
    private var cachedOffset: Int
    private var cachedColumn = 1

    /// Counting from `start`: 3 after a byte-order mark, else 0.
    init(start: Int) {
        lineStart = start
        cachedOffset = start
    }

    /// A new line begins at `offset`, just after a `\n`.
    mutating func newLine(at offset: Int) {
        line += 1
        lineStart = offset
        cachedOffset = offset
        cachedColumn = 1
    }

    /// The position of `offset`, on the current line, in `bytes`.
    mutating func position<Bytes: RandomAccessCollection>(of offset: Int, in bytes: Bytes) -> SourcePosition
    where Bytes.Element == UInt8, Bytes.Index == Int {
        if offset < cachedOffset {
            cachedOffset = lineStart
            cachedColumn = 1
        }
        var column = cachedColumn
        var cursor = cachedOffset
        let end = min(offset, bytes.count)
        while cursor < end {
            if bytes[cursor] & 0xC0 != 0x80 { column += 1 }
            cursor += 1
        }
        cachedOffset = end
        cachedColumn = column
        return SourcePosition(line: line, column: column)
    }
}
