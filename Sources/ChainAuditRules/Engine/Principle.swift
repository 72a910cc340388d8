/// The principle a rule enforces: Table 4 of Kent County Council's
/// commissioning framework (commissioner principles C1–C6, provider principles
/// P1–P9), the statutory payment rules, and the framework's Principles 8 and 9.
public enum Principle: String, Sendable, CaseIterable, Codable {
    case statutory
    case c1 = "C1", c2 = "C2", c3 = "C3", c4 = "C4", c5 = "C5", c6 = "C6"
    case p1 = "P1", p2 = "P2", p3 = "P3", p4 = "P4", p5 = "P5", p6 = "P6", p7 = "P7", p8 = "P8", p9 = "P9"
    case principle8 = "Principle 8"
    case principle9 = "Principle 9"

    /// A short title, paraphrasing the framework.
    public var title: String {
        switch self {
        case .statutory: "30-day payment terms flow down every public subcontract"
        case .c1: "Outcomes defined for each contract"
        case .c2: "Performance data shared through the chain"
        case .c3: "Fair pricing and prompt payment for every partner"
        case .c4: "Visibility of every subcontractor's role, terms, volumes and changes"
        case .c5: "Transparent management fees"
        case .c6: "Exit strategy and issue resolution for the contract and each subcontractor"
        case .p1: "Partners chosen for their fit with the requirements and values"
        case .p2: "A varied supply chain that includes small and voluntary organisations"
        case .p3: "Working agreements in place with every partner"
        case .p4: "Governance that lets partners work together"
        case .p5: "Clear expectations set for each partner"
        case .p6: "Clear deliverables, rewards and penalties"
        case .p7: "Risk shared in proportion to each partner's part"
        case .p8: "The commissioner can monitor every tier"
        case .p9: "Feedback sought and used"
        case .principle8: "Plans to prevent and manage provider failure"
        case .principle9: "Social value"
        }
    }

    /// Where the principle comes from.
    public var source: String {
        switch self {
        case .statutory: "Public Contracts Regulations 2015, regulation 113(2)(c); Procurement Act 2023, sections 68 and 73"
        case .principle8: "KCC commissioning framework, Principle 8"
        case .principle9: "KCC commissioning framework, Principle 9"
        default: "KCC commissioning framework, Table 4, principle \(rawValue)"
        }
    }
}
