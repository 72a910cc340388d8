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
        case .statutory: "Public subcontracts are paid within 30 days, at every tier"
        case .c1: "Commissioners define the outcomes each contract must achieve"
        case .c2: "Commissioners and Members look at the performance of every provider in the chain"
        case .c3: "A pricing model that works for every partner and rewards good performance"
        case .c4: "Commissioners see each subcontractor's role, payment terms, volumes and change mechanisms"
        case .c5: "The lead provider's cost of managing the chain is recognised openly"
        case .c6: "Issue resolution and exit strategies for the contract and for each subcontractor"
        case .p1: "Partners chosen to meet the requirements and share the values and approach"
        case .p2: "Variety and innovation in the supply chain"
        case .p3: "Partners agree, in the tender, how they will work together"
        case .p4: "Relationships built for collaboration through the life of the contract"
        case .p5: "Subcontractors told clearly what is expected of them, and supported"
        case .p6: "Every provider knows what it delivers, how it is rewarded and penalised, and how it is tracked"
        case .p7: "No risk passed down out of proportion to a partner's part in the contract"
        case .p8: "Terms let the commissioner monitor each subcontractor's reliability, progress and achievement"
        case .p9: "Feedback sought from every stakeholder group, and used"
        case .principle8: "Clear plans to prevent and manage provider failure"
        case .principle9: "Social value: local, small and voluntary organisations share in the spending"
        }
    }

    /// Where the principle comes from.
    public var source: String {
        switch self {
        case .statutory: "Public Contracts Regulations 2015, regulation 113(2)(c); Procurement Act 2023, sections 68 and 73"
        case .principle8: "KCC commissioning framework, Principle 8 (building capacity: plans to prevent and manage provider failure)"
        case .principle9: "KCC commissioning framework, Principle 9 (maximising social value, including Buy Kent First)"
        case .c1, .c2, .c3, .c4, .c5, .c6:
            "KCC commissioning framework, Principle 10, Table 4: supply chain principles for commissioners (\(rawValue))"
        default:
            "KCC commissioning framework, Principle 10, Table 4: supply chain principles for providers (\(rawValue))"
        }
    }
}
