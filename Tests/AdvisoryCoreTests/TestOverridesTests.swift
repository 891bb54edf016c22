import Testing

@testable import AdvisoryCore

@Suite struct TestOverridesTests {
    let profile = Profile(
        path: "p.yaml", country: Country(code: "ARC", name: "Arcadia", year: 2024),
        indicators: [
            "crime_index": IndicatorValue(value: .number(7), year: 2023, source: "Index"),
            "aml_score": IndicatorValue(value: .number(7.2)),
        ],
        instruments: ["untoc": InstrumentStatusEntry(status: .none, since: nil)],
        contentHash: "hash")

    @Test func emptyOverridesChangeNothing() {
        let merged = TestOverrides().apply(to: profile)
        #expect(TestOverrides().isEmpty)
        #expect(merged.indicators.mapValues(\.value) == profile.indicators.mapValues(\.value))
        #expect(merged.instruments.mapValues(\.status) == profile.instruments.mapValues(\.status))
        #expect(merged.country == profile.country)
    }

    @Test func anOverrideReplacesTheWholeEntry() {
        let overrides = TestOverrides(indicators: ["crime_index": .set(IndicatorValue(value: .number(4)))])
        let merged = overrides.apply(to: profile)
        #expect(merged.indicators["crime_index"]?.value == .number(4))
        #expect(merged.indicators["crime_index"]?.year == nil)
        #expect(merged.indicators["crime_index"]?.source == nil)
        #expect(merged.indicators["aml_score"]?.value == .number(7.2))
    }

    @Test func overridesAddRemoveAndChangeTheCountry() {
        let overrides = TestOverrides(
            indicators: ["aml_score": .remove, "rule_of_law": .set(IndicatorValue(value: .number(-1.5)))],
            instruments: ["untoc": .remove, "fatf": .set(InstrumentStatusEntry(status: .party))],
            countryCode: "ZZZ", countryName: nil, countryYear: 2030)
        let merged = overrides.apply(to: profile)
        #expect(!overrides.isEmpty)
        #expect(merged.indicators["aml_score"] == nil)
        #expect(merged.indicators["rule_of_law"]?.value == .number(-1.5))
        #expect(merged.indicators["crime_index"]?.value == .number(7))
        #expect(merged.instruments["untoc"] == nil)
        #expect(merged.instruments["fatf"]?.status == .party)
        #expect(merged.country == Country(code: "ZZZ", name: "Arcadia", year: 2030))
        // The base profile is untouched.
        #expect(profile.indicators["aml_score"] != nil)
    }

    @Test func removingAnAbsentEntryIsHarmless() {
        let merged = TestOverrides(indicators: ["nothing": .remove], instruments: ["nothing": .remove]).apply(
            to: profile)
        #expect(merged.indicators.count == 2)
        #expect(merged.instruments.count == 1)
    }

    @Test func mergedOverridesChangeTheEvaluation() throws {
        let ruleset = try RuleTestFixtures.ruleset("basic")
        let evaluator = try Evaluator(ruleset: ruleset)
        let base = evaluator.evaluate(profile, on: .unixEpoch)
        #expect(base.threats.map(\.level) == ["critical"])
        let merged = TestOverrides(indicators: ["crime_index": .remove]).apply(to: profile)
        let evaluation = evaluator.evaluate(merged, on: .unixEpoch)
        #expect(evaluation.ruleTruths[try #require(ruleset.ruleIndex["OC-001"])] == .unknown)
    }
}
