// swift-tools-version:6.0
// libFuzzer targets for PolicyAdvisor, kept out of the main package so that its `swift build`
// and `swift test` never build them. Build and run as docs/fuzzing.md says:
//   swift build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
import PackageDescription

let package = Package(
    name: "PolicyAdvisorFuzz",
    dependencies: [.package(name: "PolicyAdvisor", path: "..")],
    targets: [
        // The declaration of libFuzzer's driver, which each target's main calls.
        .target(name: "CFuzzerDriver"),
        // Bytes → YAML → ruleset, profile, table and test decoding → evaluation → every renderer.
        .executableTarget(
            name: "FuzzInputs",
            dependencies: ["CFuzzerDriver", .product(name: "FuzzHarness", package: "PolicyAdvisor")]),
        // Bytes → a Markdown and an HTML report template → a rendered report.
        .executableTarget(
            name: "FuzzTemplates",
            dependencies: ["CFuzzerDriver", .product(name: "FuzzHarness", package: "PolicyAdvisor")]),
    ]
)
