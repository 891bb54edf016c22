import Testing

@testable import AdvisoryCore

/// Trend leaves (`change(REF, YEARS)`, `slope(REF, YEARS)`) and expression leaves (`a - b`):
/// their arithmetic against hand-computed values, their truth over missing, short and
/// not-applicable data, data gaps, the lean path, explanations and what-if.
@Suite("Trends and expressions")
struct TrendAndExpressionTests {
    static let catalog = """
        indicators:
          - {id: a, type: number, range: [0, 10], unit: score}
          - {id: b, type: number, range: [0, 10], unit: score}
          - {id: gate, type: boolean}
          - {id: g, type: number, range: [0, 10], applies_if: gate == true}
          - {id: rl, type: number, range: [-2.5, 2.5], unit: index}
        threats:
          - {id: t1, title: Threat one}

        """

    static func ruleset(_ when: String) throws -> Ruleset {
        try TestRulesets.ruleset(
            body: catalog + """
                rules:
                  - id: R
                    when: "\(when)"
                    then: {threats: [t1]}

                """)
    }

    static func profile(_ indicators: String, _ ruleset: Ruleset) throws -> Profile {
        try TestRulesets.profile(
            "country: {code: XX, name: Test, year: 2024}\nindicators: \(indicators)\n", ruleset: ruleset)
    }

    /// The rule's truth and evaluation for one leaf on the profile's indicators.
    static func evaluate(_ when: String, _ indicators: String) throws -> (Truth, Evaluation) {
        let ruleset = try ruleset(when)
        let evaluation = try Evaluator(ruleset: ruleset).evaluate(profile(indicators, ruleset), on: .unixEpoch)
        return (evaluation.ruleTruths[0], evaluation)
    }

    static func points(_ pairs: [(Int, Double)]) -> [SeriesPoint] {
        pairs.map { SeriesPoint(year: $0.0, value: $0.1) }
    }

    // MARK: Arithmetic of trends

    @Test func windowIsTheYearsBeforeTheLatestPoint() {
        let series = Self.points([(2015, 1), (2018, 2), (2019, 3), (2021, 4), (2023, 5)])
        #expect(SeriesTrend.window(series, years: 5).map(\.year) == [2018, 2019, 2021, 2023])
        #expect(SeriesTrend.window(series, years: 4).map(\.year) == [2019, 2021, 2023])
        #expect(SeriesTrend.window(series, years: 1).map(\.year) == [2023])
        #expect(SeriesTrend.window([], years: 3).isEmpty)
        // Years at the ends of the integers do not overflow.
        let extreme = Self.points([(Int.min, 1), (Int.min + 1, 2)])
        #expect(SeriesTrend.window(extreme, years: 5).count == 2)
        #expect(SeriesTrend.change(extreme, years: 5) == 1)
        #expect(SeriesTrend.slope(Self.points([(Int.min, 1), (Int.max, 2)]), years: 1000) == nil)
    }

    @Test func changeAgainstHandComputedValues() {
        // 2018 → 2023: -0.73 − (-0.31) = -0.42 (the 2015 point is outside five years).
        let series = Self.points([(2015, 0.2), (2018, -0.31), (2020, -0.52), (2023, -0.73)])
        #expect(SeriesTrend.change(series, years: 5) == -0.42)
        // A gap: 2020 is the earliest point within four years of 2023.
        #expect(SeriesTrend.change(series, years: 4) == -0.21)
        #expect(SeriesTrend.change(series, years: 2) == nil) // one point
        #expect(SeriesTrend.change(Self.points([(2023, 1)]), years: 5) == nil)
    }

    @Test func slopeAgainstHandComputedValues() {
        // Years 2019…2023 (x̄ = 2021), values 1, 2, 2, 4, 6 (ȳ = 3): Σxy = 11, Σx² = 10.
        let series = Self.points([(2019, 1), (2020, 2), (2021, 2), (2022, 4), (2023, 6)])
        #expect(SeriesTrend.slope(series, years: 4) == 1.2)
        // Two points: the change over the span.
        #expect(SeriesTrend.slope(Self.points([(2018, 10), (2023, 7.5)]), years: 5) == -0.5)
        // Uneven years: (2016, 0), (2017, 1), (2023, 2): x̄ = 2018⅔, ȳ = 1, Σxy = 7, Σx² = 86/3.
        let uneven = SeriesTrend.slope(Self.points([(2016, 0), (2017, 1), (2023, 2)]), years: 10) ?? 0
        #expect(abs(uneven - 21.0 / 86.0) < 1e-12)
        #expect(SeriesTrend.slope(Self.points([(2023, 6)]), years: 4) == nil)
    }

    @Test func binaryNoiseDoesNotDecideComparisons() {
        #expect(NumberFormat.withoutBinaryNoise(6.3 - 4.3) == 2)
        #expect(NumberFormat.withoutBinaryNoise(0.1 + 0.2) == 0.3)
        #expect(NumberFormat.withoutBinaryNoise(-0.73 - -0.31) == -0.42)
        #expect(NumberFormat.withoutBinaryNoise(1e-12) == 1e-12)
        #expect(NumberFormat.withoutBinaryNoise(1.25e17) == 1.25e17)
    }

