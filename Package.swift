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
        .target(
            name: "AdvisoryReports",
            dependencies: [
                "AdvisoryCore", "YAML",
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
                "AdvisoryCore", "AdvisoryReports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Runs any bytes through the whole product; the libFuzzer targets of Fuzz/ and the
        // fuzz regression tests call it.
        .target(name: "FuzzHarness", dependencies: ["AdvisoryCore", "AdvisoryReports"]),
        .executableTarget(
            name: "advisor-bench", dependencies: ["YAML", "AdvisoryCore"], path: "Benchmarks/advisor-bench"),
        .testTarget(name: "YAMLTests", dependencies: ["YAML"]),
        .testTarget(
            name: "AdvisoryCoreTests",
            dependencies: ["AdvisoryCore", .product(name: "CSV", package: "CSV.swift")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "AdvisoryReportsTests",
            dependencies: ["AdvisoryCore", "AdvisoryReports", .product(name: "CSV", package: "CSV.swift")],
            resources: [.copy("Fixtures"), .copy("Golden")]
        ),
        // Replays every input that made a fuzzer find a bug (docs/fuzzing.md).
        .testTarget(
            name: "FuzzRegressionTests", dependencies: ["FuzzHarness", "AdvisoryCore", "AdvisoryReports"],
            resources: [.copy("Inputs")]),
        // Runs the built `advisor` binary (found beside the test bundle).
        .testTarget(name: "advisorTests", dependencies: ["advisor"]),
    ]
)
