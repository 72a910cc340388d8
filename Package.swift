// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "chainaudit",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "chainaudit", targets: ["chainaudit"]),
        .library(name: "ChainAudit", targets: ["ChainAuditModel", "ChainAuditRules", "ChainAuditReports"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
    ],
    targets: [
        // Model: the chain file, its loading and validation, the index-based graph.
        .target(name: "ChainAuditModel", dependencies: ["Yams"]),
        // Rules: the engine, every rule, configuration and waivers. Knows nothing of output formats.
        .target(name: "ChainAuditRules", dependencies: ["ChainAuditModel"]),
        // Reports: text and JSON (and more) renderings of a rule run.
        .target(name: "ChainAuditReports", dependencies: ["ChainAuditModel", "ChainAuditRules"]),
        // The command line: a thin layer over the library.
        .executableTarget(
            name: "chainaudit",
            dependencies: [
                "ChainAuditModel", "ChainAuditRules", "ChainAuditReports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libFuzzer target for the loader; fuzzing builds are made only by Scripts/fuzz (a plain build gives a replayer).
        .executableTarget(name: "FuzzLoader", dependencies: ["ChainAuditModel", "ChainAuditRules", "ChainAuditReports", "CFuzzerDriver"]),
        .target(name: "CFuzzerDriver"),
        .testTarget(name: "ChainAuditModelTests", dependencies: ["ChainAuditModel"]),
        .testTarget(name: "ChainAuditRulesTests", dependencies: ["ChainAuditModel", "ChainAuditRules"]),
        .testTarget(
            name: "ChainAuditPropertyTests",
            dependencies: [
                "ChainAuditModel", "ChainAuditRules", "ChainAuditReports",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "ChainAuditCLITests",
            dependencies: ["chainaudit", "ChainAuditModel"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
