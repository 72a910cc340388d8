import ChainAuditModel

/// Reads a rule parameter's value according to its ``RuleParameter/Kind``:
/// days and counts are whole numbers ≥ 0; a share is a fraction from 0 to 1 or
/// a percentage `"N%"`; a number is any number ≥ 0.
enum ParameterValueDecoder {
    /// - Returns: the value, or `nil` when it is invalid (reported) or `null` (unset).
    static func decode(_ node: DocumentNode, kind: RuleParameter.Kind, path: String, diagnostics: DiagnosticSink) -> Double? {
        switch kind {
        case .days:
            return wholeNumber(node, what: "a whole number of days (0 or more)", path: path, diagnostics: diagnostics)
        case .count:
            return wholeNumber(node, what: "a whole number (0 or more)", path: path, diagnostics: diagnostics)
        case .number:
            return number(node, what: "a number (0 or more)", path: path, diagnostics: diagnostics)
        case .share:
            return share(node, path: path, diagnostics: diagnostics)
        }
    }

    private static func number(_ node: DocumentNode, what: String, path: String, diagnostics: DiagnosticSink) -> Double? {
        guard case .number(let literal, let value) = node.value else {
            var message = "expected \(what), found \(node.kindDescription)"
            if case .string(let text, _) = node.value { message += " \"\(ConfigurationMapping.excerpt(text))\"" }
            diagnostics.error(message, path: path, at: node.position)
            return nil
        }
        guard value >= 0 else {
            diagnostics.error("must not be negative (found \(literal))", path: path, at: node.position)
            return nil
        }
        return value
    }

    private static func wholeNumber(_ node: DocumentNode, what: String, path: String, diagnostics: DiagnosticSink) -> Double? {
        guard let value = number(node, what: what, path: path, diagnostics: diagnostics) else { return nil }
        guard value.rounded() == value, value < 1e15 else {
            if case .number(let literal, _) = node.value {
                diagnostics.error("expected \(what), found \(literal)", path: path, at: node.position)
            }
            return nil
        }
        return value
    }

    private static func share(_ node: DocumentNode, path: String, diagnostics: DiagnosticSink) -> Double? {
        switch node.value {
        case .number(let literal, let value):
            if value < 0 {
                diagnostics.error("a share must be between 0 and 1 (found \(literal))", path: path, at: node.position)
                return nil
            }
            if value > 1 {
                if value <= 100 {
                    diagnostics.error("a share is a fraction from 0 to 1; did you mean \(literal)% (\(PlainNumber.text(value / 100)))?", path: path, at: node.position)
                } else {
                    diagnostics.error("a share must be between 0 and 1 (found \(literal))", path: path, at: node.position)
                }
                return nil
            }
            return value
        case .string(let text, _):
            let trimmed = text.trimming(where: \.isWhitespace)
            if trimmed.hasSuffix("%"), let percent = PlainNumber.decimal(String(trimmed.dropLast()).trimming(where: \.isWhitespace)) {
                guard percent <= 100 else {
                    diagnostics.error("a percentage share must be from 0% to 100% (found \"\(ConfigurationMapping.excerpt(text))\")", path: path, at: node.position)
                    return nil
                }
                return percent / 100
            }
            diagnostics.error("expected a share (a fraction from 0 to 1, or a percentage such as \"15%\"), found text \"\(ConfigurationMapping.excerpt(text))\"", path: path, at: node.position)
            return nil
        default:
            diagnostics.error("expected a share (a fraction from 0 to 1, or a percentage such as \"15%\"), found \(node.kindDescription)", path: path, at: node.position)
            return nil
        }
    }
}

extension String {
    func trimming(where isTrimmed: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !isTrimmed($0) }) else { return "" }
        let last = lastIndex(where: { !isTrimmed($0) })!
        return String(self[first...last])
    }
}
