/// "Did you mean" suggestions for misspelt keys, rule ids and enumeration values.
public enum Suggestion {
    /// The candidate nearest to `word` by edit distance (ignoring case), if it is close enough to be a
    /// likely typo; failing that, the one candidate that starts with `word` (at least three characters),
    /// so a shortened id (`late-payment`) still finds its rule (`late-payment-terms`).
    public static func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
        let candidates = Array(candidates)
        if let close = closest(to: word, in: candidates) { return close }
        let prefix = word.lowercased()
        guard prefix.count >= 3 else { return nil }
        let starting = candidates.filter { $0.lowercased().hasPrefix(prefix) }
        return starting.count == 1 ? starting[0] : nil
    }

    private static func closest(to word: String, in candidates: [String]) -> String? {
        let lowered = Array(word.lowercased().unicodeScalars)
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(lowered, Array(candidate.lowercased().unicodeScalars))
            if best == nil || distance < best!.1 { best = (candidate, distance) }
        }
        guard let (candidate, distance) = best else { return nil }
        let allowance = max(1, min(lowered.count, candidate.count) / 3)
        return distance <= allowance ? candidate : nil
    }

    /// Levenshtein distance, with a transposition counted as one edit; O(n·m).
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        if a.count > 200 || b.count > 200 { return max(a.count, b.count) }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
