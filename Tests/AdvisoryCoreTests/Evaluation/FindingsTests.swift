import Testing

@testable import AdvisoryCore

/// Scores, levels, ranking, instruments and staleness (§6).
@Suite("Findings (§6)")
struct FindingsTests {
    static func evaluate(rules: String, indicators: String = "{a: 5}", instruments: String = "{}", year: Int = 2024)
        throws -> Evaluation
    {
        let ruleset = try TestRulesets.ruleset(body: EvaluationSemanticsTests.catalog + "rules:\n" + rules)
        let profile = try TestRulesets.profile(
            """
            country: {code: XX, name: Test, year: \(year)}
            indicators: \(indicators)
            instruments: \(instruments)
            """, ruleset: ruleset)
        return try Evaluator(ruleset: ruleset).evaluate(profile, on: .unixEpoch)
    }

    static func rule(_ id: String, confidence: Double? = nil, when: String = "a > 1", then: String) -> String {
        "  - id: \(id)\n" + (confidence.map { "    confidence: \($0)\n" } ?? "")
            + "    when: \(when)\n    then: \(then)\n"
    }

    @Test(
        "threat score is the noisy-OR 1 − Π(1 − cᵢ) of fired rules",
        arguments: [
            ([0.5], 0.5), ([0.5, 0.5], 0.75), ([0.3, 0.3], 0.51), ([0.2, 0.5, 0.4], 0.76), ([1.0, 0.3], 1.0),
        ])
    func noisyOr(confidences: [Double], expected: Double) throws {
        let rules = confidences.enumerated().map { Self.rule("R\($0)", confidence: $1, then: "{threats: [t1]}") }
            .joined()
        let evaluation = try Self.evaluate(rules: rules)
        #expect(abs((evaluation.threats.first?.score ?? -1) - expected) < 1e-12)
        #expect(evaluation.threats.first?.rules == confidences.indices.map { "R\($0)" })
    }

    @Test("confidence defaults to 1.0; a per-threat override wins for that threat only")
    func overrides() throws {
        let evaluation = try Self.evaluate(
            rules: Self.rule("R1", then: "{threats: [t1]}")
                + Self.rule(
                    "R2", confidence: 0.5, then: "{threats: [t2, {id: t3, confidence: 0.25}], strategies: [s1]}"))
        let scores = Dictionary(uniqueKeysWithValues: evaluation.threats.map { ($0.id, $0.score) })
        #expect(scores == ["t1": 1.0, "t2": 0.5, "t3": 0.25])
        #expect(evaluation.strategies.first?.score == 0.5)
    }

    @Test(
        "level is the highest level whose threshold ≤ score, else none",
        arguments: [
            (0.19, "none"), (0.2, "low"), (0.39, "low"), (0.4, "medium"), (0.6, "high"), (0.79, "high"),
            (0.8, "critical"), (1.0, "critical"),
        ])
    func levels(confidence: Double, expected: String) throws {
        let evaluation = try Self.evaluate(rules: Self.rule("R", confidence: confidence, then: "{threats: [t1]}"))
        #expect(evaluation.threats.first?.level == expected)
    }

    @Test("a noisy-OR score equal to a threshold in decimal reaches that level")
    func decimalBoundary() throws {
        // 1 − (1 − 0.5)(1 − 0.2) = 0.6: high, not medium.
        let evaluation = try Self.evaluate(
            rules: Self.rule("R1", confidence: 0.5, then: "{threats: [t1]}")
                + Self.rule("R2", confidence: 0.2, then: "{threats: [t1]}"))
        #expect(evaluation.threats.first?.level == "high")
    }

    @Test("a threat is listed only when a rule naming it fired")
    func listing() throws {
        let evaluation = try Self.evaluate(
            rules: Self.rule("R1", then: "{threats: [t1]}")
                + Self.rule("R2", when: "a > 8", then: "{threats: [t2]}")
                + Self.rule("R3", when: "b > 1", then: "{threats: [t3]}"))
        #expect(evaluation.threats.map(\.id) == ["t1"])
    }

    @Test("threats and strategies are ranked by score (descending), then id")
    func ranking() throws {
        let evaluation = try Self.evaluate(
            rules: Self.rule("R1", confidence: 0.4, then: "{threats: [t2, t3], strategies: [s2]}")
                + Self.rule("R2", confidence: 0.4, then: "{threats: [t1], strategies: [s1]}")
                + Self.rule("R3", confidence: 0.9, then: "{threats: [t3]}"))
        #expect(evaluation.threats.map(\.id) == ["t3", "t1", "t2"])
        #expect(evaluation.strategies.map(\.id) == ["s1", "s2"])
    }

