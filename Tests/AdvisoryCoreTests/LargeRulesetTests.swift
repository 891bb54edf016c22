import Testing

@testable import AdvisoryCore

/// Checks that once took time quadratic in the size of the ruleset.
@Suite struct LargeRulesetTests {
    /// A chain of 20,000 protocols, each the parent of the one before, ending in a cycle of
    /// three: every instrument walked its whole ancestry, and loading took minutes.
    @Test("parent cycles are found in linear time", .timeLimit(.minutes(1)))
    func longParentChain() throws {
        let count = 20_000
        var instruments = (0..<count).map { "  - {id: c\($0), title: C, kind: protocol, parent: c\($0 + 1)}" }
        instruments += [
            "  - {id: c\(count), title: C, kind: protocol, parent: loop1}",
            "  - {id: loop1, title: L, kind: protocol, parent: loop2}",
            "  - {id: loop2, title: L, kind: protocol, parent: loop3}",
            "  - {id: loop3, title: L, kind: protocol, parent: loop1}",
            "  - {id: self, title: S, kind: protocol, parent: self}",
        ]
        let folder = try TestRulesets.folder([
            "ruleset.yaml": TestRulesets.header + "instruments:\n" + instruments.joined(separator: "\n") + "\n"
        ])
        defer { removeTemporaryFolder(folder) }
        let start = ContinuousClock.now
        let (_, diagnostics) = RulesetLoader.load(directory: folder)
        #expect(ContinuousClock.now - start < .seconds(20))
        #expect(
            diagnostics.filter { $0.code == .parentCycle }.map(\.message)
                == ["loop1", "loop2", "loop3", "self"].map {
                    "instrument '\($0)' is its own ancestor through 'parent'"
                })
    }

    /// Explaining a finding allocated a trace of every node of the ruleset for each rule behind
    /// it: a threat named by 40,000 rules took 26 s to explain.
    @Test("explaining a finding is linear in the rules behind it", .timeLimit(.minutes(1)))
    func explainManyRules() throws {
        let count = 40_000
        let rules = (0..<count).map { "  - {id: R\($0), when: {all: [x > \($0), y < 5]}, then: {threats: [t1]}}" }
        let ruleset = try TestRulesets.ruleset(
            body: """
                indicators:
                  - {id: x, type: number}
                  - {id: y, type: number}
                threats:
                  - {id: t1, title: Threat one}
                rules:
                \(rules.joined(separator: "\n"))

                """)
        let profile = try TestRulesets.profile(
            "country: {code: XX, name: X, year: 2024}\nindicators: {x: 100, y: 1}", ruleset: ruleset)
        let compiled = try CompiledRuleset(ruleset)
        let evaluation = Evaluator(compiled).evaluate(profile, on: .unixEpoch)
        let start = ContinuousClock.now
        let explanation = try #require(Explainer(compiled).explain(.threat("t1"), profile, evaluation: evaluation))
        #expect(ContinuousClock.now - start < .seconds(10))
        #expect(explanation.supporting.count == 100)
        #expect(explanation.others.count == count - 100)
    }

    /// Explaining an instrument searched the recommended strategies for each strategy naming
    /// it: 15,000 of them took 15 s.
    @Test("explaining an instrument is linear in the strategies naming it", .timeLimit(.minutes(1)))
    func explainInstrumentOfManyStrategies() throws {
        let count = 20_000
        let ruleset = try TestRulesets.ruleset(
            body: """
                indicators:
                  - {id: x, type: number}
                priorities:
                  - {id: p, title: P}
                instruments:
                  - {id: i, title: I, kind: treaty}
                strategies:
                \((0..<count).map { "  - {id: s\($0), title: S, priority: p, instruments: [i]}" }.joined(separator: "\n"))
                rules:
                  - {id: R, when: x > 1, then: {strategies: [\((0..<count).map { "s\($0)" }.joined(separator: ", "))]}}

                """)
        let profile = try TestRulesets.profile(
            "country: {code: XX, name: X, year: 2024}\nindicators: {x: 2}", ruleset: ruleset)
        let compiled = try CompiledRuleset(ruleset)
        let evaluation = Evaluator(compiled).evaluate(profile, on: .unixEpoch)
        let start = ContinuousClock.now
        let explanation = try #require(Explainer(compiled).explain(.instrument("i"), profile, evaluation: evaluation))
        #expect(ContinuousClock.now - start < .seconds(8))
        #expect(explanation.strategies.count == count)
        #expect(explanation.strategies.allSatisfy { $0.recommended })
    }

    /// Each level was compared with every level before it: 50,000 levels took a minute to load.
    @Test("levels are checked for clashes in linear time", .timeLimit(.minutes(1)))
    func manyLevels() throws {
        let count = 50_000
        let levels =
            (0..<count).map { "l\($0): \(Double($0 + 1) / Double(count + 1))" } + ["clash: \(1 / Double(count + 1))"]
        let folder = try TestRulesets.folder([
            "ruleset.yaml": "ruleset: {id: x, title: X, version: '1', levels: {\(levels.joined(separator: ", "))}}\n"
        ])
        defer { removeTemporaryFolder(folder) }
        let start = ContinuousClock.now
        let (ruleset, diagnostics) = RulesetLoader.load(directory: folder)
        #expect(ContinuousClock.now - start < .seconds(15))
        #expect(
            diagnostics.map(\.message) == [
                "levels 'l0' and 'clash' share the threshold \(NumberFormat.plain(1 / Double(count + 1)))"
            ])
        #expect(ruleset?.header.levels.count == count)
    }

    /// A rule's confidence for a threat was found by a search of its threats, for each threat it
    /// names: a rule naming 20,000 threats took 22 s to evaluate.
    @Test("a rule naming many threats is evaluated in linear time", .timeLimit(.minutes(1)))
    func ruleNamingManyThreats() throws {
        let count = 20_000
        let threats = (0..<count).map { "t\($0)" }
        let ruleset = try TestRulesets.ruleset(
            body: """
                indicators:
                  - {id: x, type: number}
                threats:
                \(threats.map { "  - {id: \($0), title: T}" }.joined(separator: "\n"))
                rules:
                  - {id: R, confidence: 0.5, when: x > 1, then: {threats: [\(threats.joined(separator: ", ")), {id: t0, confidence: 0.9}]}}

                """)
        let profile = try TestRulesets.profile(
            "country: {code: XX, name: X, year: 2024}\nindicators: {x: 2}", ruleset: ruleset)
        let start = ContinuousClock.now
        let evaluation = try Evaluator(ruleset: ruleset).evaluate(profile, on: .unixEpoch)
        #expect(ContinuousClock.now - start < .seconds(8))
        #expect(evaluation.threats.count == count)
        // A threat named twice counts once, as first named.
        #expect(evaluation.threats.allSatisfy { $0.score == 0.5 && $0.rules == ["R"] })
    }

    /// A category of 40,000 values with an `in` list of all of them.
    static func largeCategoryFolder() throws -> (folder: String, count: Int) {
        let count = 40_000
        let values = (0..<count).map { "v\($0)" }.joined(separator: ", ")
        let folder = try TestRulesets.folder([
            "ruleset.yaml": TestRulesets.header + """
                indicators:
                  - {id: k, type: category, values: [\(values)]}
                threats:
                  - {id: t, title: T}
                rules:
                  - {id: K, when: "k in [\(values)]", then: {threats: [t]}}

                """
        ])
        return (folder, count)
    }

    /// Every category value was looked up by a search of the values (loading and compiling
    /// took over a minute).
    @Test("a large category is loaded and compiled in linear time", .timeLimit(.minutes(1)))
    func largeCategoryLoads() throws {
        let (folder, _) = try Self.largeCategoryFolder()
        defer { removeTemporaryFolder(folder) }
        let start = ContinuousClock.now
        let ruleset = try #require(RulesetLoader.load(directory: folder).0)
        _ = try CompiledRuleset(ruleset)
        #expect(ContinuousClock.now - start < .seconds(8))
    }

    /// The analysis tested every literal of the `in` list in every state of the category
    /// (minutes).
    @Test("a long `in` list over a large category is analysed in linear time", .timeLimit(.minutes(1)))
    func largeCategoryAnalysis() throws {
        let (folder, _) = try Self.largeCategoryFolder()
        defer { removeTemporaryFolder(folder) }
        let ruleset = try #require(RulesetLoader.load(directory: folder).0)
        let start = ContinuousClock.now
        for check in RulesetChecks.analysis { _ = check.run(ruleset) }
        #expect(ContinuousClock.now - start < .seconds(8))
    }

    /// Membership was a scan of the `in` list, and the counterfactual tries every other value
    /// of the category: quadratic (11 s for 40,000 values).
    @Test("membership is a binary search", .timeLimit(.minutes(1)))
    func largeCategoryExplains() throws {
        let (folder, count) = try Self.largeCategoryFolder()
        defer { removeTemporaryFolder(folder) }
        let ruleset = try #require(RulesetLoader.load(directory: folder).0)
        let profile = try TestRulesets.profile(
            "country: {code: XX, name: X, year: 2024}\nindicators: {k: v\(count - 1)}", ruleset: ruleset)
        let compiled = try CompiledRuleset(ruleset)
        let evaluation = Evaluator(compiled).evaluate(profile, on: .unixEpoch)
        let start = ContinuousClock.now
        let explanation = try #require(Explainer(compiled).explain(.rule("K"), profile, evaluation: evaluation))
        #expect(ContinuousClock.now - start < .seconds(4))
        #expect(evaluation.ruleTruths == [.true])
        // Every value fires the rule: no single change stops it.
        #expect(explanation.supporting.map(\.counterfactual) == [nil])
    }
}
