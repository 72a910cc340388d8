import Crypto
import Foundation

/// The report's Content-Security-Policy: nothing may load from anywhere, the
/// only style allowed is the report's own stylesheet (named by its SHA-256
/// hash), images only as `data:` URIs, and no script at all (the report ships
/// none, so `script-src` falls back to `default-src 'none'`).
public enum ContentSecurityPolicy {
    /// The policy for a page whose one inline `<style>` element holds exactly `stylesheet`.
    public static func policy(stylesheet: String) -> String {
        [
            "default-src 'none'",
            "style-src '\(hashSource(stylesheet))'",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        ].joined(separator: "; ")
    }

    /// A CSP hash source: `sha256-` and the base64 SHA-256 of the UTF-8 text.
    public static func hashSource(_ text: String) -> String {
        let digest = SHA256.hash(data: Data(text.utf8))
        return "sha256-" + Data(digest).base64EncodedString()
    }
}
