import LargeInputs
import TestSupport
import Testing
import YAML

@testable import AdvisoryCore

/// The static-analysis stages (PA501–PA507): one fixture ruleset per finding, a clean one
/// with none, and a comparison with brute-force evaluation over every profile.
@Suite struct StaticAnalysisTests {
    /// The analysis findings of a fixture, as `code line:column message`. Double counting
    /// (PA508) is left out unless asked for: the fixtures of the other findings raise one threat
    /// from a few indicators on purpose.
    private func findings(_ fixture: String, doubleCounting: Bool = false) throws -> [String] {
        let (ruleset, diagnostics) = RulesetLoader.load(
            directory: try RuleTestFixtures.path(fixture), checks: RulesetChecks.all)
        #expect(ruleset != nil)
        #expect(!diagnostics.hasErrors)
        return diagnostics.sortedForDisplay().filter { doubleCounting || $0.code != .doubleCounting }.map {
            "\($0.code.rawValue) \($0.location?.mark.description ?? "-") \($0.message)"
        }
    }

    @Test func cleanRulesetsHaveNoFinding() throws {
        #expect(try findings("analysis/clean", doubleCounting: true) == [])
        #expect(try findings("basic") == [])
    }

    @Test("PA508: rules of different groups raising one threat from common data, context indicators aside")
    func doubleCounting() throws {
        #expect(
            try findings("analysis/double-counting", doubleCounting: true) == [
                "PA508 23:13 rules 'D-1' and 'D-2' both raise 't' from 'gti' but count as separate lines of evidence (groups 'D-1' and 'D-2'): possible double counting",
                "PA508 28:11 rules 'D-2' and 'D-3' both raise 't' from 'gti' but count as separate lines of evidence (groups 'D-2' and 'D-1'): possible double counting",
                "PA508 42:22 rules 'D-6' and 'D-7' both raise 't' from 'instrument.i' but count as separate lines of evidence (groups 'D-6' and 'D-7'): possible double counting",
            ])
        let (_, diagnostics) = RulesetLoader.load(
            directory: try RuleTestFixtures.path("analysis/double-counting"), checks: RulesetChecks.all)
        let first = try #require(diagnostics.sortedForDisplay().first { $0.code == .doubleCounting })
        #expect(first.severity == .warning)
        #expect(first.notes.map(\.message) == ["'D-1' reads 'gti' here"])
        #expect(first.notes.map { $0.location?.mark } == [Mark(line: 19, column: 11)])
        #expect(first.help?.contains("put them in one group") == true)
    }

    @Test func analysisRunsInValidateOnly() {
        #expect(
            RulesetChecks.all.map(\.name) == RulesetChecks.standard.map(\.name) + [
                "unsatisfiable-conditions", "always-true-conditions", "duplicate-conditions", "subsumed-rules",
                "unreferenced-entries", "unraisable-threats", "unrecommended-strategies", "double-counting",
            ])
    }

    @Test func unsatisfiableConditions() throws {
        #expect(
            try findings("analysis/unsatisfiable") == [
                "PA501 30:7 the condition of rule 'U-1' can never be true, so the rule never fires: 'x < 1' clashes with 'x > 2'",
                "PA501 34:7 the condition of rule 'U-2' can never be true, so the rule never fires: 'instrument.i == party' clashes with 'instrument.i == none'",
                "PA501 38:7 the condition of rule 'U-3' can never be true, so the rule never fires: 'y is missing' clashes with 'y >= 3'",
                "PA501 44:11 this part of the condition of rule 'U-4' can never be true: 'tier == a' clashes with 'tier == b'",
            ])
    }

    @Test func unsatisfiableNamesTheClashingLeavesInNotes() throws {
        let (_, diagnostics) = RulesetLoader.load(
            directory: try RuleTestFixtures.path("analysis/unsatisfiable"), checks: RulesetChecks.all)
        let first = try #require(diagnostics.sortedForDisplay().first)
        #expect(first.severity == .warning)
        #expect(first.notes.map(\.message) == ["clashing leaf 'x < 1'", "clashing leaf 'x > 2'"])
        #expect(first.notes.map { $0.location?.mark } == [Mark(line: 30, column: 13), Mark(line: 30, column: 20)])
    }

    @Test func alwaysTrueConditions() throws {
        #expect(
            try findings("analysis/always-true") == [
                "PA502 31:7 the condition of rule 'A-1' is true for every profile (missing values included), so the rule always fires: 'y is missing' or 'y is present' covers every case",
                "PA502 41:11 this part of the condition of rule 'A-3' is true for every profile (missing values included): 'flag == true' or 'flag == false' or 'flag is missing' covers every case",
            ])
    }

    @Test func duplicateConditions() throws {
        #expect(
            try findings("analysis/duplicate-condition") == [
                "PA503 30:7 rule 'D-1' has the same condition as rule 'C-2'"
            ])
    }

    @Test func subsumedRules() throws {
        #expect(
            try findings("analysis/subsumed-rule") == [
                "PA504 30:7 rule 'S-1' is subsumed by rule 'C-1': it fires only when rule 'C-1' also fires and names the same threats, strategies and instruments, so it only adds weight to the same findings"
            ])
    }

    @Test("PA504 within one evidence group says the narrower rule adds nothing unless it is the stronger")
    func subsumedWithinAGroup() throws {
        let folder = try TestRulesets.folder([
            "ruleset.yaml": TestRulesets.header + """
                indicators: [{id: x, type: number}]
                threats: [{id: t, title: T}]
                rules:
                  - {id: A, group: g, confidence: 0.6, when: x > 1, then: {threats: [t]}}
                  - {id: B, group: g, confidence: 0.3, when: {all: [x > 1, x < 9]}, then: {threats: [t]}}

                """
        ])
        defer { removeTemporaryFolder(folder) }
        let messages = RulesetLoader.load(directory: folder, checks: RulesetChecks.all).1.map(\.message)
        #expect(
            messages.contains(
                "rule 'B' is subsumed by rule 'A': it fires only when rule 'A' also fires and names the same threats, strategies and instruments, so in their shared group 'g' it adds nothing unless it is the stronger"
            ))
    }

    @Test func unreferencedEntries() throws {
        #expect(
            try findings("analysis/unreferenced-entry") == [
                "PA505 8:5 indicator 'z' is not read by any rule condition or 'because' text",
                "PA505 13:5 priority 'q' has no strategy",
                "PA505 18:5 instrument 'j' is named by no rule or strategy, so no report can list it",
            ])
    }

    @Test func unraisableThreats() throws {
        #expect(
            try findings("analysis/unraisable-threat") == [
                "PA506 10:5 threat 't2' is named by no rule, so no report can raise it",
                "PA506 11:5 threat 't3' can never be raised: the only rules naming it (N-1) can never fire",
                "PA501 32:7 the condition of rule 'N-1' can never be true, so the rule never fires: 'x >= 8' clashes with 'x <= 2'",
            ])
    }

    @Test func unrecommendedStrategies() throws {
        #expect(
            try findings("analysis/unrecommended-strategy") == [
                "PA507 14:5 strategy 's2' is named by no rule, so it is never recommended"
            ])
    }

    // MARK: Kleene logic

    @Test(
        "conditions decided by the analysis",
        arguments: [
            // (condition, never true, always true)
            ("any: [x < 5, x >= 5]", false, false), // unknown when x is missing
            ("any: [x is missing, x is present]", false, true),
            ("any: [x is missing, x < 5, x >= 5]", false, true),
            ("all: [x < 5, x >= 5]", true, false),
            ("all: [x <= 2, x >= 2]", false, false), // x == 2
            ("all: [x < 2, x > 1.999]", false, false),
            ("all: [x != 1, x == 1]", true, false),
            ("all: [\"x in [1, 2]\", x > 2]", true, false),
            ("not: {any: [x < 5, x >= 5]}", true, false), // true would need x present and on neither side
            ("not: x is missing", false, false),
            ("any: [flag == true, flag == false]", false, false),
            ("any: [flag == true, flag != true, flag is missing]", false, true),
            ("all: [tier != a, tier != b, tier != c]", true, false),
            ("any: [\"tier in [a, b]\", tier == c, tier is missing]", false, true),
            (
                "all: [instrument.i != party, instrument.i != signatory, instrument.i != none, instrument.i != withdrawn]",
                true, false
            ),
            ("at_least: {count: 2, of: [x < 1, x > 2, flag == true]}", false, false),
            ("at_least: {count: 2, of: [x < 1, x > 2, x is missing]}", true, false),
            ("at_least: {count: 1, of: [x is missing, x is present]}", false, true),
            ("not: {at_least: {count: 1, of: [x is missing, x is present]}}", true, false),
        ])
    func decided(condition: String, neverTrue: Bool, alwaysTrue: Bool) throws {
        let (ruleset, rule) = try Self.ruleset(with: condition)
        let space = try #require(ConditionSpace([rule.condition], ruleset: ruleset, budget: AnalysisBudget()))
        #expect((ConditionAnalysis.neverTrue(rule.condition, in: space) != nil) == neverTrue)
        #expect((ConditionAnalysis.alwaysTrue(rule.condition, in: space) != nil) == alwaysTrue)
    }

    @Test(
        "implication between conditions",
        arguments: [
            ("all: [x >= 5, flag == true]", "x >= 5", true),
            ("x >= 5", "all: [x >= 5, flag == true]", false),
            ("x > 6", "x >= 5", true),
            ("x >= 5", "any: [x >= 5, tier == a]", true),
            ("tier == a", "tier in [a, b]", true),
            ("x is missing", "not: x > 3", false),
            ("all: [x >= 5, not: flag == true]", "flag == false", true),
        ])
    func implication(premise: String, conclusion: String, implies: Bool) throws {
        let (ruleset, first) = try Self.ruleset(with: premise)
        let (_, second) = try Self.ruleset(with: conclusion)
        #expect(
            ConditionAnalysis.implies(first.condition, second.condition, ruleset: ruleset, budget: AnalysisBudget())
                == implies)
    }

    @Test func canonicalFormIgnoresOrderAndNesting() throws {
        let pairs = [
            ("all: [x > 1, flag == true]", "all: [flag == true, x > 1.0]"),
            ("all: [x > 1, {all: [flag == true, tier == a]}]", "all: [tier == a, x > 1, flag == true]"),
            ("tier in [b, a, b]", "tier in [a, b]"),
            ("tier in [a]", "tier == a"),
            ("any: [x > 1]", "x > 1"),
        ]
        for (left, right) in pairs {
            let a = try Self.ruleset(with: left).1.condition
            let b = try Self.ruleset(with: right).1.condition
            #expect(CanonicalCondition.text(a) == CanonicalCondition.text(b), "\(left) vs \(right)")
        }
        let a = try Self.ruleset(with: "all: [x > 1, flag == true]").1.condition
        let b = try Self.ruleset(with: "any: [x > 1, flag == true]").1.condition
        #expect(CanonicalCondition.text(a) != CanonicalCondition.text(b))
    }

    /// A large `at_least` is given up on quickly instead of expanded (no finding, no hang).
    @Test func largeConditionsAreGivenUpQuickly() throws {
        let (ruleset, _) = try Self.ruleset(with: "x > 1")
        let leaves = (0..<40).map { index in
            Condition.leaf(
                Leaf(
                    reference: .indicator("x"),
                    test: .compare(index % 2 == 0 ? .greater : .less, .number(Double(index))),
                    text: "x", location: Self.place, valueLocation: Self.place))
        }
        let condition = Condition.atLeast(20, leaves, Self.place)
        let budget = AnalysisBudget()
        let space = try #require(ConditionSpace([condition], ruleset: ruleset, budget: budget))
        #expect(ConditionAnalysis.neverTrue(condition, in: space) == nil)
        #expect(ConditionAnalysis.alwaysTrue(condition, in: space) == nil)
        // The term limit stops the expansion (C(40, 20) terms) long before the budget runs out:
        // a count of work, not a time (about an eighth of the budget).
        #expect(AnalysisBudget.standardUnits - budget.remaining < AnalysisBudget.standardUnits / 4)
    }

    // MARK: Agreement with evaluation

    /// For random conditions, the analysis agrees with evaluating every profile that matters
    /// (each region around each literal, and missing, for every reference).
    @Test func analysisAgreesWithBruteForceEvaluation() throws {
        var random = SeededRandom(seed: 20_240_601)
        let base = try Self.ruleset(with: "x > 1").0
        let profiles = Self.allProfiles()
        var checkedNever = 0
        var checkedAlways = 0
        var checkedImplies = 0
        for _ in 0..<600 {
            let first = Self.randomCondition(&random, depth: 3)
            let second = Self.randomCondition(&random, depth: 2)
            let ruleset = Self.ruleset(base, conditions: [first, second])
            let evaluator = try CompiledRuleset(ruleset)
            var truths: [[Truth]] = []
            for profile in profiles {
                var tracer = NoTracer()
                truths.append(evaluator.evaluateRules(evaluator.vector(for: profile), tracer: &tracer))
            }
            let space = try #require(ConditionSpace([first], ruleset: ruleset, budget: AnalysisBudget()))
            let bruteNever = truths.allSatisfy { $0[0] != .true }
            let bruteAlways = truths.allSatisfy { $0[0] == .true }
            let bruteImplies = truths.allSatisfy { $0[0] != .true || $0[1] == .true }
            let never = ConditionAnalysis.neverTrue(first, in: space) != nil
            let always = ConditionAnalysis.alwaysTrue(first, in: space) != nil
            let implies = ConditionAnalysis.implies(first, second, ruleset: ruleset, budget: AnalysisBudget())
            #expect(never == bruteNever, "never true: \(CanonicalCondition.text(first))")
            #expect(always == bruteAlways, "always true: \(CanonicalCondition.text(first))")
            #expect(
                implies == bruteImplies, "\(CanonicalCondition.text(first)) implies \(CanonicalCondition.text(second))")
            if bruteNever { checkedNever += 1 }
            if bruteAlways { checkedAlways += 1 }
            if bruteImplies { checkedImplies += 1 }
        }
        // The random conditions reach every answer.
        #expect(checkedNever > 10)
        #expect(checkedAlways > 3)
        #expect(checkedImplies > 10)
    }

    // MARK: Helpers

    static let rulesetText = """
        ruleset: {id: t, title: T, version: 1.0.0}
        indicators:
          - {id: x, type: number}
          - {id: flag, type: boolean}
          - {id: tier, type: category, values: [a, b, c]}
          - {id: gate, type: boolean}
          - {id: y, type: number, applies_if: gate == true}
        threats: [{id: t, title: T}]
        instruments: [{id: i, title: I, kind: treaty}]
        rules:
          - id: R
            when: {CONDITION}
            then: {threats: [t]}
        """

    /// A one-rule ruleset with `condition` (YAML flow text) as the rule's condition.
    static func ruleset(with condition: String) throws -> (Ruleset, Rule) {
        let when = condition.contains(":") ? "{\(condition)}" : "\"\(condition)\""
        let file = SourceFile(
            path: "analysis.yaml", text: rulesetText.replacingOccurrences(of: "{CONDITION}", with: when))
        let node: Node
        switch SourceReader.parse(file) {
        case .success(let parsed): node = parsed
        case .failure(let diagnostic): throw diagnostic
        }
        let context = DecodingContext(file: file)
        let map = try #require(context.mapping(node, "test"))
        func items(_ key: String) throws -> [Node] {
            let value = try #require(map[key])
            return try #require(context.sequence(value, key))
        }
        let header = try #require(map["ruleset"].flatMap { HeaderDecoder.header($0, context) })
        let indicators = try items("indicators").compactMap { CatalogDecoder.indicator($0, context) }
        let threats = try items("threats").compactMap { CatalogDecoder.threat($0, context) }
        let instruments = try items("instruments").compactMap { CatalogDecoder.instrument($0, context) }
        let rules = try items("rules").compactMap { RuleDecoder.rule($0, context) }
        #expect(!context.diagnostics.hasErrors, "\(DiagnosticRenderer().render(context.diagnostics))")
        let ruleset = Ruleset(
            root: ".", header: header, indicators: indicators, threats: threats, priorities: [], strategies: [],
            instruments: instruments, rules: rules, contentHash: "", files: [])
        let rule = try #require(rules.first)
        return (ruleset, rule)
    }

    /// `base` with one rule per condition.
    static func ruleset(_ base: Ruleset, conditions: [Condition]) -> Ruleset {
        let rules = conditions.enumerated().map { index, condition in
            var rule = base.rules[0]
            rule.id = "R\(index)"
            rule.condition = condition
            return rule
        }
        return Ruleset(
            root: base.root, header: base.header, indicators: base.indicators, threats: base.threats, priorities: [],
            strategies: [], instruments: base.instruments, rules: rules, contentHash: "", files: [])
    }

    /// Every combination of missing and one value per region for x (literals 1, 2, 3),
    /// flag, tier, the status of i, and y (literal 2) missing, present or not applicable (its
    /// `applies_if` reads `gate`, which no random condition reads, so every state of y is
    /// reachable with every state of the others).
    static func allProfiles() -> [Profile] {
        let xs: [Double?] = [nil, 0.5, 1, 1.5, 2, 2.5, 3, 3.5]
        let flags: [Bool?] = [nil, false, true]
        let tiers: [String?] = [nil, "a", "b", "c"]
        let statuses: [InstrumentStatus?] = [nil] + InstrumentStatus.allCases
        let ys: [(y: Double?, gate: Bool?)] = [(nil, nil), (1, true), (2, true), (3, true), (2, false)]
        var profiles: [Profile] = []
        for x in xs {
            for flag in flags {
                for tier in tiers {
                    for status in statuses {
                        for (y, gate) in ys {
                            var indicators: [String: IndicatorValue] = [:]
                            if let x { indicators["x"] = IndicatorValue(value: .number(x)) }
                            if let flag { indicators["flag"] = IndicatorValue(value: .bool(flag)) }
                            if let tier { indicators["tier"] = IndicatorValue(value: .category(tier)) }
                            if let y { indicators["y"] = IndicatorValue(value: .number(y)) }
                            if let gate { indicators["gate"] = IndicatorValue(value: .bool(gate)) }
                            let instruments = status.map { ["i": InstrumentStatusEntry(status: $0)] } ?? [:]
                            profiles.append(
                                Profile(
                                    path: "", country: Country(code: "T", name: "T", year: 2024),
                                    indicators: indicators, instruments: instruments, contentHash: ""))
                        }
                    }
                }
            }
        }
        return profiles
    }

    static let place = SourceLocation(file: SourceFile(path: "random.yaml", text: ""), mark: Mark(line: 1, column: 1))

    /// A random condition `depth` combinators deep at most, over leaves made by `leaf`.
    static func randomCondition(
        _ random: inout SeededRandom, depth: Int, leaf: (inout SeededRandom) -> Leaf = randomLeaf
    ) -> Condition {
        if depth == 0 || random.next(4) == 0 { return .leaf(leaf(&random)) }
        let count = 1 + random.next(3)
        let parts = (0..<count).map { _ in randomCondition(&random, depth: depth - 1, leaf: leaf) }
        switch random.next(4) {
        case 0: return .all(parts, place)
        case 1: return .any(parts, place)
        case 2: return .not(parts[0], place)
        default: return .atLeast(1 + random.next(count), parts, place)
        }
    }

    static func randomLeaf(_ random: inout SeededRandom) -> Leaf {
        let operators = ComparisonOperator.allCases
        let reference: Reference
        let test: Leaf.Test
        switch random.next(5) {
        case 4:
            reference = .indicator("y")
            switch random.next(5) {
            case 0: test = .isMissing
            case 1: test = .isPresent
            case 2: test = .member([.number(2), .number(3)])
            default: test = .compare(operators[random.next(operators.count)], .number(2))
            }
        case 0:
            reference = .indicator("x")
            let literal = Literal.number(Double(1 + random.next(3)))
            switch random.next(5) {
            case 0: test = .isMissing
            case 1: test = .isPresent
            case 2: test = .member([literal, .number(Double(1 + random.next(3)))])
            default: test = .compare(operators[random.next(operators.count)], literal)
            }
        case 1:
            reference = .indicator("flag")
            test =
                random.next(5) == 0
                ? .isMissing : .compare(random.next(2) == 0 ? .equal : .notEqual, .bool(random.next(2) == 0))
        case 2:
            reference = .indicator("tier")
            let word = { (random: inout SeededRandom) in Literal.word(["a", "b", "c"][random.next(3)]) }
            switch random.next(4) {
            case 0: test = .member([word(&random), word(&random)])
            case 1: test = .isPresent
            default: test = .compare(random.next(2) == 0 ? .equal : .notEqual, word(&random))
            }
        default:
            reference = .instrument("i")
            let word = Literal.word(InstrumentStatus.allCases[random.next(InstrumentStatus.allCases.count)].rawValue)
            test = random.next(5) == 0 ? .isMissing : .compare(random.next(2) == 0 ? .equal : .notEqual, word)
        }
        let text = "\(reference) \(Explainer.testText(test))"
        return Leaf(reference: reference, test: test, text: text, location: place, valueLocation: place)
    }
}

