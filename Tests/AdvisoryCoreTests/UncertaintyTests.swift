import Foundation
import Testing
import YAML

@testable import AdvisoryCore

/// Standard errors: the catalog's `stderr:` and `relative_stderr:`, the profile's `stderr`, and
/// borderline leaves in explanations (a value within 1.645 standard errors of a threshold).
@Suite struct UncertaintyTests {
    /// A ruleset whose indicators carry `extra` keys on `x`.
    static func ruleset(x extra: String = "", rules: String = Self.rules) throws -> Ruleset {
        try TestRulesets.ruleset(
            body: """
                indicators:
                  - {id: x, type: number, range: [-5, 5]\(extra)}
                  - {id: y, type: number}
                  - {id: flag, type: boolean}
                threats:
                  - {id: t, title: T}
                rules:
                \(rules)
                """)
    }

    static let rules = """
          - {id: R1, when: x <= -1.0, then: {threats: [t]}}
          - id: R2
            when: {any: [x >= 2, y > 10]}
            then: {threats: [t]}
          - id: R3
            when:
              all:
                - x < 0
                - not: y in [1, 2]
            then: {threats: [t]}
        """

    /// The catalog's diagnostics for `x` with `extra` keys, as `line:column code`.
    static func catalogDiagnostics(_ extra: String) throws -> [String] {
        let folder = try TestRulesets.folder([
            "ruleset.yaml": TestRulesets.header + "indicators:\n  - {id: x, type: \(extra)}\n"
        ])
        let (_, diagnostics) = RulesetLoader.load(directory: folder)
        return diagnostics.map { "\($0.location?.mark.description ?? "-") \($0.code.rawValue)" }
    }

    // MARK: The catalog and the profile

    @Test func catalogDefaultsAreDecoded() throws {
        let absolute = try Self.ruleset(x: ", stderr: 0.2").indicator("x")
        #expect(absolute?.uncertainty == .absolute(0.2))
        let relative = try Self.ruleset(x: ", relative_stderr: 0.05").indicator("x")
        #expect(relative?.uncertainty == .relative(0.05))
        #expect(try Self.ruleset().indicator("x")?.uncertainty == nil)
    }

    @Test(
        "catalog uncertainties are checked",
        arguments: [
            ("number, stderr: -1", "8:35 PA104"),
            ("number, relative_stderr: .inf", "8:44 PA105"),
            ("number, stderr: 1, relative_stderr: 0.1", "8:55 PA104"),
            ("boolean, stderr: 1", "8:36 PA104"),
            ("category, values: [a], relative_stderr: 0.1", "8:59 PA104"),
            ("number, stderr: high", "8:35 PA101"),
        ])
    func catalogErrors(extra: String, expected: String) throws {
        #expect(try Self.catalogDiagnostics(extra) == [expected])
    }

    @Test func theProfileWinsThenTheCatalog() throws {
        let absolute = try #require(try Self.ruleset(x: ", stderr: 0.2").indicator("x"))
        #expect(absolute.standardError(of: IndicatorValue(value: .number(-3))) == 0.2)
        #expect(absolute.standardError(of: IndicatorValue(value: .number(-3), stderr: 0.5)) == 0.5)
        // The publisher's 0 for this country wins over the catalog's default.
        #expect(absolute.standardError(of: IndicatorValue(value: .number(-3), stderr: 0)) == 0)
        let relative = try #require(try Self.ruleset(x: ", relative_stderr: 0.1").indicator("x"))
        #expect(relative.standardError(of: IndicatorValue(value: .number(-3))) == 0.1 * 3)
        let none = try #require(try Self.ruleset().indicator("x"))
        #expect(none.standardError(of: IndicatorValue(value: .number(-3))) == nil)
        let flag = try #require(try Self.ruleset().indicator("flag"))
        #expect(flag.standardError(of: IndicatorValue(value: .bool(true), stderr: 1)) == nil)
    }

