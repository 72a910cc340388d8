import ChainAuditModel
import ChainAuditRules

/// The colours, shapes and line styles of the drawing. Colours come from the
/// Okabe–Ito palette, which stays distinct for the common kinds of colour
/// blindness; sector is shown by shape as well as colour, and findings by line
/// width and style as well as colour, so nothing depends on colour alone.
enum Palette {
    static let black = "#000000"
    static let orange = "#E69F00"
    static let skyBlue = "#56B4E9"
    static let bluishGreen = "#009E73"
    static let yellow = "#F0E442"
    static let blue = "#0072B2"
    static let vermillion = "#D55E00"
    static let reddishPurple = "#CC79A7"
    static let white = "#FFFFFF"
    /// For folded groups: a neutral grey, outside the sector colours.
    static let grey = "#DDDDDD"
    static let darkGrey = "#555555"

    /// Errors: vermillion, thick, solid.
    static let error = vermillion
    /// Warnings: reddish purple, thick, dotted.
    static let warning = reddishPurple

    /// How a sector is drawn.
    struct SectorStyle {
        var fill: String
        var shape: String
        var legend: String
    }

    static func style(of sector: Sector) -> SectorStyle {
        switch sector {
        case .public: SectorStyle(fill: skyBlue, shape: "box", legend: "Public sector (blue box)")
        case .private: SectorStyle(fill: yellow, shape: "hexagon", legend: "Private company (yellow hexagon)")
        case .vcse: SectorStyle(fill: bluishGreen, shape: "ellipse", legend: "Voluntary, community or social enterprise (green oval)")
        case .unknown: SectorStyle(fill: white, shape: "octagon", legend: "Sector not stated (white octagon)")
        }
    }

    /// The words for a sector on the drawing.
    static func name(of sector: Sector) -> String {
        switch sector {
        case .public: "Public"
        case .private: "Private"
        case .vcse: "VCSE"
        case .unknown: "sector not stated"
        }
    }

    /// The words for a size on the drawing.
    static func name(of size: OrganisationSize) -> String {
        switch size {
        case .micro, .small, .medium, .large: size.rawValue
        case .sme: "SME"
        case .unknown: "size not stated"
        }
    }
}
