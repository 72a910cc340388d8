extension String {
    /// Pads with spaces to `width` characters.
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    /// The text ending with a full stop (added unless it already ends with punctuation).
    var sentence: String {
        guard let last else { return self }
        return ".!?".contains(last) ? self : self + "."
    }
}
