import LargeInputs
import TestSupport
import Testing

@testable import AdvisoryCore

/// Paths that once took time quadratic in the size of the ruleset: each is checked for its
/// result at a small size, and for linear growth by timing it at two sizes (`Scaling`). The
/// full-size time goals are in `advisor-bench goals`.
@Suite struct LargeRulesetTests {
    /// A ruleset folder holding `text` as its `ruleset.yaml`, loaded, and removed again.
    static func load(_ text: String) throws -> (Ruleset?, [Diagnostic]) {
        let folder = try TestRulesets.folder(["ruleset.yaml": text])
        defer { removeTemporaryFolder(folder) }
        return RulesetLoader.load(directory: folder)
    }

    /// The ruleset and profile of a generated input, compiled and evaluated.
    static func evaluated(_ input: (ruleset: String, profile: String)) throws -> (
        CompiledRuleset, Profile, Evaluation
    ) {
        let ruleset = try #require(try load(input.ruleset).0)
        let profile = try TestRulesets.profile(input.profile, ruleset: ruleset)
        let compiled = try CompiledRuleset(ruleset)
        return (compiled, profile, Evaluator(compiled).evaluate(profile, on: .unixEpoch))
    }

    /// Times loading `text(size)` from a folder written once per size.
    static func expectLinearLoad(size: Int, _ text: @escaping (Int) -> String) throws {
        var folders: [String] = []
        defer { folders.forEach(removeTemporaryFolder) }
        try Scaling.expectLinear(size: size) { count in
            let folder = try TestRulesets.folder(["ruleset.yaml": text(count)])
            folders.append(folder)
            return { RulesetLoader.load(directory: folder) }
        }
    }

    @Test("parent cycles are found in linear time")
    func longParentChain() throws {
        let (_, diagnostics) = try Self.load(LargeInputs.parentChain(100))
        #expect(
            diagnostics.filter { $0.code == .parentCycle }.map(\.message)
                == ["loop1", "loop2", "loop3", "self"].map {
                    "instrument '\($0)' is its own ancestor through 'parent'"
                })
        try Self.expectLinearLoad(size: 500, LargeInputs.parentChain)
    }

    @Test("explaining a finding is linear in the rules behind it")
    func explainManyRules() throws {
        let (compiled, profile, evaluation) = try Self.evaluated(LargeInputs.threatOfManyRules(300))
        let explanation = try #require(Explainer(compiled).explain(.threat("t1"), profile, evaluation: evaluation))
        #expect(explanation.supporting.count == 100)
        #expect(explanation.others.count == 200)
        try Scaling.expectLinear(size: 1_500) { count in
            let (compiled, profile, evaluation) = try Self.evaluated(LargeInputs.threatOfManyRules(count))
            return { Explainer(compiled).explain(.threat("t1"), profile, evaluation: evaluation) as Any }
        }
    }

    @Test("explaining an instrument is linear in the strategies naming it")
    func explainInstrumentOfManyStrategies() throws {
        let (compiled, profile, evaluation) = try Self.evaluated(LargeInputs.instrumentOfManyStrategies(100))
        let explanation = try #require(Explainer(compiled).explain(.instrument("i"), profile, evaluation: evaluation))
        #expect(explanation.strategies.count == 100)
        #expect(explanation.strategies.allSatisfy { $0.recommended })
        try Scaling.expectLinear(size: 500) { count in
            let (compiled, profile, evaluation) = try Self.evaluated(LargeInputs.instrumentOfManyStrategies(count))
            return { Explainer(compiled).explain(.instrument("i"), profile, evaluation: evaluation) as Any }
        }
    }

    @Test("levels are checked for clashes in linear time")
    func manyLevels() throws {
        let count = 100
        let (ruleset, diagnostics) = try Self.load(LargeInputs.manyLevels(count))
        #expect(
            diagnostics.map(\.message) == [
                "levels 'l0' and 'clash' share the threshold \(NumberFormat.plain(1 / Double(count + 1)))"
            ])
        #expect(ruleset?.header.levels.count == count)
        try Self.expectLinearLoad(size: 1_000, LargeInputs.manyLevels)
    }

    @Test("a rule naming many threats is evaluated in linear time")
    func ruleNamingManyThreats() throws {
        let (_, _, evaluation) = try Self.evaluated(LargeInputs.ruleNamingManyThreats(100))
        #expect(evaluation.threats.count == 100)
        // A threat named twice counts once, as first named.
        #expect(evaluation.threats.allSatisfy { $0.score == 0.5 && $0.rules == ["R"] })
        try Scaling.expectLinear(size: 1_000) { count in
            let (compiled, profile, _) = try Self.evaluated(LargeInputs.ruleNamingManyThreats(count))
            return { Evaluator(compiled).evaluate(profile, on: .unixEpoch) }
        }
    }

    @Test("a large category is loaded and compiled in linear time")
    func largeCategoryLoads() throws {
        var folders: [String] = []
        defer { folders.forEach(removeTemporaryFolder) }
        try Scaling.expectLinear(size: 1_000) { count in
            let folder = try TestRulesets.folder(["ruleset.yaml": LargeInputs.largeCategory(count).ruleset])
            folders.append(folder)
            return { try CompiledRuleset(try #require(RulesetLoader.load(directory: folder).0)) }
        }
    }

    @Test("a long `in` list over a large category is analysed in linear time")
    func largeCategoryAnalysis() throws {
        try Scaling.expectLinear(size: 1_000) { count in
            let ruleset = try #require(try Self.load(LargeInputs.largeCategory(count).ruleset).0)
            return { RulesetChecks.analysis.map { $0.run(ruleset) } }
        }
    }

    @Test("membership is a binary search")
    func largeCategoryExplains() throws {
        let (compiled, profile, evaluation) = try Self.evaluated(LargeInputs.largeCategory(100))
        let explanation = try #require(Explainer(compiled).explain(.rule("K"), profile, evaluation: evaluation))
        #expect(evaluation.ruleTruths == [.true])
        // Every value fires the rule: no single change stops it.
        #expect(explanation.supporting.map(\.counterfactual) == [nil])
        try Scaling.expectLinear(size: 1_000) { count in
            let (compiled, profile, evaluation) = try Self.evaluated(LargeInputs.largeCategory(count))
            return { Explainer(compiled).explain(.rule("K"), profile, evaluation: evaluation) as Any }
        }
    }
}
