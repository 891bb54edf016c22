import Foundation
import Testing

@testable import AdvisoryCore

/// Locates the test fixtures (copied into the test bundle) and their source folder.
enum Fixtures {
    /// The `Fixtures` folder inside the test bundle.
    static var root: URL {
        get throws {
            try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures")
        }
    }

    /// The `Fixtures` folder in the source tree, where golden files are (re-)recorded.
    static let sourceRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures")

    /// The path of a fixture, e.g. `path("valid")` or `path("profiles/arcadia.yaml")`.
    static func path(_ relative: String) throws -> String {
        try root.appendingPathComponent(relative).path
    }

    /// The names of the folders under `Fixtures/bad`, sorted.
    static func badRulesets() -> [String] {
        let folder = sourceRoot.appendingPathComponent("bad")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    /// The valid fixture ruleset, loaded.
    static func validRuleset() throws -> Ruleset {
        let (ruleset, diagnostics) = RulesetLoader.load(directory: try path("valid"))
        #expect(diagnostics.isEmpty)
        return try #require(ruleset)
    }
}

/// Renders diagnostics as `advisor validate` prints them, with `prefix` replaced by `token`
/// so that golden text does not depend on where the bundle lives.
func renderStable(_ diagnostics: [Diagnostic], replacing prefix: String, with token: String) -> String {
    DiagnosticRenderer(color: false).render(diagnostics.sortedForDisplay())
        .replacingOccurrences(of: prefix, with: token)
}

/// Writes a file, creating its folders.
func write(_ text: String, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
}

/// A fresh temporary folder, removed by the caller with `removeTemporaryFolder`.
func makeTemporaryFolder() throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("advisorycore-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
}

func removeTemporaryFolder(_ path: String) {
    try? FileManager.default.removeItem(atPath: path)
}
