import Testing

@testable import AdvisoryCore

/// One test per sentence of CONTRACT §6.
@Suite("Evaluation semantics (§6)")
struct EvaluationSemanticsTests {
    static let catalog = """
        indicators:
          - {id: a, type: number, range: [0, 10]}
          - {id: b, type: number, range: [0, 10]}
          - {id: c, type: number, range: [0, 10]}
          - {id: flag, type: boolean}
          - {id: group, type: category, values: [low, middle, high]}
          - {id: old, type: number, range: [0, 10], stale_after_years: 1}
        threats:
          - {id: t1, title: Threat one}
          - {id: t2, title: Threat two}
          - {id: t3, title: Threat three}
        priorities:
          - {id: p1, title: Priority one}
        instruments:
          - {id: treaty1, title: A treaty, kind: treaty}
          - {id: protocol1, title: A protocol, kind: protocol, parent: treaty1}
          - {id: resolution1, title: A resolution, kind: resolution}
          - {id: standard1, title: A standard, kind: standard}
          - {id: guidance1, title: A guidance, kind: guidance}
        strategies:
          - {id: s1, priority: p1, title: Strategy one, addresses: [t1], instruments: [standard1]}
          - {id: s2, priority: p1, title: Strategy two, addresses: [t2]}

        """

    /// Evaluates a one-rule ruleset with condition `when` on the profile's indicators.
    static func truth(_ when: String, _ indicators: String, instruments: String = "{}") throws -> (Truth, Evaluation) {
        let ruleset = try TestRulesets.ruleset(
            body: catalog + """
                rules:
                  - id: R
                    when:
                \(when.split(separator: "\n").map { "      " + $0 }.joined(separator: "\n"))
                    then: {threats: [t1]}

                """)
        let profile = try TestRulesets.profile(
            """
            country: {code: XX, name: Test, year: 2024}
            indicators: \(indicators)
            instruments: \(instruments)
            """, ruleset: ruleset)
        let evaluation = try Evaluator(ruleset: ruleset).evaluate(profile, on: .unixEpoch)
        return (evaluation.ruleTruths[0], evaluation)
    }

    // MARK: Kleene logic

    @Test(
        "a leaf over a missing value is unknown",
        arguments: ["a > 1", "a < 1", "a == 1", "a != 1", "a in [1, 2]", "group == low", "flag == true"])
    func missingLeafIsUnknown(leaf: String) throws {
        #expect(try Self.truth(leaf, "{}").0 == .unknown)
    }

    @Test("is missing / is present are never unknown")
    func presenceTests() throws {
        #expect(try Self.truth("a is missing", "{}").0 == .true)
        #expect(try Self.truth("a is present", "{}").0 == .false)
        #expect(try Self.truth("a is missing", "{a: 3}").0 == .false)
        #expect(try Self.truth("a is present", "{a: 3}").0 == .true)
        #expect(try Self.truth("instrument.treaty1 is missing", "{}").0 == .true)
        #expect(try Self.truth("instrument.treaty1 is present", "{}", instruments: "{treaty1: none}").0 == .true)
    }

