// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "PolicyAdvisor",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "advisor", targets: ["advisor"]),
        .library(name: "AdvisoryCore", targets: ["AdvisoryCore"]),
        // For the fuzz package in Fuzz/ (its own Package.swift; never built by this package).
        .library(name: "FuzzHarness", targets: ["FuzzHarness"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
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
        // Data in: importers of published tables, tables as profiles, blank profiles.
        .target(name: "AdvisoryData", dependencies: ["AdvisoryCore", "YAML"]),
        // Consumers of evaluation results: the ruleset impact diff (`advisor diff`).
        .target(name: "AdvisoryAnalysis", dependencies: ["AdvisoryCore"]),
        .target(
            name: "AdvisoryReports",
            dependencies: [
                "AdvisoryCore", "AdvisoryAnalysis", "YAML",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            // The default templates are compiled in (DefaultTemplates.swift); the .mustache files
            // are their editable source, checked identical by a test.
            exclude: ["Templates"]
        ),
        .executableTarget(
            name: "advisor",
            dependencies: [
                "AdvisoryCore", "AdvisoryAnalysis", "AdvisoryData", "AdvisoryReports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Generators of the inputs that once took quadratic time, shared by the benchmark (full
        // size, time goals) and the scaling tests (small sizes, ratios).
        .target(name: "LargeInputs", path: "Benchmarks/LargeInputs"),
        // Runs any bytes through the whole product; the libFuzzer targets of Fuzz/ and the
        // fuzz regression tests call it.
        .target(name: "FuzzHarness", dependencies: ["AdvisoryCore", "AdvisoryAnalysis", "AdvisoryReports"]),
        .executableTarget(
            name: "advisor-bench",
            dependencies: ["YAML", "AdvisoryCore", "AdvisoryAnalysis", "AdvisoryReports", "LargeInputs"],
            path: "Benchmarks/advisor-bench"),
        // What every test target shares: golden files and scaling checks.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "YAMLTests", dependencies: ["YAML", "TestSupport"]),
        .testTarget(
            name: "AdvisoryCoreTests",
            dependencies: [
                "AdvisoryCore", "TestSupport", "LargeInputs", .product(name: "CSV", package: "CSV.swift"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "AdvisoryAnalysisTests", dependencies: ["YAML", "AdvisoryCore", "AdvisoryAnalysis"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "AdvisoryReportsTests",
            dependencies: [
                "AdvisoryCore", "AdvisoryAnalysis", "AdvisoryReports", "TestSupport", "LargeInputs",
                .product(name: "CSV", package: "CSV.swift"),
            ],
            exclude: ["Golden"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "AdvisoryDataTests", dependencies: ["AdvisoryCore", "AdvisoryData", "YAML"],
            resources: [.copy("Fixtures")]
        ),
        // Replays every input that made a fuzzer find a bug (docs/fuzzing.md).
        .testTarget(
            name: "FuzzRegressionTests", dependencies: ["FuzzHarness", "AdvisoryCore", "AdvisoryReports"],
            resources: [.copy("Inputs")]),
        // Runs the built `advisor` binary (found beside the test bundle).
        .testTarget(name: "advisorTests", dependencies: ["advisor", "TestSupport"], exclude: ["Golden"]),
    ]
)
