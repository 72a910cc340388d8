/// The DOT text being written, one line at a time.
struct DOTOutput {
    private(set) var text = ""

    mutating func line(_ line: String) {
        text += line
        text += "\n"
    }
}
