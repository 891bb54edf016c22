import Testing

@testable import AdvisoryCore

/// The lean path (``LeanEvaluator`` over vectors as given) agrees with the reference interpreter
/// and with the findings of ``Evaluator``, also when a vector is modified in place and when one
/// result is reused for many evaluations.
@Suite struct LeanEvaluatorTests {
    typealias Random = CompiledEvaluatorPropertyTests

    /// Checks `lean` against the findings of `profile`, the reference interpreter's truths included.
    static func expectAgreement(
        _ lean: LeanEvaluation, _ profile: Profile, _ ruleset: Ruleset, _ evaluator: Evaluator, _ context: String
    ) {
        let reference = ReferenceInterpreter(ruleset: ruleset)
        #expect(
            lean.ruleTruths == ruleset.rules.map { reference.truth($0.condition, profile) }, "\(context): truths")
        let evaluation = evaluator.evaluate(profile, on: .unixEpoch)
        let raised = ruleset.threats.indices.filter { lean.threatRaised[$0] }.map { ruleset.threats[$0].id }
        #expect(Set(raised) == Set(evaluation.threats.map(\.id)), "\(context): threats")
        for finding in evaluation.threats {
            let index = ruleset.threatIndex[finding.id] ?? -1
            // Bit for bit: both come from one fold.
            #expect(lean.threatScores[index] == finding.score, "\(context): score of \(finding.id)")
            #expect(ruleset.header.levelName(rank: lean.threatLevels[index]) == finding.level, "\(context): level")
        }
        let listed = ruleset.instruments.indices.filter { lean.isListed(instrument: $0) }
        #expect(Set(listed.map { ruleset.instruments[$0].id }) == Set(evaluation.instruments.map(\.id)), "\(context)")
        for finding in evaluation.instruments {
            let slot = ruleset.instrumentIndex[finding.id] ?? -1
            #expect(lean.instrumentActions[slot] == finding.action, "\(context): action of \(finding.id)")
            #expect(lean.instrumentRelevance[slot] == finding.relevance, "\(context): relevance of \(finding.id)")
        }
        #expect(lean.firedCount == lean.ruleTruths.filter { $0 == .true }.count, "\(context): fired count")
        #expect(lean.unknownCount == evaluation.dataGaps.count, "\(context): unknown count")
    }

    @Test("a vector as given agrees with the findings on random rulesets", arguments: 0..<60)
    func agreement(seed: Int) throws {
        var generator = Random.Generator(state: UInt64(seed) &* 104_729)
        let ruleset = Random.ruleset(&generator, rules: 12)
        let compiled = try CompiledRuleset(ruleset)
        let lean = LeanEvaluator(compiled, date: .unixEpoch)
        var reused = LeanEvaluation(for: compiled)
        var threatsOnly = LeanEvaluation(for: compiled)
        for round in 0..<10 {
            let profile = Random.profile(&generator)
            lean.evaluate(compiled.rawVector(for: profile), into: &reused)
            Self.expectAgreement(reused, profile, ruleset, Evaluator(compiled), "seed \(seed) round \(round)")
            // Up to threats and strategies, the shorter path gives the same bits.
            lean.evaluateThreatsAndStrategies(compiled.rawVector(for: profile), into: &threatsOnly)
            #expect(threatsOnly.ruleTruths == reused.ruleTruths)
            #expect(threatsOnly.threatScores == reused.threatScores && threatsOnly.threatLevels == reused.threatLevels)
            #expect(threatsOnly.strategyScores == reused.strategyScores)
            #expect(threatsOnly.strategyRecommended == reused.strategyRecommended)
        }
    }

    /// What a Monte Carlo loop does: one vector per country, a value changed in place, and the
    /// same result filled again; each draw must equal a fresh evaluation of the changed profile.
    @Test("a modified vector evaluates as the modified profile", arguments: 0..<40)
    func modifiedVector(seed: Int) throws {
        var generator = Random.Generator(state: UInt64(seed) &* 15_485_863)
        let ruleset = Random.ruleset(&generator, rules: 12)
        let compiled = try CompiledRuleset(ruleset)
        let lean = LeanEvaluator(compiled, date: .unixEpoch)
        var profile = Random.profile(&generator)
        var vector = compiled.rawVector(for: profile)
        var result = LeanEvaluation(for: compiled)
        // A vector's trends come from the series it was built from, whatever its values become.
        let series = profile.indicators.mapValues(\.series)
        for draw in 0..<12 {
            let id = Random.numbers[generator.int(0..<Random.numbers.count)]
            let slot = try #require(compiled.indicatorSlot(id))
            if generator.chance(15) {
                vector.setValue(nil, at: slot)
                profile.indicators[id] = nil
            } else {
                let value = Double(generator.int(0..<21)) / 2
                vector.setValue(value, at: slot)
                profile.indicators[id] = IndicatorValue(value: .number(value), series: series[id] ?? [])
            }
            if generator.chance(30) {
                let status = generator.chance(20) ? nil : InstrumentStatus.allCases[generator.int(0..<4)]
                vector.setStatus(status, at: try #require(compiled.instrumentSlot("i0")))
                profile.instruments["i0"] = status.map { InstrumentStatusEntry(status: $0) }
            }
            #expect(vector.value(at: slot) == compiled.rawVector(for: profile).value(at: slot))
            lean.evaluate(vector, into: &result)
            Self.expectAgreement(result, profile, ruleset, Evaluator(compiled), "seed \(seed) draw \(draw)")
        }
    }

    @Test func categoriesAndBooleansAreCodedAsTheEvaluatorReadsThem() throws {
        var generator = Random.Generator(state: 99)
        let compiled = try CompiledRuleset(Random.ruleset(&generator, rules: 3))
        let group = try #require(compiled.indicatorSlot("group"))
        let flag = try #require(compiled.indicatorSlot("flag"))
        #expect(compiled.code(.category("high"), forIndicator: group) == 2)
        #expect(compiled.code(.category("unheard"), forIndicator: group) == nil)
        #expect(compiled.code(.bool(true), forIndicator: flag) == 1)
        #expect(compiled.code(.number(1), forIndicator: flag) == nil)
    }
}
