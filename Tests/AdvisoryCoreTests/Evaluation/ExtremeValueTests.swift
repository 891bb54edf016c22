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
        let profile = try TestRulesets.profile(
            "country: {code: XX, name: X, year: 2024}\nindicators: {x: 1.7e308}", ruleset: ruleset)
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

/// A member leaf's `start` and `count` index its members, not the children of combinators.
@Suite("Member leaves")
struct MemberLeafTests {
    /// Explanations, coverage and flip costs sliced `children` with a member leaf's range: a
    /// ruleset whose first compiled node is an `in` leaf (no combinator before it) trapped in
    /// `evaluate`, `explain` and `test` with "Array index is out of range".
    @Test("a lone `in` leaf is explained and covered")
    func loneMemberLeaf() throws {
        let ruleset = try TestRulesets.ruleset(
            body: """
                indicators:
                  - {id: tier, type: category, values: [low, mid, high]}
                  - {id: x, type: number}
                threats:
                  - {id: t1, title: Threat one}
                rules:
                  - {id: R1, when: "tier in [mid, high]", then: {threats: [t1]}}
                  - {id: R2, when: "instrument.i in [party, signatory]", then: {threats: [t1]}}
                  - {id: R3, when: {not: "x in [1, 2, 3, 4, 5]"}, then: {threats: [t1]}}
                instruments:
                  - {id: i, title: I, kind: treaty}

                """)
        let profile = try TestRulesets.profile(
            "country: {code: XX, name: X, year: 2024}\nindicators: {tier: low, x: 3}", ruleset: ruleset)
        let compiled = try CompiledRuleset(ruleset)
        let explanations = Explainer(compiled).explainAll(profile)
        #expect(explanations.map(\.leaves.count) == [1, 1, 1])
        #expect(explanations.map(\.truth) == [.false, .unknown, .false])
        #expect(explanations.map(\.distance) == [1, 1, 1])
        #expect(RuleCoverage(compiled).leafCount == 3)
        #expect(Explainer(compiled).counterfactual(rule: 0, profile)?.to == "mid")
    }
}

/// A category may have a value named `unknown`.
@Suite("A category value named unknown")
struct UnknownCategoryValueTests {
    /// The counterfactual read the value `unknown` as a missing value: "(now missing)".
    @Test("the counterfactual shows the value, not 'missing'")
    func counterfactualFrom() throws {
        let ruleset = try TestRulesets.ruleset(
            body: """
                indicators:
                  - {id: status, type: category, values: [unknown, low, high]}
                threats:
                  - {id: t1, title: Threat one}
                rules:
                  - {id: R1, when: status == high, then: {threats: [t1]}}

                """)
        let explainer = Explainer(try CompiledRuleset(ruleset))
        let named = try TestRulesets.profile(
            "country: {code: XX, name: X, year: 2024}\nindicators: {status: unknown}", ruleset: ruleset)
        let change = try #require(explainer.counterfactual(rule: 0, named))
        #expect(change.from == "unknown")
        #expect(change.description == "status = high (now unknown)")
        let missing = try TestRulesets.profile("country: {code: XX, name: X, year: 2024}", ruleset: ruleset)
        #expect(explainer.counterfactual(rule: 0, missing)?.description == "status = high (now missing)")
    }
}
