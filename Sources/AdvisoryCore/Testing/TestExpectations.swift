/// A test's `expect:` block. Each key asserts one thing about the evaluation; a test passes
/// when every assertion holds.
public struct TestExpectations: Sendable {
    /// A threat id with a level name (`none` included).
    public struct Level: Sendable, Equatable {
        public var threat: String
        public var level: String
        public init(_ threat: String, _ level: String) {
            self.threat = threat
            self.level = level
        }
    }

    /// An instrument id with the expected action (`none`: the instrument is not relevant).
    public struct Action: Sendable, Equatable {
        public var instrument: String
        public var action: String
        public init(_ instrument: String, _ action: String) {
            self.instrument = instrument
            self.action = action
        }
    }

    /// `threats:` exact levels. `none` holds when the threat reaches no level: it is not
    /// listed, or listed with a score under the lowest threshold.
    public var threats: [Level] = []
    /// `threats_at_least:` minimum levels.
    public var threatsAtLeast: [Level] = []
    /// `absent_threats:` threats that must not be listed at all.
    public var absentThreats: [String] = []
    /// `strategies:` strategies that must be among the recommended.
    public var strategies: [String] = []
    /// `absent_strategies:` strategies that must not be recommended.
    public var absentStrategies: [String] = []
    /// `fired:` rules whose condition must be true.
    public var fired: [String] = []
    /// `not_fired:` rules whose condition must be false (not unknown).
    public var notFired: [String] = []
    /// `unknown:` rules whose condition must be unknown (a data gap).
    public var unknown: [String] = []
    /// `instruments:` relevant instruments and their recommended action.
    public var instruments: [Action] = []

    public init() {}

    /// The number of assertions.
    public var count: Int {
        threats.count + threatsAtLeast.count + absentThreats.count + strategies.count + absentStrategies.count
            + fired.count + notFired.count + unknown.count + instruments.count
    }

    /// What differs between these expectations and an evaluation, in key order and, within
    /// a key, in the order written. Empty when the test passes.
    public func differences(in evaluation: Evaluation, ruleset: Ruleset) -> [TestDifference] {
        var result: [TestDifference] = []
        let threatsByID = Dictionary(evaluation.threats.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let recommended = Set(evaluation.strategies.map(\.id))
        let instrumentsByID = Dictionary(
            evaluation.instruments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let header = ruleset.header

        for expected in threats {
            let got = threatsByID[expected.threat]?.level ?? "none"
            if got != expected.level {
                result.append(TestDifference(key: "threats.\(expected.threat)", expected: expected.level, got: got))
            }
        }
        for expected in threatsAtLeast {
            let got = threatsByID[expected.threat]?.level ?? "none"
            let gotRank = header.rank(ofLevel: got) ?? 0
            let wantedRank = header.rank(ofLevel: expected.level) ?? 0
            if gotRank < wantedRank {
                result.append(
                    TestDifference(
                        key: "threats_at_least.\(expected.threat)", expected: "at least \(expected.level)", got: got))
            }
        }
        for threat in absentThreats {
            if let finding = threatsByID[threat] {
                result.append(
                    TestDifference(
                        key: "absent_threats", expected: "\(threat) to be absent",
                        got: "listed at level \(finding.level)"))
            }
        }
        for strategy in strategies where !recommended.contains(strategy) {
            result.append(
                TestDifference(key: "strategies", expected: "\(strategy) to be recommended", got: "not recommended"))
        }
        for strategy in absentStrategies where recommended.contains(strategy) {
            result.append(
                TestDifference(
                    key: "absent_strategies", expected: "\(strategy) not to be recommended", got: "recommended"))
        }
        let rules: [(key: String, ids: [String], wanted: Truth, phrase: String)] = [
            ("fired", fired, .true, "to fire"),
            ("not_fired", notFired, .false, "not to fire"),
            ("unknown", unknown, .unknown, "to be unknown"),
        ]
        for (key, ids, wanted, phrase) in rules {
            for id in ids {
                guard let index = ruleset.ruleIndex[id], index < evaluation.ruleTruths.count else { continue }
                let truth = evaluation.ruleTruths[index]
                guard truth != wanted else { continue }
                var got = Evaluation.resultName(truth)
                if truth == .unknown, let gap = evaluation.dataGaps.first(where: { $0.rule == id }),
                    !gap.missing.isEmpty
                {
                    got += " (missing: \(gap.missing.joined(separator: ", ")))"
                }
                result.append(TestDifference(key: key, expected: "\(id) \(phrase)", got: got))
            }
        }
        for expected in instruments {
            let got = instrumentsByID[expected.instrument]?.action.rawValue ?? "none"
            if got != expected.action {
                result.append(
                    TestDifference(
                        key: "instruments.\(expected.instrument)", expected: expected.action,
                        got: got == "none" ? "none (not relevant)" : got))
            }
        }
        return result
    }
}
