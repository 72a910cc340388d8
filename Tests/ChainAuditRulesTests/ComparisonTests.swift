import ChainAuditRules
import Testing

/// rules.md: `a > b` means `a` exceeds `b` by more than 1e-9, so binary rounding never decides a finding.
@Suite("Comparisons allow for binary rounding")
struct ComparisonTests {
    @Test("0.1 + 0.10 does not exceed 0.2, nor 0.1 + 0.2 exceed 0.3")
    func roundingDoesNotExceed() {
        #expect(!exceeds(0.1 + 0.10, 0.2))
        #expect(!exceeds(0.1 + 0.2, 0.3))
        #expect(!exceeds(0.45, 1.5 * (300_000 / 1_000_000)))
        #expect(!exceeds(0.8, 0.7 + 0.1))
    }

    @Test("A real difference exceeds")
    func realDifferenceExceeds() {
        #expect(exceeds(0.2 + 2e-9, 0.2))
        #expect(exceeds(31, 30))
        #expect(!exceeds(30, 30))
        #expect(!exceeds(0.2, 0.2 + 2e-9))
    }

    @Test("atLeast accepts values equal but for rounding, and rejects real shortfalls")
    func atLeastAllowsRounding() {
        #expect(atLeast(0.7 + 0.1, 0.8))
        #expect(atLeast(0.05, 0.05))
        #expect(!atLeast(0.05 - 2e-9, 0.05))
    }
}
