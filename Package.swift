// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "chainaudit",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "chainaudit", targets: ["chainaudit"]),
        .library(name: "ChainAudit", targets: ["ChainAuditModel", "ChainAuditRules", "ChainAuditReports", "ChainAuditHTML"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-crypto", "3.0.0"..<"5.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
    ],
    targets: [
        // Model: the chain file, its loading and validation, the index-based graph.
        .target(name: "ChainAuditModel", dependencies: ["Yams"]),
        // Rules: the engine, every rule, configuration and waivers. Knows nothing of output formats.
        .target(name: "ChainAuditRules", dependencies: ["ChainAuditModel"]),
        // Reports: text and JSON (and more) renderings of a rule run.
        .target(name: "ChainAuditReports", dependencies: ["ChainAuditModel", "ChainAuditRules"]),
        // Graphviz's C library (libgvc, libcgraph), through a shim that hides version differences.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        // The only target that imports CGraphviz: lays DOT out and renders SVG, PNG and PDF in-process.
        .target(name: "ChainAuditGraphviz", dependencies: ["CGraphviz"]),
        // Diagrams: the DOT text for a checked chain (pure Swift; knows nothing of Graphviz's C API).
        .target(name: "ChainAuditDiagrams", dependencies: ["ChainAuditModel", "ChainAuditRules"]),
        // Generated chains of any size, for tests and benchmarks.
        .target(name: "ChainAuditSamples", dependencies: ["ChainAuditModel"]),
        // Times in-process layout and rendering against the dot program (Scripts/bench-diagrams).
        .executableTarget(
            name: "bench-diagrams",
            dependencies: ["ChainAuditModel", "ChainAuditRules", "ChainAuditDiagrams", "ChainAuditGraphviz", "ChainAuditSamples"]
        ),
        // Times `check --format json` after loading, phase by phase and rule by rule (Scripts/bench/phases).
        .executableTarget(name: "bench-check", dependencies: ["ChainAuditModel", "ChainAuditRules", "ChainAuditReports"]),
        // The self-contained HTML report: Mustache templates (escaping by default) and a CSP hashed with swift-crypto.
        .target(
            name: "ChainAuditHTML",
            dependencies: [
                "ChainAuditModel", "ChainAuditRules", "ChainAuditReports",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The command line: a thin layer over the library.
        .executableTarget(
            name: "chainaudit",
            dependencies: [
                "ChainAuditModel", "ChainAuditRules", "ChainAuditReports", "ChainAuditHTML",
                "ChainAuditDiagrams", "ChainAuditGraphviz",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libFuzzer target for the loader; fuzzing builds are made only by Scripts/fuzz (a plain build gives a replayer).
        .executableTarget(name: "FuzzLoader", dependencies: ["ChainAuditModel", "ChainAuditRules", "ChainAuditReports", "CFuzzerDriver"]),
        .target(name: "CFuzzerDriver"),
        .testTarget(name: "ChainAuditModelTests", dependencies: ["ChainAuditModel", "ChainAuditSamples"]),
        .testTarget(name: "ChainAuditRulesTests", dependencies: ["ChainAuditModel", "ChainAuditRules"]),
        .testTarget(
            name: "ChainAuditDiagramsTests",
            dependencies: ["ChainAuditModel", "ChainAuditRules", "ChainAuditDiagrams", "ChainAuditGraphviz", "ChainAuditSamples"]
        ),
        .testTarget(
            name: "ChainAuditReportsTests",
            dependencies: [
                "ChainAuditModel", "ChainAuditRules", "ChainAuditReports", "ChainAuditHTML",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .testTarget(
            name: "ChainAuditPropertyTests",
            dependencies: [
                "ChainAuditModel", "ChainAuditRules", "ChainAuditReports",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "ChainAuditCLITests",
            dependencies: ["chainaudit", "ChainAuditModel", "ChainAuditRules"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