    @Test("instrument references: unknown when the status is absent")
    func instrumentLeaves() throws {
        #expect(try Self.truth("instrument.treaty1 != party", "{}").0 == .unknown)
        #expect(try Self.truth("instrument.treaty1 != party", "{}", instruments: "{treaty1: signatory}").0 == .true)
        #expect(try Self.truth("instrument.treaty1 == party", "{}", instruments: "{treaty1: signatory}").0 == .false)
        #expect(
            try Self.truth("instrument.treaty1 in [none, signatory]", "{}", instruments: "{treaty1: none}").0 == .true)
    }

    @Test(
        "all: false if any part is false, unknown if any is unknown, else true",
        arguments: [
            ("{a: 5, b: 5}", Truth.true), ("{a: 5, b: 0}", .false), ("{a: 5}", .unknown), ("{b: 0}", .false),
            ("{}", .unknown),
        ])
    func allCombinator(indicators: String, expected: Truth) throws {
        #expect(try Self.truth("all:\n  - a > 1\n  - b > 1", indicators).0 == expected)
    }

    @Test(
        "any: true if any part is true, unknown if any is unknown, else false",
        arguments: [
            ("{a: 5, b: 0}", Truth.true), ("{a: 0, b: 0}", .false), ("{a: 0}", .unknown), ("{b: 5}", .true),
            ("{}", .unknown),
        ])
    func anyCombinator(indicators: String, expected: Truth) throws {
        #expect(try Self.truth("any:\n  - a > 1\n  - b > 1", indicators).0 == expected)
    }

    @Test("not keeps unknown", arguments: [("{a: 5}", Truth.false), ("{a: 0}", .true), ("{}", .unknown)])
    func notCombinator(indicators: String, expected: Truth) throws {
        #expect(try Self.truth("not: a > 1", indicators).0 == expected)
    }

    @Test(
        "at_least counts true parts; unknown when unknowns could still reach N",
        arguments: [
            ("{a: 5, b: 5, c: 0}", Truth.true), ("{a: 5, b: 0, c: 0}", .false), ("{a: 5, b: 0}", .unknown),
            ("{a: 5}", .unknown), ("{a: 0, b: 0}", .false), ("{a: 5, b: 5}", .true),
        ])
    func atLeastCombinator(indicators: String, expected: Truth) throws {
        let when = "at_least:\n  count: 2\n  of:\n    - a > 1\n    - b > 1\n    - c > 1"
        #expect(try Self.truth(when, indicators).0 == expected)
    }

    @Test(
        "comparison operators on numbers, booleans and categories",
        arguments: [
            ("a < 5", "{a: 4.9}", Truth.true), ("a < 5", "{a: 5}", .false), ("a <= 5", "{a: 5}", .true),
            ("a > 5", "{a: 5}", .false), ("a >= 5", "{a: 5}", .true), ("a == 5", "{a: 5.0}", .true),
            ("a != 5", "{a: 5}", .false),
            ("flag == true", "{flag: true}", .true), ("flag != true", "{flag: false}", .true),
            ("group == low", "{group: low}", .true), ("group in [middle, high]", "{group: low}", .false),
            ("a in [1, 2.5]", "{a: 2.5}", .true),
        ])
    func comparisons(leaf: String, indicators: String, expected: Truth) throws {
        #expect(try Self.truth(leaf, indicators).0 == expected)
    }

    // MARK: Firing and data gaps

    @Test("an unknown rule is a data gap listing the refs of unknown leaves under unknown sub-conditions")
    func missingReferences() throws {
        let when = "all:\n  - a > 1\n  - any:\n      - b > 1\n      - c > 1\n  - not: flag == true"
        let (truth, evaluation) = try Self.truth(when, "{b: 0, flag: false}")
        #expect(truth == .unknown)
        #expect(evaluation.dataGaps == [DataGap(rule: "R", missing: ["a", "c"])])
        #expect(evaluation.threats.isEmpty)
    }

    @Test("a decided rule is no data gap, even with missing values")
    func decidedRuleIsNoGap() throws {
        let (truth, evaluation) = try Self.truth("any:\n  - a > 1\n  - b > 1", "{a: 5}")
        #expect(truth == .true)
        #expect(evaluation.dataGaps.isEmpty)
        let (falseTruth, falseEvaluation) = try Self.truth("all:\n  - a > 1\n  - b > 1", "{a: 0}")
        #expect(falseTruth == .false)
        #expect(falseEvaluation.dataGaps.isEmpty)
    }

    @Test("unknown instrument statuses are listed as instrument.ID")
    func instrumentGap() throws {
        let (_, evaluation) = try Self.truth("instrument.treaty1 != party", "{}")
        #expect(evaluation.dataGaps.first?.missing == ["instrument.treaty1"])
    }
}