/// A small deterministic generator (SplitMix64) so that the random test is reproducible.
struct SeededRandom {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Int(z % UInt64(bound))
    }
}

/// Static analysis is bounded: a few hundred kilobytes of rules once kept `validate` busy for
/// minutes (a quadratic number of rule pairs, exponential expansions, state sets as large as a
/// condition's literals).
@Suite struct AnalysisBoundsTests {
    static let header = """
        ruleset: {id: bounds, title: Bounds, version: 1.0.0}
        indicators:
          - {id: x, type: number}
        \((0..<64).map { "  - {id: b\($0), type: boolean}" }.joined(separator: "\n"))
        threats:
          - {id: t, title: T}

        """

    static func load(rules: String) throws -> [Diagnostic] {
        let folder = try TestRulesets.folder(["ruleset.yaml": header, "rules.yaml": "rules:\n" + rules])
        defer { removeTemporaryFolder(folder) }
        let (ruleset, diagnostics) = RulesetLoader.load(directory: folder, checks: RulesetChecks.all)
        #expect(ruleset != nil)
        #expect(!diagnostics.hasErrors, "\(DiagnosticRenderer().render(diagnostics.filter { $0.severity == .error }))")
        return diagnostics
    }

    /// `all: [x < 1, x > 2, x > 3, ...]`: `nodes` nodes in all, never true.
    static func clash(_ id: String, nodes: Int) -> String {
        let leaves = ["x < 1", "x > 2"] + (3..<nodes).map { "x > \($0)" }
        return "  - {id: \(id), when: {all: [\(leaves.joined(separator: ", "))]}, then: {threats: [t]}}\n"
    }

