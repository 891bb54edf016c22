import Foundation
import TestSupport
import Testing

@testable import AdvisoryCore

/// Each folder under `Fixtures/bad/` is a ruleset with known problems; `expected.txt` beside it
/// holds the exact text `advisor validate` prints for it, with the folder's path as `RULESET`.
/// Re-record on purpose with `RECORD_GOLDEN=1 swift test --filter GoldenDiagnosticTests`.
@Suite("Golden diagnostics for bad rulesets")
struct GoldenDiagnosticTests {
    @Test("diagnostic text matches expected.txt", arguments: Fixtures.badRulesets())
    func golden(name: String) throws {
        let folder = try Fixtures.path("bad/\(name)")
        let (_, diagnostics) = RulesetLoader.load(directory: folder)
        let actual = renderStable(diagnostics, replacing: folder, with: "RULESET")
        Golden.check(actual, against: Fixtures.sourceRoot.appendingPathComponent("bad/\(name)/expected.txt"))
        #expect(diagnostics.hasErrors || name.hasPrefix("warning-"), "every bad fixture but warning-* has an error")
    }

    @Test func thereAreEnoughFixtures() {
        #expect(Fixtures.badRulesets().count >= 15)
    }
}
