import Foundation
import YAML

@testable import AdvisoryCore

/// Builds rulesets and profiles from YAML text for tests.
enum TestRulesets {
    /// A temporary ruleset folder holding `files` (relative path → YAML text).
    static func folder(_ files: [String: String]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("pa-test-\(UUID().uuidString)")
        for (relative, text) in files {
            let url = root.appendingPathComponent(relative)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root.path
    }

    /// Loads a ruleset; records an issue for any diagnostic.
    static func ruleset(_ files: [String: String]) throws -> Ruleset {
        let (ruleset, diagnostics) = RulesetLoader.load(directory: try folder(files))
        guard let ruleset, !diagnostics.hasErrors else {
            throw TestFailure(DiagnosticRenderer().render(diagnostics))
        }
        return ruleset
    }

    /// The standard header plus `body` (indicators, threats, ... as YAML).
    static func ruleset(body: String) throws -> Ruleset {
        try ruleset(["ruleset.yaml": header + body])
    }

    static let header = """
        ruleset:
          id: test
          title: Test ruleset
          version: 0.0.1
          levels: {low: 0.2, medium: 0.4, high: 0.6, critical: 0.8}
          stale_after_years: 3

        """

    /// A profile decoded from YAML text against `ruleset`.
    static func profile(_ text: String, ruleset: Ruleset) throws -> Profile {
        let file = SourceFile(path: "profile.yaml", text: text)
        let node = try Parser.parse(file)
        let context = DecodingContext(file: file)
        guard let profile = ProfileDecoder.decode(node, ruleset: ruleset, context: context),
            !context.diagnostics.hasErrors
        else {
            throw TestFailure(DiagnosticRenderer().render(context.diagnostics))
        }
        return profile
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
