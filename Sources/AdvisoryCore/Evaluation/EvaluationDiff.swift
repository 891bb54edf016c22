/// What changes between two evaluations of the same ruleset (`advisor what-if`).
public struct EvaluationDiff: Sendable, Equatable, Encodable {
    /// A change of one finding: nil on a side means absent there.
    public struct Change: Sendable, Equatable, Encodable {
        public var id: String
        public var title: String
        public var before: String?
        public var after: String?
        public var scoreBefore: Double?
        public var scoreAfter: Double?
    }

    public var threats: [Change]
    public var strategies: [Change]
    public var instruments: [Change]
    /// Rules whose result changes (before/after are fired, not_fired, unknown).
    public var rules: [Change]

    public var isEmpty: Bool { threats.isEmpty && strategies.isEmpty && instruments.isEmpty && rules.isEmpty }

    public init(before: Evaluation, after: Evaluation, ruleset: Ruleset) {
        threats = Self.changes(before.threats, after.threats, id: \.id, title: \.title, state: \.level, score: \.score)
        strategies = Self.changes(
            before.strategies, after.strategies, id: \.id, title: \.title, state: { _ in "recommended" }, score: \.score
        )
        instruments = Self.changes(
            before.instruments, after.instruments, id: \.id, title: \.title,
            state: { $0.kind.isTreatyLike ? "\($0.action.rawValue) (status \($0.statusName))" : $0.action.rawValue },
            score: { _ in nil })
        rules = zip(ruleset.rules, zip(before.ruleTruths, after.ruleTruths)).compactMap { rule, truths in
            truths.0 == truths.1
                ? nil
                : Change(
                    id: rule.id, title: rule.title ?? rule.id,
                    before: Evaluation.resultName(truths.0), after: Evaluation.resultName(truths.1))
        }.sorted { $0.id < $1.id }
    }

    private static func changes<Finding>(
        _ before: [Finding], _ after: [Finding], id: (Finding) -> String, title: (Finding) -> String,
        state: (Finding) -> String, score: (Finding) -> Double?
    ) -> [Change] {
        let old = Dictionary(before.map { (id($0), $0) }, uniquingKeysWith: { first, _ in first })
        let new = Dictionary(after.map { (id($0), $0) }, uniquingKeysWith: { first, _ in first })
        return Set(old.keys).union(new.keys).sorted().compactMap { key in
            let a = old[key]
            let b = new[key]
            let sameState = a.map(state) == b.map(state)
            let sameScore = a.flatMap(score).map(NumberFormat.rounded) == b.flatMap(score).map(NumberFormat.rounded)
            if sameState && sameScore { return nil }
            return Change(
                id: key, title: (a ?? b).map(title) ?? key, before: a.map(state), after: b.map(state),
                scoreBefore: a.flatMap(score), scoreAfter: b.flatMap(score))
        }
    }
}