    // MARK: Truth of trend leaves

    @Test(
        "a trend fires, does not fire, or is unknown for lack of points",
        arguments: [
            ("{rl: {series: {2018: -0.31, 2020: -0.52, 2023: -0.73}}}", Truth.true),
            ("{rl: {series: {2018: -0.31, 2020: -0.30, 2023: -0.29}}}", Truth.false),
            // One point in the window: the earlier one is more than five years before 2023.
            ("{rl: {series: {2015: 0.5, 2023: -0.73}}}", Truth.unknown),
            ("{rl: -0.73}", Truth.unknown),
            ("{}", Truth.unknown),
        ])
    func trendTruth(indicators: String, expected: Truth) throws {
        let (truth, evaluation) = try Self.evaluate("change(rl, 5) <= -0.3", indicators)
        #expect(truth == expected)
        if expected == .unknown {
            #expect(evaluation.dataGaps == [DataGap(rule: "R", missing: ["rl"])])
        }
    }

    @Test func slopeLeaf() throws {
        let rising = "{a: {series: {2019: 1, 2020: 2, 2021: 2, 2022: 4, 2023: 6}}}"
        #expect(try Self.evaluate("slope(a, 4) >= 1.2", rising).0 == .true)
        #expect(try Self.evaluate("slope(a, 4) > 1.2", rising).0 == .false)
    }

    @Test func trendOfAnIndicatorThatDoesNotApplyIsFalse() throws {
        let indicators = "{gate: false, g: {series: {2020: 1, 2023: 9}}}"
        let (truth, evaluation) = try Self.evaluate("change(g, 5) > 3", indicators)
        #expect(truth == .false)
        #expect(evaluation.dataGaps.isEmpty)
        #expect(try Self.evaluate("change(g, 5) > 3", "{gate: true, g: {series: {2020: 1, 2023: 9}}}").0 == .true)
    }

    // MARK: Truth of expressions

    @Test(
        "an expression compares the computed value, decimals as written",
        arguments: [
            ("a - b >= 2", "{a: 6.3, b: 4.3}", Truth.true),
            ("a - b >= 2", "{a: 6.2, b: 4.3}", Truth.false),
            ("a + b == 0.3", "{a: 0.1, b: 0.2}", Truth.true),
            ("a * b > 20", "{a: 4.5, b: 5}", Truth.true),
            ("a / b < 0.5", "{a: 2, b: 5}", Truth.true),
            ("a / b < 0.5", "{a: 3, b: 5}", Truth.false),
        ])
    func expressionTruth(when: String, indicators: String, expected: Truth) throws {
        #expect(try Self.evaluate(when, indicators).0 == expected)
    }

    @Test func divisionByZeroIsUnknownAndNamesTheDivisor() throws {
        let (truth, evaluation) = try Self.evaluate("a / b < 0.5", "{a: 2, b: 0}")
        #expect(truth == .unknown)
        #expect(evaluation.dataGaps == [DataGap(rule: "R", missing: ["b"])])
    }

    @Test func aMissingOperandIsUnknownAndListed() throws {
        let (truth, evaluation) = try Self.evaluate("a - b >= 2", "{a: 6}")
        #expect(truth == .unknown)
        #expect(evaluation.dataGaps == [DataGap(rule: "R", missing: ["b"])])
        #expect(try Self.evaluate("a - b >= 2", "{}").1.dataGaps == [DataGap(rule: "R", missing: ["a", "b"])])
    }

    @Test func anOperandThatDoesNotApplyMakesTheExpressionNotApplicable() throws {
        // Not applicable wins over missing: the comparison is false and no data gap.
        for indicators in ["{gate: false, g: 3, a: 1}", "{gate: false, g: 3}"] {
            let (truth, evaluation) = try Self.evaluate("a - g < 5", indicators)
            #expect(truth == .false, "\(indicators)")
            #expect(evaluation.dataGaps.isEmpty)
        }
        #expect(try Self.evaluate("a - g >= 5", "{gate: false, g: 3, a: 1}").0 == .false)
    }

    // MARK: The lean path