    @Test func aStandardErrorOnABooleanIsAWarning() throws {
        let ruleset = try Self.ruleset()
        let file = SourceFile(
            path: "p.yaml",
            text: "country: {code: ARC, name: Arcadia, year: 2024}\nindicators:\n  flag: {value: true, stderr: 0.1}\n")
        let context = DecodingContext(file: file)
        let profile = ProfileDecoder.decode(try Parser.parse(file), ruleset: ruleset, context: context)
        #expect(profile?.indicators["flag"]?.stderr == nil)
        #expect(
            DiagnosticRenderer().render(context.diagnostics) == """
                p.yaml:3:31: warning[PA409]: 'flag' is a boolean indicator: its value is taken as certain and 'stderr' is ignored
                3 |   flag: {value: true, stderr: 0.1}
                  |                               ^
                  = help: a standard error applies to number indicators only; remove it

                """)
    }

    @Test func aStandardErrorColumnOfABooleanIsAWarning() throws {
        let ruleset = try Self.ruleset()
        let folder = try TestRulesets.folder([
            "t.csv": "code,name,year,flag,flag.stderr,x,x.stderr\nARC,Arcadia,2024,true,0.1,-1,0.5\n"
        ])
        let (profiles, diagnostics) = ProfileTable.load(folder + "/t.csv", ruleset: ruleset)
        #expect(diagnostics.map { "\($0.location?.mark.description ?? "-") \($0.code.rawValue)" } == ["1:21 PA409"])
        #expect(profiles.first?.indicators["x"]?.stderr == 0.5)
    }

    // MARK: Borderline leaves

    /// The explanation of rule `id` for `x` (with its `stderr`) and `y`.
    static func rule(_ id: String, x: String, y: String = "0", catalog: String = "") throws -> RuleExplanation {
        let ruleset = try Self.ruleset(x: catalog)
        let profile = try TestRulesets.profile(
            "country: {code: ARC, name: Arcadia, year: 2024}\nindicators: {x: \(x), y: \(y)}\n", ruleset: ruleset)
        let compiled = try CompiledRuleset(ruleset)
        return Explainer(compiled).explain(rule: try #require(ruleset.ruleIndex[id]), profile)
    }

    /// The interval shows one decimal more than the value and its error carry, so a report never
    /// prints binary or multiplication noise (−1.02 − 1.645 · 0.19 is −1.33255).
    @Test(
        "the interval's precision follows the data",
        arguments: [
            (-1.02, 0.19, -1.333, -0.707),
            (24, 2.9, 19.23, 28.77),
            (5.9, 0.4, 5.24, 6.56),
            (100, 5, 91.8, 108.2),
            (0.00001, 0.000001, 0.000008, 0.000012),
        ])
    func intervalPrecision(value: Double, stderr: Double, low: Double, high: Double) {
        let interval = LeafUncertainty.interval(value: value, stderr: stderr)
        #expect(interval.low == low)
        #expect(interval.high == high)
    }

    @Test func aValueWithinTheIntervalIsBorderline() throws {
        let rule = try Self.rule("R1", x: "{value: -1.02, stderr: 0.19}")
        let leaf = try #require(rule.leaves.first)
        #expect(leaf.uncertainty?.stderr == 0.19)
        #expect(leaf.uncertainty?.low == -1.333)
        #expect(leaf.uncertainty?.high == -0.707)
        #expect(leaf.isBorderline)
        #expect(leaf.uncertainty?.hinge == true)
        #expect(rule.hinges.map(\.condition) == ["x <= -1.0"])
        #expect(rule.tree.leaf?.uncertainty?.hinge == true)
    }

    /// The interval's ends: 1.645 standard errors away is borderline, a hair further is not.
    @Test(
        "borderline at the interval's edges",
        arguments: [
            ("{value: -2.645, stderr: 1}", true), // the lower end, exactly
            ("{value: 0.645, stderr: 1}", true), // the upper end, exactly
            ("{value: -2.6451, stderr: 1}", false),
            ("{value: 0.6451, stderr: 1}", false),
            ("{value: -1, stderr: 0.001}", true), // on the threshold
            ("{value: -1.02, stderr: 0}", nil), // certain: no interval at all
            ("-1.02", nil),
        ] as [(String, Bool?)])
    func edges(x: String, borderline: Bool?) throws {
        let leaf = try #require(try Self.rule("R1", x: x).leaves.first)
        #expect(leaf.uncertainty?.borderline == borderline)
    }

    @Test func theCatalogDefaultMakesALeafBorderline() throws {
        let absolute = try #require(try Self.rule("R1", x: "-1.1", catalog: ", stderr: 0.1").leaves.first)
        #expect(absolute.isBorderline)
        #expect(absolute.uncertainty?.stderr == 0.1)
        // 10 % of 1.1 is 0.11, and 1.645 × 0.11 = 0.181: -1.1 is within it of -1.
        let relative = try #require(try Self.rule("R1", x: "-1.1", catalog: ", relative_stderr: 0.1").leaves.first)
        #expect(relative.isBorderline)
        let far = try #require(try Self.rule("R1", x: "-3", catalog: ", stderr: 0.1").leaves.first)
        #expect(far.uncertainty?.borderline == false)
    }

    @Test func aBorderlineLeafTheRuleDoesNotHingeOn() throws {
        // R2 fires through y > 10 whatever x: x >= 2 at 1.9 ± 0.1 is borderline, not a hinge.
        let rule = try Self.rule("R2", x: "{value: 1.9, stderr: 0.1}", y: "20")
        #expect(rule.truth == .true)
        #expect(rule.leaves.map(\.isBorderline) == [true, false])
        #expect(rule.hinges.isEmpty)
        // Without y's help it does.
        let alone = try Self.rule("R2", x: "{value: 1.9, stderr: 0.1}", y: "5")
        #expect(alone.truth == .false)
        #expect(alone.hinges.map(\.condition) == ["x >= 2"])
    }

    @Test func aHingeUnderNotAndAnInList() throws {
        // R3: all [x < 0, not y in [1, 2]]; y has no error, so only x can be borderline.
        let rule = try Self.rule("R3", x: "{value: -0.1, stderr: 0.1}", y: "3")
        #expect(rule.truth == .true)
        #expect(rule.hinges.map(\.condition) == ["x < 0"])
        // A number `in` list is borderline when a member lies within the interval.
        let leaf = try #require(
            LeafUncertainty(
                value: 2.9, stderr: 0.1, thresholds: Explainer.numberThresholds(.member([.number(1), .number(3)]))))
        #expect(leaf.borderline)
    }

    @Test func negatingOneLeafOfATree() {
        func leaf(_ truth: Truth) -> ConditionTree {
            ConditionTree(kind: "leaf", count: nil, truth: truth, leaf: nil, children: [])
        }
        // at_least 2 of [true, true, false, unknown]: true; without either true leaf, unknown.
        let tree = ConditionTree(
            kind: "at_least", count: 2, truth: .true, leaf: nil,
            children: [leaf(.true), leaf(.true), leaf(.false), leaf(.unknown)])
        #expect(tree.truths(negatingLeavesAt: [0, 1, 2, 3]) == [.unknown, .unknown, .true, .true])
        // not (any [false, false]): true; negating either leaf makes it false.
        let negation = ConditionTree(
            kind: "not", count: nil, truth: .true, leaf: nil,
            children: [
                ConditionTree(
                    kind: "any", count: nil, truth: .false, leaf: nil, children: [leaf(.false), leaf(.false)])
            ])
        #expect(negation.truths(negatingLeavesAt: [0, 1]) == [.false, .false])
        // all [true, unknown] is unknown; negating the true leaf makes it false.
        let conjunction = ConditionTree(
            kind: "all", count: nil, truth: .unknown, leaf: nil, children: [leaf(.true), leaf(.unknown)])
        #expect(conjunction.truths(negatingLeavesAt: [0]) == [.false])
    }

    @Test func aFindingSaysItRestsOnABorderlineValue() throws {
        let ruleset = try Self.ruleset()
        let compiled = try CompiledRuleset(ruleset)
        let profile = try TestRulesets.profile(
            "country: {code: ARC, name: Arcadia, year: 2024}\nindicators: {x: {value: -1.02, stderr: 0.19}, y: 0}\n",
            ruleset: ruleset)
        let evaluation = Evaluator(compiled).evaluate(profile, on: .unixEpoch)
        let explanation = try #require(Explainer(compiled).explain(.threat("t"), profile, evaluation: evaluation))
        #expect(
            explanation.notes.last
                == "borderline: R1 (fired) hinges on x <= -1.0: value -1.02, 90% interval -1.333 to -0.707 (stderr 0.19), which reaches the threshold, so the measurement error alone could change the rule"
        )
    }
}
