import Testing
import YAML

@testable import AdvisoryCore

/// Contract §10.2: an indicator whose `applies_if` is false is not applicable: comparisons and
/// `in` are false, `is missing` true, `is present` false; it is never a data gap; a value given
/// is ignored with a warning; where `applies_if` is unknown it behaves as in v1; a cycle is an error.
@Suite("Applicability of indicators (§10.2)")
struct ApplicabilityTests {
    static let catalog = """
        indicators:
          - {id: coastal, type: boolean, context: true}
          - {id: iuu, type: number, range: [0, 10], applies_if: coastal == true}
          - {id: tier, type: category, values: [a, b], applies_if: coastal == true}
          - {id: mercury, type: number, range: [0, 100], applies_if: instrument.minamata == party}
          - {id: depth, type: number, range: [0, 10], applies_if: iuu is present}
        threats:
          - {id: t1, title: Threat one}
        instruments:
          - {id: minamata, title: Minamata Convention, kind: treaty}

        """

    /// The truth of `when` and the evaluation, on `indicators` and `instruments` (YAML flow).
    static func evaluate(_ when: String, _ indicators: String, instruments: String = "{}") throws -> (
        Truth, Evaluation
    ) {
        let ruleset = try TestRulesets.ruleset(
            body: catalog + "rules:\n  - id: R\n    when: \"\(when)\"\n    then: {threats: [t1]}\n")
        let profile = try TestRulesets.profile(
            "country: {code: XX, name: Test, year: 2024}\nindicators: \(indicators)\ninstruments: \(instruments)\n",
            ruleset: ruleset)
        let evaluation = try Evaluator(ruleset: ruleset).evaluate(profile, on: .unixEpoch)
        return (evaluation.ruleTruths[0], evaluation)
    }

    @Test(
        "over a not-applicable indicator (value given or not), every leaf form has its fixed truth",
        arguments: [
            ("iuu > 5", Truth.false), ("iuu <= 5", .false), ("iuu == 3", .false), ("iuu != 3", .false),
            ("iuu in [3, 4]", .false), ("iuu is missing", .true), ("iuu is present", .false),
            ("tier == a", .false), ("tier != a", .false), ("tier in [a, b]", .false),
        ])
    func notApplicableLeaves(leaf: String, expected: Truth) throws {
        #expect(try Self.evaluate(leaf, "{coastal: false, iuu: 7, tier: a}").0 == expected)
        #expect(try Self.evaluate(leaf, "{coastal: false}").0 == expected)
    }

    @Test("`not` over a not-applicable comparison is true")
    func negation() throws {
        let ruleset = try TestRulesets.ruleset(
            body: Self.catalog + "rules:\n  - {id: R, when: {not: iuu > 5}, then: {threats: [t1]}}\n")
        let profile = try TestRulesets.profile(
            "country: {code: XX, name: Test, year: 2024}\nindicators: {coastal: false, iuu: 9}\n", ruleset: ruleset)
        #expect(try Evaluator(ruleset: ruleset).evaluate(profile, on: .unixEpoch).ruleTruths == [.true])
    }

    @Test(
        "where applies_if is true the indicator is read as usual; where unknown, as in v1",
        arguments: [
            ("iuu > 5", "{coastal: true, iuu: 7}", Truth.true), ("iuu > 5", "{coastal: true}", .unknown),
            ("iuu > 5", "{iuu: 7}", .true), ("iuu > 5", "{}", .unknown), ("iuu is missing", "{}", .true),
            ("iuu != 3", "{}", .unknown),
        ])
    func applicableOrUndecided(leaf: String, indicators: String, expected: Truth) throws {
        #expect(try Self.evaluate(leaf, indicators).0 == expected)
    }

    @Test("applies_if may read instrument statuses")
    func instrumentStatusGate() throws {
        #expect(try Self.evaluate("mercury > 10", "{mercury: 40}", instruments: "{minamata: none}").0 == .false)
        #expect(try Self.evaluate("mercury > 10", "{mercury: 40}", instruments: "{minamata: party}").0 == .true)
        #expect(try Self.evaluate("mercury > 10", "{mercury: 40}").0 == .true)
    }

    @Test("applicability follows chains: an indicator gated on one that does not apply")
    func chains() throws {
        // iuu does not apply, so `iuu is present` is false and depth does not apply either.
        let (truth, evaluation) = try Self.evaluate("depth > 1", "{coastal: false, iuu: 4, depth: 5}")
        #expect(truth == .false)
        #expect(evaluation.notApplicable == ["depth", "iuu", "tier"])
        #expect(try Self.evaluate("depth > 1", "{coastal: true, iuu: 4, depth: 5}").0 == .true)
    }

    @Test("a not-applicable indicator is never a data gap nor stale, and is listed, sorted")
    func neverAGap() throws {
        let (truth, evaluation) = try Self.evaluate("iuu > 5", "{coastal: false, iuu: {value: 7, year: 1990}}")
        #expect(truth == .false)
        #expect(evaluation.dataGaps.isEmpty)
        #expect(evaluation.stale.isEmpty)
        #expect(evaluation.notApplicable == ["depth", "iuu", "tier"])
        let (_, missing) = try Self.evaluate("iuu > 5", "{}")
        #expect(missing.dataGaps.map(\.missing) == [["iuu"]])
        // coastal is missing, so iuu behaves as in v1; depth applies only if iuu is present.
        #expect(missing.notApplicable == ["depth"])
    }

