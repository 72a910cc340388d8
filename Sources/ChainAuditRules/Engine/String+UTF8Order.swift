extension String {
    /// True when this text comes before `other` in Unicode code point order,
    /// which is the order of their UTF-8 bytes.
    ///
    /// The same answer as `utf8.lexicographicallyPrecedes(other.utf8)`, found by
    /// comparing the two byte buffers directly: reports sort hundreds of
    /// thousands of ids, and the generic sequence comparison costs several
    /// times more per byte.
    func utf8Precedes(_ other: String) -> Bool {
        var lhs = self
        var rhs = other
        return lhs.withUTF8 { left in
            rhs.withUTF8 { right in
                let common = Swift.min(left.count, right.count)
                var index = 0
                while index < common {
                    if left[index] != right[index] { return left[index] < right[index] }
                    index += 1
                }
                return left.count < right.count
            }
        }
    }
}
