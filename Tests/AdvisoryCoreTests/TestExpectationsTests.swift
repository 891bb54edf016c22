import Testing

@testable import AdvisoryCore

/// Each `expect` key, passing and failing, on the harbour profile of the basic fixture:
/// organized crime critical (0.832), no weak rule of law; task_force and fiu recommended;
/// untoc accede, fatf apply; OC-001..003 fired, RL-001..003 not fired.
@Suite struct TestExpectationsTests {
    let ruleset: Ruleset
    let evaluation: Evaluation
    let gapEvaluation: Evaluation

    init() throws {
        ruleset = try RuleTestFixtures.ruleset("basic")
        let evaluator = try Evaluator(ruleset: ruleset)
        let (profile, diagnostics) = ProfileDecoder.load(
            try RuleTestFixtures.path("profiles/harbor.yaml"), ruleset: ruleset)
        #expect(diagnostics.isEmpty)
        let harbor = try #require(profile)
        evaluation = evaluator.evaluate(harbor, on: .unixEpoch)
        gapEvaluation = evaluator.evaluate(
            TestOverrides(indicators: ["crime_index": .remove]).apply(to: harbor), on: .unixEpoch)
    }

    private func differences(_ build: (inout TestExpectations) -> Void, gaps: Bool = false) -> [String] {
        var expectations = TestExpectations()
        build(&expectations)
        return expectations.differences(in: gaps ? gapEvaluation : evaluation, ruleset: ruleset).map(\.description)
    }

    @Test func threatsExactLevel() {
        #expect(differences { $0.threats = [.init("organized_crime", "critical")] } == [])
        #expect(
            differences { $0.threats = [.init("organized_crime", "high")] } == [
                "threats.organized_crime: expected high, got critical"
            ])
        #expect(differences { $0.threats = [.init("weak_rule_of_law", "none")] } == [])
        #expect(
            differences { $0.threats = [.init("weak_rule_of_law", "low")] } == [
                "threats.weak_rule_of_law: expected low, got none"
            ])
        #expect(
            differences { $0.threats = [.init("organized_crime", "none")] } == [
                "threats.organized_crime: expected none, got critical"
            ])
    }

    @Test func threatsAtLeast() {
        #expect(differences { $0.threatsAtLeast = [.init("organized_crime", "medium")] } == [])
        #expect(differences { $0.threatsAtLeast = [.init("organized_crime", "critical")] } == [])
        #expect(differences { $0.threatsAtLeast = [.init("weak_rule_of_law", "none")] } == [])
        #expect(
            differences { $0.threatsAtLeast = [.init("weak_rule_of_law", "low")] }
                == ["threats_at_least.weak_rule_of_law: expected at least low, got none"])
    }

    @Test func absentThreats() {
        #expect(differences { $0.absentThreats = ["weak_rule_of_law"] } == [])
        #expect(
            differences { $0.absentThreats = ["organized_crime"] }
                == ["absent_threats: expected organized_crime to be absent, got listed at level critical"])
    }

    @Test func strategiesAndAbsentStrategies() {
        #expect(differences { $0.strategies = ["fiu", "task_force"] } == [])
        #expect(
            differences { $0.strategies = ["justice_reform"] } == [
                "strategies: expected justice_reform to be recommended, got not recommended"
            ])
        #expect(differences { $0.absentStrategies = ["justice_reform"] } == [])
        #expect(
            differences { $0.absentStrategies = ["fiu"] } == [
                "absent_strategies: expected fiu not to be recommended, got recommended"
            ])
    }

    @Test func firedNotFiredAndUnknown() {
        #expect(differences { $0.fired = ["OC-001", "OC-002", "OC-003"] } == [])
        #expect(differences { $0.fired = ["RL-001"] } == ["fired: expected RL-001 to fire, got not_fired"])
        #expect(differences { $0.notFired = ["RL-001", "RL-003"] } == [])
        #expect(differences { $0.notFired = ["OC-001"] } == ["not_fired: expected OC-001 not to fire, got fired"])
        #expect(differences { $0.unknown = ["OC-001"] } == ["unknown: expected OC-001 to be unknown, got fired"])
        #expect(differences({ $0.unknown = ["OC-001"] }, gaps: true) == [])
        // not_fired means false: an unknown rule does not pass, and the missing data is named.
        #expect(
            differences({ $0.notFired = ["OC-001"] }, gaps: true)
                == ["not_fired: expected OC-001 not to fire, got unknown (missing: crime_index)"])
        #expect(
            differences({ $0.fired = ["OC-001"] }, gaps: true) == [
                "fired: expected OC-001 to fire, got unknown (missing: crime_index)"
            ])
    }

    @Test func instrumentActions() {
        #expect(differences { $0.instruments = [.init("untoc", "accede"), .init("fatf", "apply")] } == [])
        #expect(
            differences { $0.instruments = [.init("untoc", "ratify")] } == [
                "instruments.untoc: expected ratify, got accede"
            ])
        #expect(
            differences { $0.instruments = [.init("fatf", "none")] } == ["instruments.fatf: expected none, got apply"])
    }

    @Test func instrumentNotRelevant() throws {
        let evaluator = try Evaluator(ruleset: ruleset)
        let empty = Profile(
            path: "", country: Country(code: "E", name: "Empty", year: 2024), indicators: [:], instruments: [:],
            contentHash: "")
        var expectations = TestExpectations()
        expectations.instruments = [.init("untoc", "none"), .init("fatf", "apply")]
        #expect(
            expectations.differences(in: evaluator.evaluate(empty, on: .unixEpoch), ruleset: ruleset).map(\.description)
                == ["instruments.fatf: expected apply, got none (not relevant)"])
    }

    @Test func differencesComeInKeyOrderThenWrittenOrder() {
        let result = differences {
            $0.instruments = [.init("untoc", "ratify")]
            $0.fired = ["RL-002", "RL-001"]
            $0.threats = [.init("organized_crime", "low")]
        }
        #expect(
            result == [
                "threats.organized_crime: expected low, got critical",
                "fired: expected RL-002 to fire, got not_fired",
                "fired: expected RL-001 to fire, got not_fired",
                "instruments.untoc: expected ratify, got accede",
            ])
    }
}