    @Test("a strategy's score is the noisy-OR of its rules' confidence, not the per-threat overrides")
    func strategyScore() throws {
        let evaluation = try Self.evaluate(
            rules: Self.rule("R1", confidence: 0.5, then: "{threats: [{id: t1, confidence: 0.1}], strategies: [s1]}")
                + Self.rule("R2", confidence: 0.5, then: "{strategies: [s1]}"))
        #expect(
            evaluation.strategies == [
                StrategyFinding(
                    id: "s1", title: "Strategy one", priority: "p1", score: 0.75, rules: ["R1", "R2"],
                    evidence: [
                        EvidenceGroup(group: "R1", confidence: 0.5, rules: ["R1"]),
                        EvidenceGroup(group: "R2", confidence: 0.5, rules: ["R2"]),
                    ])
            ])
    }

    @Test("an instrument is relevant when a fired rule or a recommended strategy names it")
    func relevance() throws {
        let evaluation = try Self.evaluate(
            rules: Self.rule("R1", then: "{strategies: [s1], instruments: [treaty1]}")
                + Self.rule("R2", when: "a > 8", then: "{instruments: [guidance1]}"))
        #expect(evaluation.instruments.map(\.id) == ["standard1", "treaty1"])
        #expect(evaluation.instruments[0].strategies == ["s1"])
        #expect(evaluation.instruments[0].rules == [])
        #expect(evaluation.instruments[1].rules == ["R1"])
    }

    @Test(
        "the action follows the kind and the country's status",
        arguments: [
            ("treaty1", "none", InstrumentAction.accede), ("treaty1", "signatory", .ratify),
            ("treaty1", "party", .strengthenImplementation),
            ("treaty1", nil, .verifyStatus), ("protocol1", "none", .accede), ("protocol1", "signatory", .ratify),
            ("protocol1", "party", .strengthenImplementation), ("protocol1", nil, .verifyStatus),
            ("resolution1", "none", .apply), ("resolution1", "party", .apply), ("resolution1", nil, .apply),
            ("standard1", "signatory", .apply), ("standard1", nil, .apply), ("guidance1", "none", .apply),
            ("guidance1", nil, .apply),
        ] as [(String, String?, InstrumentAction)])
    func actions(instrument: String, status: String?, expected: InstrumentAction) throws {
        let evaluation = try Self.evaluate(
            rules: Self.rule("R1", then: "{instruments: [\(instrument)]}"),
            instruments: status.map { "{\(instrument): \($0)}" } ?? "{}")
        #expect(evaluation.instruments.first?.action == expected)
        #expect(evaluation.instruments.first?.statusName == (status ?? "unknown"))
    }

    @Test(
        "a value is stale when country.year − year > stale_after_years (the indicator's, else the ruleset's)",
        arguments: [
            (2021, "a", false), (2020, "a", true), (2023, "old", false), (2022, "old", true),
        ])
    func staleness(year: Int, indicator: String, stale: Bool) throws {
        let indicators = indicator == "a" ? "{a: {value: 5, year: \(year)}}" : "{a: 5, old: {value: 1, year: \(year)}}"
        let evaluation = try Self.evaluate(rules: Self.rule("R1", then: "{threats: [t1]}"), indicators: indicators)
        #expect(evaluation.stale.contains { $0.indicator == indicator } == stale)
    }

    @Test("stale values are still used")
    func staleValuesAreUsed() throws {
        let evaluation = try Self.evaluate(
            rules: Self.rule("R1", then: "{threats: [t1]}"), indicators: "{a: {value: 5, year: 2000}}")
        #expect(evaluation.threats.map(\.id) == ["t1"])
        #expect(evaluation.stale == [StaleValue(indicator: "a", year: 2000, age: 24, limit: 3)])
    }

    /// Years are any integers a profile writes: their difference used to overflow and trap.
    @Test(
        "data age saturates instead of overflowing",
        arguments: [
            (Int.max, -5, StaleValue(indicator: "a", year: -5, age: .max, limit: 3)),
            (Int.min, 5, nil),
            (-9_223_372_036_854_775_807, Int.max, nil),
        ] as [(Int, Int, StaleValue?)])
    func extremeYears(assessmentYear: Int, valueYear: Int, expected: StaleValue?) throws {
        let ruleset = try TestRulesets.ruleset(
            body: EvaluationSemanticsTests.catalog + "rules:\n" + Self.rule("R1", then: "{threats: [t1]}"))
        let profile = try TestRulesets.profile(
            """
            country: {code: XX, name: Test, year: \(assessmentYear)}
            indicators: {a: {value: 5, year: \(valueYear)}}
            """, ruleset: ruleset)
        let compiled = try CompiledRuleset(ruleset)
        #expect(Evaluator(compiled).evaluate(profile, on: .unixEpoch).stale == (expected.map { [$0] } ?? []))
        let leaves = Explainer(compiled).explainAll(profile).flatMap(\.leaves)
        #expect(leaves.map(\.stale) == [expected != nil])
    }

    @Test("the same inputs give the same findings")
    func deterministic() throws {
        let rules = (0..<20).map {
            Self.rule("R\($0)", confidence: 0.5, then: "{threats: [t\($0 % 3 + 1)], strategies: [s\($0 % 2 + 1)]}")
        }.joined()
        let first = try Self.evaluate(rules: rules)
        let second = try Self.evaluate(rules: rules)
        #expect(first.threats == second.threats)
        #expect(first.strategies == second.strategies)
        #expect(first.instruments == second.instruments)
    }
}
