/// Questions the static-analysis stages ask of conditions, answered exactly over a
/// `ConditionSpace` (or not at all: every answer is conservative, so an undecided question
/// never produces a finding).
enum ConditionAnalysis {
    /// A condition that failed to decode is kept as an empty `any` (its errors are already
    /// reported); analysis skips it.
    static func isPlaceholder(_ condition: Condition) -> Bool {
        if case .any(let parts, _) = condition, parts.isEmpty { return true }
        return false
    }

    /// Whether a rule's condition is analysed at all: decoded, and at most
    /// `AnalysisBudget.maxConditionNodes` nodes (aliases can expand a condition to a million).
    static func isAnalyzable(_ condition: Condition) -> Bool {
        !isPlaceholder(condition)
            && condition.nodeCount(upTo: AnalysisBudget.maxConditionNodes) <= AnalysisBudget.maxConditionNodes
    }

    /// Whether `condition` is proven never true, with the leaves that clash.
    static func neverTrue(_ condition: Condition, in space: ConditionSpace) -> [Satisfiability.Conflict]? {
        guard !space.budget.isExhausted,
            let result = Satisfiability.check(space.truth(condition), budget: space.budget),
            !result.satisfiable
        else { return nil }
        return result.conflicts
    }

    /// Whether `condition` is proven true for every profile, missing values included, with
    /// the leaves that together cover every case.
    static func alwaysTrue(_ condition: Condition, in space: ConditionSpace) -> [Satisfiability.Conflict]? {
        guard !space.budget.isExhausted,
            let result = Satisfiability.check(space.truth(condition).negated, budget: space.budget),
            !result.satisfiable
        else { return nil }
        return result.conflicts
    }

    /// Whether the rule's condition is proven never true (false when undecided).
    static func ruleNeverTrue(_ rule: Rule, ruleset: Ruleset, budget: AnalysisBudget) -> Bool {
        guard isAnalyzable(rule.condition),
            let space = ConditionSpace([rule.condition], ruleset: ruleset, budget: budget)
        else {
            return false
        }
        return neverTrue(rule.condition, in: space) != nil
    }

    /// Whether the rule's condition is proven true for every profile (false when undecided).
    static func ruleAlwaysTrue(_ rule: Rule, ruleset: Ruleset, budget: AnalysisBudget) -> Bool {
        guard isAnalyzable(rule.condition),
            let space = ConditionSpace([rule.condition], ruleset: ruleset, budget: budget)
        else {
            return false
        }
        return alwaysTrue(rule.condition, in: space) != nil
    }

    /// Whether every profile on which `premise` is true makes `conclusion` true too (false
    /// when undecided).
    static func implies(_ premise: Condition, _ conclusion: Condition, ruleset: Ruleset, budget: AnalysisBudget) -> Bool
    {
        guard isAnalyzable(premise), isAnalyzable(conclusion),
            let space = ConditionSpace([premise, conclusion], ruleset: ruleset, budget: budget), !budget.isExhausted,
            let result = Satisfiability.check(
                .and([space.truth(premise), space.truth(conclusion).negated]), budget: budget)
        else { return false }
        return !result.satisfiable
    }

    /// The conflicts in words: "'x < 1' clashes with 'x > 2'", "'a', 'b' and 'c' cannot all hold".
    static func describeClashes(_ conflicts: [Satisfiability.Conflict], limit: Int = 3) -> String {
        var parts = conflicts.prefix(limit).map { conflict -> String in
            let quoted = conflict.mentions.map(\.quoted)
            switch quoted.count {
            case 1: return "\(quoted[0]) can never hold"
            case 2: return "\(quoted[0]) clashes with \(quoted[1])"
            default:
                return "\(quoted.dropLast().joined(separator: ", ")) and \(quoted[quoted.count - 1]) cannot all hold"
            }
        }
        if conflicts.count > limit { parts.append("and \(conflicts.count - limit) more") }
        return parts.joined(separator: "; ")
    }

    /// The covering leaves in words: "'x is missing' or 'x is present' covers every case".
    static func describeCover(_ conflicts: [Satisfiability.Conflict], limit: Int = 3) -> String {
        var parts = conflicts.prefix(limit).map { conflict -> String in
            let quoted = conflict.mentions.map(\.quoted)
            return quoted.count == 1
                ? "\(quoted[0]) always holds" : "\(quoted.joined(separator: " or ")) covers every case"
        }
        if conflicts.count > limit { parts.append("and \(conflicts.count - limit) more") }
        return parts.joined(separator: "; ")
    }

    /// One note per distinct leaf of the conflicts, at its position.
    static func notes(_ conflicts: [Satisfiability.Conflict], label: String) -> [Diagnostic.Note] {
        var seen: Set<SourceLocation> = []
        var notes: [Diagnostic.Note] = []
        for mention in conflicts.flatMap(\.mentions) where seen.insert(mention.location).inserted {
            notes.append(.init("\(label) \(mention.quoted)", at: mention.location))
        }
        return notes
    }

    /// The direct sub-conditions of a combinator.
    static func parts(_ condition: Condition) -> [Condition] {
        switch condition {
        case .leaf: []
        case .all(let parts, _), .any(let parts, _), .atLeast(_, let parts, _): parts
        case .not(let inner, _): [inner]
        }
    }
}
