import Testing

@testable import AdvisoryCore

/// Contract §10.1: per evidence group the largest confidence among its fired rules; the score is
/// the noisy-OR of the groups' values, for threats and strategies.
@Suite("Evidence groups (§10.1)")
struct EvidenceGroupTests {
    /// A rule firing on `a > 1` (true for the default profile `a: 5`) or not (`a > 9`).
    static func rule(
        _ id: String, group: String? = nil, confidence: Double, fires: Bool = true, then: String = "{threats: [t1]}"
    ) -> String {
        "  - id: \(id)\n" + (group.map { "    group: \($0)\n" } ?? "") + "    confidence: \(confidence)\n"
            + "    when: \(fires ? "a > 1" : "a > 9")\n    then: \(then)\n"
    }

    static func threat(_ rules: [String]) throws -> ThreatFinding? {
        try FindingsTests.evaluate(rules: rules.joined()).threats.first { $0.id == "t1" }
    }

    @Test(
        "a group counts its largest confidence once; groups combine by noisy-OR",
        arguments: [
            // (group, confidence) of each fired rule → score
            ([("g", 0.5), ("g", 0.7)], 0.7),
            ([("g", 0.7), ("g", 0.5), ("g", 0.2)], 0.7),
            ([("g1", 0.5), ("g1", 0.6), ("g2", 0.5)], 0.8),
            ([("g1", 0.5), ("g2", 0.5), ("g3", 0.5)], 0.875),
            ([("g1", 1.0), ("g2", 0.3)], 1.0),
        ] as [([(String, Double)], Double)])
    func groupMaximumAndNoisyOr(rules: [(String, Double)], expected: Double) throws {
        let text = rules.enumerated().map { Self.rule("R\($0)", group: $1.0, confidence: $1.1) }
        let finding = try #require(try Self.threat(text))
        #expect(abs(finding.score - expected) < 1e-12)
    }

    @Test("a rule without a group is its own group, named by its id")
    func ungroupedRuleIsItsOwnGroup() throws {
        let finding = try #require(
            try Self.threat([Self.rule("R1", confidence: 0.5), Self.rule("R2", group: "g", confidence: 0.4)]))
        #expect(
            finding.evidence == [
                EvidenceGroup(group: "R1", confidence: 0.5, rules: ["R1"]),
                EvidenceGroup(group: "g", confidence: 0.4, rules: ["R2"]),
            ])
        #expect(abs(finding.score - 0.7) < 1e-12)
    }

    @Test("a group named like an ungrouped rule's id is that rule's group")
    func groupNamedAfterARule() throws {
        let finding = try #require(
            try Self.threat([Self.rule("R1", confidence: 0.5), Self.rule("R2", group: "R1", confidence: 0.4)]))
        #expect(finding.evidence == [EvidenceGroup(group: "R1", confidence: 0.5, rules: ["R1", "R2"])])
    }

    @Test("evidence lists groups by value (descending), then id, each with its fired rules sorted")
    func evidenceOrder() throws {
        let finding = try #require(
            try Self.threat([
                Self.rule("R4", group: "b", confidence: 0.3), Self.rule("R3", group: "a", confidence: 0.3),
                Self.rule("R2", group: "c", confidence: 0.6), Self.rule("R1", group: "c", confidence: 0.2),
                Self.rule("R5", group: "a", confidence: 0.9, fires: false),
            ]))
        #expect(
            finding.evidence == [
                EvidenceGroup(group: "c", confidence: 0.6, rules: ["R1", "R2"]),
                EvidenceGroup(group: "a", confidence: 0.3, rules: ["R3"]),
                EvidenceGroup(group: "b", confidence: 0.3, rules: ["R4"]),
            ])
        #expect(finding.rules == ["R1", "R2", "R3", "R4"])
    }

    @Test("a per-threat confidence override is the rule's value in its group")
    func overrideInGroup() throws {
        let finding = try #require(
            try Self.threat([
                Self.rule("R1", group: "g", confidence: 0.9, then: "{threats: [{id: t1, confidence: 0.2}]}"),
                Self.rule("R2", group: "g", confidence: 0.4),
            ]))
        #expect(finding.evidence == [EvidenceGroup(group: "g", confidence: 0.4, rules: ["R1", "R2"])])
    }

    @Test("one rule may lend different groups' weight to different threats only through its own group")
    func ruleGroupIsPerRule() throws {
        let evaluation = try FindingsTests.evaluate(
            rules: Self.rule("R1", group: "g", confidence: 0.5, then: "{threats: [t1, t2]}")
                + Self.rule("R2", group: "g", confidence: 0.8, then: "{threats: [t2]}"))
        let byID = Dictionary(uniqueKeysWithValues: evaluation.threats.map { ($0.id, $0) })
        #expect(byID["t1"]?.score == 0.5)
        #expect(byID["t2"]?.score == 0.8)
    }

    @Test("strategies: per group the largest rule confidence, noisy-OR across groups")
    func strategies() throws {
        let evaluation = try FindingsTests.evaluate(
            rules: Self.rule("R1", group: "g", confidence: 0.5, then: "{strategies: [s1]}")
                + Self.rule("R2", group: "g", confidence: 0.6, then: "{strategies: [s1]}")
                + Self.rule("R3", confidence: 0.5, then: "{threats: [{id: t1, confidence: 0.1}], strategies: [s1]}"))
        let strategy = try #require(evaluation.strategies.first)
        #expect(abs(strategy.score - 0.8) < 1e-12)
        #expect(
            strategy.evidence == [
                EvidenceGroup(group: "g", confidence: 0.6, rules: ["R1", "R2"]),
                EvidenceGroup(group: "R3", confidence: 0.5, rules: ["R3"]),
            ])
    }

    @Test("groups change the ranking: two weak independent lines outrank one group of strong rules")
    func ranking() throws {
        let evaluation = try FindingsTests.evaluate(
            rules: Self.rule("R1", group: "g", confidence: 0.6)
                + Self.rule("R2", group: "g", confidence: 0.6)
                + Self.rule("R3", confidence: 0.5, then: "{threats: [t2]}")
                + Self.rule("R4", confidence: 0.5, then: "{threats: [t2]}"))
        #expect(evaluation.threats.map(\.id) == ["t2", "t1"])
        #expect(evaluation.threats.map(\.level) == ["high", "high"])
    }
}
