import CGraphviz
import Foundation

/// The one owner of the Graphviz context: lays DOT text out with `dot` and
/// renders it in-process with Graphviz's own renderers.
///
/// Graphviz is not thread-safe and keeps its error state in globals, so every
/// call into it goes through one lock held by this type; every handle it makes
/// is freed before the call returns (`agmemread` → `agclose`, `gvLayout` →
/// `gvFreeLayout`, `gvRenderData` → `gvFreeRenderData`), and the context
/// itself is freed with the owner (`gvContext` → `gvFreeContext`).
public final class Graphviz: @unchecked Sendable {
    // @unchecked: `context` is only touched while `globalLock` is held.

    /// The process-wide owner, made on first use. Graphviz's globals make a second one pointless.
    /// - Throws: ``GraphvizError`` when Graphviz cannot make its context.
    public static func shared() throws(GraphvizError) -> Graphviz { try made.get() }

    private static let made: Result<Graphviz, GraphvizError> = Result { () throws(GraphvizError) in try Graphviz() }

    /// Every Graphviz call in the process is serialised by this lock.
    private static let globalLock = NSLock()

    private let context: OpaquePointer

    private init() throws(GraphvizError) {
        let made: OpaquePointer? = Self.globalLock.withLock {
            chainaudit_keep_errors()
            return gvContext()
        }
        guard let made else { throw GraphvizError(stage: .context, message: "gvContext returned nothing") }
        context = made
    }

    deinit {
        Self.globalLock.withLock { _ = gvFreeContext(context) }
    }

    /// Lays `dot` out with the `dot` layout engine and renders it.
    ///
    /// - Parameters:
    ///   - dot: DOT text. It must not contain NUL characters.
    ///   - format: the renderer to use.
    /// - Returns: the rendered bytes (UTF-8 text for SVG).
    /// - Throws: ``GraphvizError`` with Graphviz's own message when the text cannot be read,
    ///   laid out or rendered, or when the renderer for `format` is not installed.
    /// - Complexity: Graphviz's layout; roughly quadratic in the number of nodes per rank.
    public func render(dot: String, format: GraphvizFormat) throws(GraphvizError) -> [UInt8] {
        guard !dot.utf8.contains(0) else {
            throw GraphvizError(stage: .parse, message: "the DOT text contains a NUL character")
        }
        Self.globalLock.lock()
        defer { Self.globalLock.unlock() }
        return try renderLocked(dot: dot, format: format)
    }

    private func renderLocked(dot: String, format: GraphvizFormat) throws(GraphvizError) -> [UInt8] {
        chainaudit_keep_errors()
        _ = agreseterrors()
        defer { _ = agreseterrors() }

        guard let graph = dot.withCString({ chainaudit_agmemread($0) }) else {
            throw GraphvizError(stage: .parse, message: Self.lastError() ?? "no graph in the DOT text")
        }
        defer { _ = agclose(graph) }
        if chainaudit_error_count() > 0 {
            throw GraphvizError(stage: .parse, message: Self.lastError() ?? "")
        }

        if format == .png { chainaudit_fit_bitmap(graph) }
        guard gvLayout(context, graph, "dot") == 0 else {
            throw GraphvizError(stage: .layout, message: Self.lastError() ?? "")
        }
        defer { _ = gvFreeLayout(context, graph) }

        var data: UnsafeMutablePointer<CChar>?
        var length = 0
        let status = chainaudit_gvRenderData(context, graph, format.rawValue, &data, &length)
        defer { if let data { gvFreeRenderData(data) } }
        guard status == 0, let data else {
            let message = Self.lastError() ?? ""
            let stage: GraphvizError.Stage = message.contains("not recognized") || message.isEmpty ? .formatUnavailable : .render
            throw GraphvizError(stage: stage, message: message, format: format)
        }
        return Array(UnsafeRawBufferPointer(start: UnsafeRawPointer(data), count: length))
    }

    /// Graphviz's last recorded error or warning, trimmed; `nil` when there is none.
    private static func lastError() -> String? {
        guard let raw = aglasterr() else { return nil }
        defer { free(raw) }
        let text = String(decoding: UnsafeRawBufferPointer(start: raw, count: strlen(raw)), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}
