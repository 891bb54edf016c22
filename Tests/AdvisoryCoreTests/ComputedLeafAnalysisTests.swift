import Testing
import YAML

@testable import AdvisoryCore

/// Static analysis of trend and expression leaves: each is a slot of its own, independent of the
/// indicators it is computed from (an over-approximation, docs/static-analysis.md). What it proves
/// holds for every profile; what it cannot see is a clash between a value and a quantity computed
/// from it.
@Suite struct ComputedLeafAnalysisTests {
    typealias Analysis = StaticAnalysisTests

    static func condition(_ text: String) throws -> (Ruleset, Condition) {
        let (ruleset, rule) = try Analysis.ruleset(with: text)
        return (ruleset, rule.condition)
    }

    static func neverTrue(_ text: String) throws -> Bool {
        let (ruleset, condition) = try condition(text)
        let space = try #require(ConditionSpace([condition], ruleset: ruleset, budget: AnalysisBudget()))
        return ConditionAnalysis.neverTrue(condition, in: space) != nil
    }

    @Test func clashesOfOneQuantityAreFound() throws {
        // A trend in a flow list is quoted: its comma would end the item.
        #expect(try Self.neverTrue("all: ['change(x, 2) > 1', 'change(x, 2) < 0']"))
        #expect(try Self.neverTrue("all: [x - y >= 2, x - y < 1]"))
        #expect(try Self.neverTrue("all: ['slope(x, 5) > 0', not: 'slope(x, 5) > -1']"))
        // Different windows, operators or operands are different quantities.
        #expect(try !Self.neverTrue("all: ['change(x, 2) > 1', 'change(x, 3) < 0']"))
        #expect(try !Self.neverTrue("all: ['change(x, 2) > 1', 'slope(x, 2) < 0']"))
        #expect(try !Self.neverTrue("all: [x - y > 1, y - x > 1]"))
        #expect(try !Self.neverTrue("all: [x - y > 1, x + y < 0]"))
    }

    /// The documented blind spot: the analysis does not relate a quantity to its operands.
    @Test func clashesBetweenAValueAndItsQuantityAreNotSeen() throws {
        #expect(try !Self.neverTrue("all: [x >= 5, y <= 1, x - y < 0]"))
    }

    /// `x - x` reads one indicator twice; the analysis treats it as any other expression.
    @Test func aConditionReadingOnlyQuantitiesIsNeverAlwaysTrue() throws {
        let (ruleset, condition) = try Self.condition("any: [x - y > 0, x - y <= 0]")
        let space = try #require(ConditionSpace([condition], ruleset: ruleset, budget: AnalysisBudget()))
        // Missing (or not applicable, as y may be) leaves it unknown or false.
        #expect(ConditionAnalysis.alwaysTrue(condition, in: space) == nil)
    }

    // MARK: Soundness against brute force

