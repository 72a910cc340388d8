import ChainAuditDiagrams
import Testing

@Suite("Escaping text for DOT")
struct DOTTextTests {
    @Test("Control characters become visible pictures; other text is kept")
    func visible() {
        #expect(DOTText.visible("a\nb") == "a\u{240A}b")
        #expect(DOTText.visible("\u{1B}[31m") == "\u{241B}[31m")
        #expect(DOTText.visible("\u{0}\u{7F}") == "\u{2400}\u{2421}")
        #expect(DOTText.visible("\u{202E}x") == "\u{FFFD}x")
        #expect(DOTText.visible("Café 😀 <b>") == "Café 😀 <b>")
    }

    @Test("A plain label doubles backslashes, escapes quotes and ampersands, joins lines with \\n")
    func label() {
        #expect(DOTText.label(lines: [#"a\N "q" &amp;"#, "b"]) == #"a\\N \"q\" &amp;amp;\nb"#)
    }

    @Test("An HTML-like label escapes markup and backslashes")
    func html() {
        #expect(DOTText.html(#"<script>"x" & 'y' \G"#) == #"&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39; \\G"#)
    }

    @Test("A tooltip writes each backslash four times")
    func tooltip() {
        #expect(DOTText.tooltip(lines: [#"a\b"#, #""c""#]) == #"a\\\\b\n\"c\""#)
    }

    @Test("Anchors are percent-encoded ASCII")
    func anchors() {
        #expect(DOTText.percentEncoded("SC 1/é\"") == "SC%201%2F%C3%A9%22")
        #expect(DOTText.percentEncoded("a-b_c.d~e") == "a-b_c.d~e")
    }
}

@Suite("Members' units")
struct MembersUnitsTests {
    @Test("Money is rounded as a Member reads it", arguments: [
        (0.0, "£0"), (950.0, "£950"), (999.4, "£999"), (999.5, "£1k"), (85_000.0, "£85k"), (85_499.0, "£85k"),
        (999_499.0, "£999k"), (999_500.0, "£1m"), (1_200_000.0, "£1.2m"), (2_000_000.0, "£2m"), (12_345_678.0, "£12.3m"),
        (2_500_000_000.0, "£2.5bn"),
    ])
    func pounds(amount: Double, expected: String) {
        #expect(MembersUnits.pounds(amount) == expected)
    }

    @Test("Shares are whole percentages where they can be")
    func percent() {
        #expect(MembersUnits.percent(0.4) == "40%")
        #expect(MembersUnits.percent(0.125) == "12.5%")
        #expect(MembersUnits.percent(1) == "100%")
    }
}