    @Test("a condition over the node limit is not analysed; one at the limit is")
    func nodeLimit() throws {
        let limit = AnalysisBudget.maxConditionNodes
        #expect(try Self.load(rules: Self.clash("AT", nodes: limit)).contains { $0.code == .unsatisfiableCondition })
        #expect(
            try !Self.load(rules: Self.clash("OVER", nodes: limit + 1)).contains { $0.code == .unsatisfiableCondition })
    }

    /// Runs the analysis stages on `ruleset` with one budget, as a load does.
    static func analyse(_ ruleset: Ruleset, budget: AnalysisBudget) -> [Diagnostic] {
        RulesetChecks.analysis.flatMap { check in
            (check as? any AnalysisCheck)?.run(ruleset, budget: budget) ?? check.run(ruleset)
        }
    }

    /// Without a budget these took from 23 s to over 300 s. With a tenth of the standard budget
    /// (to keep the test short), the analysis has spent it at the smaller size already, and a
    /// ruleset eight times as large costs at most proportionally more (the per-rule work outside
    /// the budget), not the square.
    @Test("adversarial rulesets are analysed within the budget", arguments: LargeInputs.AnalysisStress.allCases)
    func adversarial(kind: LargeInputs.AnalysisStress) throws {
        let units = AnalysisBudget.standardUnits / 10
        let size = [LargeInputs.AnalysisStress.pairs: 100, .atLeast: 2, .thresholds: 5][kind] ?? 1
        func ruleset(_ count: Int) throws -> Ruleset {
            try TestRulesets.ruleset(["ruleset.yaml": LargeInputs.analysisStress(kind, count)])
        }
        let budget = AnalysisBudget(units: units)
        _ = Self.analyse(try ruleset(size), budget: budget)
        #expect(budget.isExhausted)
        try Scaling.expectLinear(size: size) { count in
            let ruleset = try ruleset(count)
            return { Self.analyse(ruleset, budget: AnalysisBudget(units: units)) }
        }
    }

    @Test("once the budget is spent, every question is undecided")
    func exhaustedBudget() throws {
        let folder = try TestRulesets.folder([
            "ruleset.yaml": Self.header, "rules.yaml": "rules:\n" + Self.clash("C", nodes: 3),
        ])
        defer { removeTemporaryFolder(folder) }
        let ruleset = try #require(RulesetLoader.load(directory: folder).0)
        let rule = ruleset.rules[0]
        #expect(ConditionAnalysis.ruleNeverTrue(rule, ruleset: ruleset, budget: AnalysisBudget()))
        #expect(!ConditionAnalysis.ruleNeverTrue(rule, ruleset: ruleset, budget: AnalysisBudget(units: 0)))
        #expect(UnsatisfiableConditionCheck().run(ruleset, budget: AnalysisBudget(units: 0)).isEmpty)
    }
}
