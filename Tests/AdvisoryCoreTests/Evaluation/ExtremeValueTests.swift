import Testing
@testable import AdvisoryCore

/// Finite inputs whose arithmetic leaves Double's range.
@Suite("Extreme values")
struct ExtremeValueTests {
    static let catalog = """
        indicators:
          - {id: x, type: number}
        threats:
          - {id: t1, title: Threat one}
        rules:
          - {id: R1, when: x > -1e308, then: {threats: [t1]}}

        """

    @Test("a margin too large for a Double is left out")
    func infiniteMargin() throws {
        let ruleset = try TestRulesets.ruleset(body: Self.catalog)
        let profile = try TestRulesets.profile("country: {code: XX, name: X, year: 2024}\nindicators: {x: 1.7e308}", ruleset: ruleset)
        let explanation = Explainer(try CompiledRuleset(ruleset)).explain(rule: 0, profile)
        #expect(explanation.truth == .true)
        #expect(explanation.leaves.map(\.margin) == [nil])
    }

    @Test("rounding to 6 decimals never makes a finite number infinite", arguments: [1e303, -1.7e308, 1.5e300])
    func roundingStaysFinite(value: Double) {
        #expect(NumberFormat.rounded(value) == value)
        #expect(NumberFormat.rounded(0.1 + 0.2) == 0.3)
    }
}
