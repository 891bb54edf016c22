import Foundation
import Testing
import YAML

@testable import AdvisoryCore

/// The rule-test and static-analysis fixtures under `Fixtures/ruletests`.
enum RuleTestFixtures {
    /// `Fixtures/ruletests` inside the test bundle.
    static func path(_ relative: String) throws -> String {
        try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/ruletests").appendingPathComponent(
            relative
        ).path
    }

    /// A fixture ruleset loaded with the standard checks, which must find nothing.
    static func ruleset(_ relative: String) throws -> Ruleset {
        let (ruleset, diagnostics) = RulesetLoader.load(directory: try path(relative))
        #expect(!diagnostics.hasErrors, "\(DiagnosticRenderer().render(diagnostics))")
        return try #require(ruleset)
    }

    /// Runs the tests of a fixture ruleset.
    static func run(_ relative: String, include: ((String) -> Bool)? = nil) throws -> RuleTestReport {
        let ruleset = try ruleset(relative)
        let files = RuleTestDiscovery.files(in: RuleTestDiscovery.testsFolder(ofRuleset: ruleset.root))
            .map { RuleTestDecoder.load($0, ruleset: ruleset) }
        return RuleTestRunner(try CompiledRuleset(ruleset), date: .unixEpoch).run(files, include: include)
    }

    /// Decodes a test file given as text, against a fixture ruleset.
    static func decode(_ yaml: String, ruleset: Ruleset, path: String? = nil) throws -> RuleTestFile {
        let filePath = try path ?? self.path("basic/tests/inline.yaml")
        let file = SourceFile(path: filePath, text: yaml)
        switch SourceReader.parse(file) {
        case .success(let node): return RuleTestDecoder.decode(node, file: file, ruleset: ruleset)
        case .failure(let diagnostic): return RuleTestFile(path: filePath, diagnostics: [diagnostic], tests: [])
        }
    }
}