    @Test("a value given for an indicator that does not apply is ignored with warning PA407")
    func valueIgnoredWithWarning() throws {
        let ruleset = try TestRulesets.ruleset(
            body: Self.catalog + "rules:\n  - {id: R, when: iuu > 5, then: {threats: [t1]}}\n")
        let profile = try TestRulesets.profile(
            "country: {code: XX, name: Test, year: 2024}\nindicators:\n  coastal: false\n  iuu: 9\n",
            ruleset: ruleset)
        let warnings = Explainer(try CompiledRuleset(ruleset)).notApplicableValueWarnings(profile)
        #expect(warnings.count == 1)
        let warning = try #require(warnings.first)
        #expect(warning.code == .notApplicableValue)
        #expect(warning.severity == .warning)
        #expect(warning.location?.mark == Mark(line: 4, column: 3))
        #expect(
            warning.message
                == "'iuu' does not apply to Test: it applies only if coastal == true; here coastal is false; its value is ignored"
        )
    }

    @Test("the reason names a category value called 'unknown' as it is, and a missing value as missing")
    func categoryValueNamedUnknown() throws {
        let ruleset = try TestRulesets.ruleset(
            body: """
                indicators:
                  - {id: regime, type: category, values: [open, closed, unknown], context: true}
                  - {id: x, type: number, range: [0, 10], applies_if: regime == open}
                threats:
                  - {id: t1, title: Threat one}
                rules:
                  - {id: R, when: x > 5, then: {threats: [t1]}}

                """)
        let explainer = Explainer(try CompiledRuleset(ruleset))
        let named = try TestRulesets.profile(
            "country: {code: XX, name: Test, year: 2024}\nindicators: {regime: unknown, x: 9}\n", ruleset: ruleset)
        #expect(
            explainer.notApplicableReason(indicator: "x", named)
                == "applies only if regime == open; here regime is unknown")
        let missing = try TestRulesets.profile(
            "country: {code: XX, name: Test, year: 2024}\nindicators: {x: 9}\n", ruleset: ruleset)
        // Unknown applicability: x behaves as in v1, so there is no reason to give.
        #expect(explainer.notApplicableReason(indicator: "x", missing) == nil)
        let closed = try TestRulesets.profile(
            "country: {code: XX, name: Test, year: 2024}\nindicators: {regime: closed, x: 9}\n", ruleset: ruleset)
        #expect(
            explainer.notApplicableReason(indicator: "x", closed)
                == "applies only if regime == open; here regime is closed")
    }

    @Test("explanations say why an indicator does not apply; a because text reads 'not applicable'")
    func explanation() throws {
        let ruleset = try TestRulesets.ruleset(
            body: Self.catalog
                + "rules:\n  - {id: R, when: {not: iuu > 5}, then: {threats: [t1]}, because: \"IUU {iuu}.\"}\n")
        let profile = try TestRulesets.profile(
            "country: {code: XX, name: Test, year: 2024}\nindicators: {coastal: false, iuu: 9}\n", ruleset: ruleset)
        let explanation = Explainer(try CompiledRuleset(ruleset)).explain(rule: 0, profile)
        let leaf = try #require(explanation.leaves.first)
        #expect(leaf.value == nil)
        #expect(leaf.notApplicable == "applies only if coastal == true; here coastal is false")
        #expect(explanation.tree.children.first?.leaf?.notApplicable == leaf.notApplicable)
        #expect(explanation.because == "IUU not applicable.")
    }

    @Test("the counterfactual of a rule over a not-applicable indicator changes what decides applicability")
    func counterfactual() throws {
        let ruleset = try TestRulesets.ruleset(
            body: Self.catalog + "rules:\n  - {id: R, when: iuu > 5, then: {threats: [t1]}}\n")
        let profile = try TestRulesets.profile(
            "country: {code: XX, name: Test, year: 2024}\nindicators: {coastal: false, iuu: 9}\n", ruleset: ruleset)
        let change = try #require(Explainer(try CompiledRuleset(ruleset)).counterfactual(rule: 0, profile))
        #expect(change.reference == "coastal")
        #expect(change.to == "true")
        #expect(change.result == .true)
    }

    @Test(
        "a cycle among applies_if conditions is error PA307, spelled out",
        arguments: [
            (
                "  - {id: a, type: number, applies_if: b is present}\n  - {id: b, type: number, applies_if: a > 1}\n",
                "the 'applies_if' conditions form a cycle: a → b → a, so none of them can be decided"
            ),
            (
                "  - {id: a, type: number, applies_if: a is present}\n",
                "the 'applies_if' conditions form a cycle: a → a, so none of them can be decided"
            ),
            (
                "  - {id: a, type: number, applies_if: c == true}\n  - {id: b, type: number, applies_if: a > 1}\n"
                    + "  - {id: c, type: boolean, applies_if: b < 2}\n",
                "the 'applies_if' conditions form a cycle: a → c → b → a, so none of them can be decided"
            ),
        ])
    func cycles(indicators: String, message: String) throws {
        let folder = try TestRulesets.folder([
            "ruleset.yaml": TestRulesets.header + "indicators:\n" + indicators
        ])
        let (_, diagnostics) = RulesetLoader.load(directory: folder)
        let cycle = diagnostics.filter { $0.code == .applicabilityCycle }
        #expect(cycle.map(\.message) == [message])
        #expect(cycle.first?.severity == .error)
    }

    @Test("applies_if is checked like a rule condition: unknown references and wrong literals are errors")
    func validation() throws {
        let folder = try TestRulesets.folder([
            "ruleset.yaml": TestRulesets.header
                + "indicators:\n  - {id: a, type: number, applies_if: coastel == true}\n"
                + "  - {id: b, type: boolean, applies_if: a == yes}\n"
        ])
        let (_, diagnostics) = RulesetLoader.load(directory: folder)
        #expect(
            diagnostics.map(\.code).sorted { $0.rawValue < $1.rawValue } == [.literalTypeMismatch, .unknownReference])
    }
}