    /// For random conditions mixing values, trends and expressions, every claim of the analysis
    /// (never true, always true, one implies another) holds on every profile that matters; for
    /// conditions without computed leaves the answers are exact as before.
    @Test func analysisClaimsHoldForEveryProfile() throws {
        var random = SeededRandom(seed: 16_042_025)
        let base = try Analysis.ruleset(with: "x > 1").0
        let profiles = Self.profiles()
        var claims = 0
        var exact = 0
        for _ in 0..<500 {
            let first = Analysis.randomCondition(&random, depth: 3, leaf: Self.randomLeaf)
            let second = Analysis.randomCondition(&random, depth: 2, leaf: Self.randomLeaf)
            let ruleset = Analysis.ruleset(base, conditions: [first, second])
            let compiled = try CompiledRuleset(ruleset)
            let truths = profiles.map { profile -> [Truth] in
                var tracer = NoTracer()
                return compiled.evaluateRules(compiled.vector(for: profile), tracer: &tracer)
            }
            let space = try #require(ConditionSpace([first], ruleset: ruleset, budget: AnalysisBudget()))
            let never = ConditionAnalysis.neverTrue(first, in: space) != nil
            let always = ConditionAnalysis.alwaysTrue(first, in: space) != nil
            let implies = ConditionAnalysis.implies(first, second, ruleset: ruleset, budget: AnalysisBudget())
            let bruteNever = truths.allSatisfy { $0[0] != .true }
            let bruteAlways = truths.allSatisfy { $0[0] == .true }
            let bruteImplies = truths.allSatisfy { $0[0] != .true || $0[1] == .true }
            let text = CanonicalCondition.text(first)
            #expect(!never || bruteNever, "claimed never true: \(text)")
            #expect(!always || bruteAlways, "claimed always true: \(text)")
            #expect(!implies || bruteImplies, "claimed \(text) implies \(CanonicalCondition.text(second))")
            let computed = (first.leaves + second.leaves).contains { $0.measure != .value }
            if !computed {
                #expect(never == bruteNever && always == bruteAlways && implies == bruteImplies, "exact: \(text)")
                exact += 1
            } else if never || always || implies {
                claims += 1
            }
        }
        // The random conditions make the analysis prove things about computed leaves.
        #expect(claims > 20)
        #expect(exact > 20)
    }

    /// x (literals 1…3) with a history two years back for its trends, y (applies if gate)
    /// missing, 0…3 or not applicable: every region of every literal below for each quantity.
    static func profiles() -> [Profile] {
        let xs: [Double?] = [nil, 0.5, 1, 1.5, 2, 2.5, 3, 3.5]
        let deltas: [Double?] = [nil, -3, -2, -1, -0.5, 0, 0.5, 1, 2, 3]
        let ys: [(y: Double?, gate: Bool?)] = [(nil, nil), (0, true), (1, true), (2, true), (3, true), (2, false)]
        var profiles: [Profile] = []
        for x in xs {
            for delta in x == nil ? [nil] : deltas {
                for (y, gate) in ys {
                    var indicators: [String: IndicatorValue] = [:]
                    if let x {
                        var value = IndicatorValue(value: .number(x), year: 2024)
                        if let delta {
                            value.series = [
                                SeriesPoint(year: 2022, value: x - delta), SeriesPoint(year: 2024, value: x),
                            ]
                        }
                        indicators["x"] = value
                    }
                    if let y { indicators["y"] = IndicatorValue(value: .number(y)) }
                    if let gate { indicators["gate"] = IndicatorValue(value: .bool(gate)) }
                    profiles.append(
                        Profile(
                            path: "", country: Country(code: "T", name: "T", year: 2024), indicators: indicators,
                            instruments: [:], contentHash: ""))
                }
            }
        }
        return profiles
    }

    /// Leaves over x, y, change(x, 2), slope(x, 2), x - y and x / y.
    static func randomLeaf(_ random: inout SeededRandom) -> Leaf {
        let operators = ComparisonOperator.allCases
        let op = operators[random.next(operators.count)]
        var reference = Reference.indicator("x")
        var measure = Leaf.Measure.value
        let threshold: Double
        switch random.next(6) {
        case 0: threshold = Double(1 + random.next(3))
        case 1:
            reference = .indicator("y")
            threshold = Double(1 + random.next(2))
        case 2:
            measure = .change(years: 2)
            threshold = Double(random.next(3) - 1)
        case 3:
            measure = .slope(years: 2)
            threshold = Double(random.next(3) - 1)
        case 4:
            measure = .arithmetic(.subtract, "y")
            threshold = Double(random.next(3) - 1)
        default:
            measure = .arithmetic(.divide, "y")
            threshold = [0.5, 1, 2][random.next(3)]
        }
        var leaf = Leaf(
            reference: reference, test: .compare(op, .number(threshold)), text: "", location: Analysis.place,
            valueLocation: Analysis.place)
        leaf.measure = measure
        leaf.text = "\(leaf.subject) \(op.rawValue) \(NumberFormat.plain(threshold))"
        return leaf
    }
}
