// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "PolicyAdvisor",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "advisor", targets: ["advisor"]),
        .library(name: "AdvisoryCore", targets: ["AdvisoryCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(name: "YAML", dependencies: ["CYAML"]),
        .target(
            name: "AdvisoryCore",
            dependencies: ["YAML", .product(name: "CSV", package: "CSV.swift")]
        ),
        // Consumers of evaluation results: the ruleset impact diff (`advisor diff`).
        .target(name: "AdvisoryAnalysis", dependencies: ["AdvisoryCore"]),
        .target(
            name: "AdvisoryReports",
            dependencies: [
                "AdvisoryCore", "AdvisoryAnalysis", "YAML",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "CSV", package: "CSV.swift"),
            ],
            // The default templates are compiled in (DefaultTemplates.swift); the .mustache files
            // are their editable source, checked identical by a test.
            exclude: ["Templates"]
        ),
        .executableTarget(
            name: "advisor",
            dependencies: [
                "AdvisoryCore", "AdvisoryAnalysis", "AdvisoryReports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "advisor-bench", dependencies: ["YAML", "AdvisoryCore"], path: "Benchmarks/advisor-bench"),
        .testTarget(name: "YAMLTests", dependencies: ["YAML"]),
        .testTarget(
            name: "AdvisoryCoreTests",
            dependencies: ["AdvisoryCore", .product(name: "CSV", package: "CSV.swift")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "AdvisoryAnalysisTests", dependencies: ["YAML", "AdvisoryCore", "AdvisoryAnalysis"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "AdvisoryReportsTests",
            dependencies: [
                "AdvisoryCore", "AdvisoryAnalysis", "AdvisoryReports", .product(name: "CSV", package: "CSV.swift"),
            ],
            resources: [.copy("Fixtures"), .copy("Golden")]
        ),
        // Runs the built `advisor` binary (found beside the test bundle).
        .testTarget(name: "advisorTests", dependencies: ["advisor"]),
    ]
)