    /// A changed operand changes the expression: the lean evaluator decides it from the vector.
    @Test func leanPathRecomputesExpressionsFromTheVector() throws {
        let ruleset = try Self.ruleset("a - b >= 2")
        let compiled = try CompiledRuleset(ruleset)
        let lean = LeanEvaluator(compiled, date: .unixEpoch)
        var vector = compiled.rawVector(for: try Self.profile("{a: 5, b: 4}", ruleset))
        #expect(lean.evaluate(vector).ruleTruths == [.false])
        vector.setValue(6.3, at: try #require(compiled.indicatorSlot("a")))
        vector.setValue(4.3, at: try #require(compiled.indicatorSlot("b")))
        #expect(lean.evaluate(vector).ruleTruths == [.true])
        vector.setValue(nil, at: try #require(compiled.indicatorSlot("b")))
        #expect(lean.evaluate(vector).ruleTruths == [.unknown])
        #expect(vector.indicatorCount == ruleset.indicators.count)
    }

    /// A trend comes from the series when the vector is built; removing the value removes it.
    @Test func leanPathKeepsTrendsOfTheSeries() throws {
        let ruleset = try Self.ruleset("change(rl, 5) <= -0.3")
        let compiled = try CompiledRuleset(ruleset)
        let lean = LeanEvaluator(compiled, date: .unixEpoch)
        let profile = try Self.profile("{rl: {series: {2018: -0.31, 2023: -0.73}}}", ruleset)
        var vector = compiled.rawVector(for: profile)
        var result = LeanEvaluation(for: compiled)
        lean.evaluate(vector, into: &result)
        #expect(result.ruleTruths == [.true])
        let slot = try #require(compiled.indicatorSlot("rl"))
        vector.setValue(nil, at: slot)
        lean.evaluate(vector, into: &result)
        #expect(result.ruleTruths == [.unknown])
        vector.setValue(-0.73, at: slot)
        lean.evaluate(vector, into: &result)
        #expect(result.ruleTruths == [.true])
    }

    // MARK: Explanations

    @Test func aTrendExplainsItsPointsAndComputedChange() throws {
        let ruleset = try Self.ruleset("change(rl, 5) <= -0.3")
        let profile = try Self.profile(
            "{rl: {series: {2015: 0.2, 2018: -0.31, 2020: -0.52, 2023: -0.73}, source: WGI}}", ruleset)
        let explanation = Explainer(try CompiledRuleset(ruleset)).explain(rule: 0, profile)
        let leaf = try #require(explanation.leaves.first)
        #expect(leaf.truth == .true)
        #expect(leaf.value == "-0.42 index")
        #expect(leaf.points == Self.points([(2018, -0.31), (2020, -0.52), (2023, -0.73)]))
        #expect(leaf.year == 2023)
        #expect(leaf.source == "WGI")
        #expect(abs((leaf.margin ?? 0) - -0.12) < 1e-12)
        #expect(leaf.reference == "rl")
    }

    @Test func anExpressionExplainsItsOperandsAndComputedValue() throws {
        let ruleset = try Self.ruleset("a - b >= 2")
        let profile = try Self.profile("{a: {value: 6.9, year: 2023}, b: 4.5}", ruleset)
        let explainer = Explainer(try CompiledRuleset(ruleset))
        let leaf = try #require(explainer.explain(rule: 0, profile).leaves.first)
        #expect(leaf.value == "2.4 score")
        #expect(
            leaf.operands == [
                LeafOperand(reference: "a", value: "6.9 score", year: 2023, notApplicable: false),
                LeafOperand(reference: "b", value: "4.5 score", year: nil, notApplicable: false),
            ])
        // The single change that flips it: b at the value that makes the gap just under 2.
        let counterfactual = try #require(explainer.counterfactual(rule: 0, profile))
        #expect(counterfactual.result == .false)
        #expect(["a", "b"].contains(counterfactual.reference))
        let changed = ProfileOverride(
            reference: .indicator(counterfactual.reference),
            value: .number(Double(counterfactual.to.split(separator: " ")[0]) ?? 0),
            status: nil
        ).apply(to: profile)
        #expect(try Evaluator(ruleset: ruleset).evaluate(changed, on: .unixEpoch).ruleTruths == [.false])
    }

    @Test func anExpressionOverAnIndicatorThatDoesNotApplySaysWhy() throws {
        let ruleset = try Self.ruleset("a - g < 5")
        let profile = try Self.profile("{gate: false, g: 3, a: 1}", ruleset)
        let leaf = try #require(Explainer(try CompiledRuleset(ruleset)).explain(rule: 0, profile).leaves.first)
        #expect(leaf.value == nil)
        #expect(leaf.notApplicable == "g applies only if gate == true; here gate is false")
        #expect(leaf.operands?.map(\.notApplicable) == [false, true])
    }

    // MARK: What-if

    @Test func whatIfKeepsTheSeriesAndMakesTheNewValueTheLatestPoint() throws {
        let ruleset = try Self.ruleset("change(rl, 5) <= -0.3")
        let profile = try Self.profile("{rl: {series: {2019: -0.31, 2023: -0.5}}}", ruleset)
        let evaluator = try Evaluator(ruleset: ruleset)
        #expect(evaluator.evaluate(profile, on: .unixEpoch).ruleTruths == [.false])
        guard case .success(let change) = ProfileOverride.parse("rl=-0.9", ruleset: ruleset) else {
            Issue.record("rl=-0.9 did not parse")
            return
        }
        let changed = change.apply(to: profile)
        #expect(changed.indicators["rl"]?.series == Self.points([(2019, -0.31), (2023, -0.5), (2024, -0.9)]))
        #expect(evaluator.evaluate(changed, on: .unixEpoch).ruleTruths == [.true])
    }
}
