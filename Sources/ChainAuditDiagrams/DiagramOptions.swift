/// What to draw: the whole chain or the Members' view, and which part of it.
public struct DiagramOptions: Sendable, Hashable {
    /// The whole chain, or the Members' simplified view.
    public enum View: String, Sendable, CaseIterable {
        /// Every organisation and subcontract, with rule ids in the tooltips.
        case full
        /// Plain words, rounded money, at most ``DiagramOptions/maxNodes`` organisation nodes.
        case members
    }

    /// The fewest organisation nodes the Members' view can fold a chain into:
    /// commissioner, lead, the lead's folded providers and the unconnected ones.
    public static let minimumMaxNodes = 4
    /// The default number of organisation nodes in the Members' view.
    public static let defaultMaxNodes = 40

    public var view: View
    /// Keep only the providers delivering in this district (case-insensitive) and the path from the lead to them.
    public var district: String?
    /// In the Members' view, the most organisation nodes (folded groups included) drawn.
    public var maxNodes: Int

    public init(view: View = .full, district: String? = nil, maxNodes: Int = DiagramOptions.defaultMaxNodes) {
        self.view = view
        self.district = district
        self.maxNodes = max(maxNodes, Self.minimumMaxNodes)
    }
}
