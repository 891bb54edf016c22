/// PA504: a rule that names the same threats, strategies and instruments as another rule and
/// fires only when that rule fires (its condition implies the other's, e.g. its `all` holds
/// every leaf of the other's `all` and more). It adds nothing but weight to the other rule's
/// scores. Rules with the same condition are left to PA503, rules that never or always fire
/// to PA501 and PA502. Each subsumed rule is reported once, naming the first rule that
/// subsumes it (the others in notes).
struct SubsumedRuleCheck: AnalysisCheck {
    let name = "subsumed-rules"

    func run(_ ruleset: Ruleset, budget: AnalysisBudget) -> [Diagnostic] {
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for (index, rule) in ruleset.rules.enumerated() where ConditionAnalysis.isAnalyzable(rule.condition) {
            let key = Self.consequences(rule)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(index)
        }
        var diagnostics: [Diagnostic] = []
        for key in order {
            guard let members = groups[key], members.count > 1, !budget.isExhausted else { continue }
            let rules = members.map { ruleset.rules[$0] }
            let canonical = rules.map { CanonicalCondition.text($0.condition) }
            let decided = rules.map {
                ConditionAnalysis.ruleNeverTrue($0, ruleset: ruleset, budget: budget)
                    || ConditionAnalysis.ruleAlwaysTrue($0, ruleset: ruleset, budget: budget)
            }
            for a in rules.indices where !decided[a] {
                // Pairs are quadratic in the group: once the budget is spent, stop asking.
                guard !budget.isExhausted else { break }
                var wider: [(rule: Rule, equivalent: Bool)] = []
                for b in rules.indices
                where a != b && !decided[b] && canonical[a] != canonical[b] && rules[a].id != rules[b].id {
                    guard
                        ConditionAnalysis.implies(
                            rules[a].condition, rules[b].condition, ruleset: ruleset, budget: budget)
                    else { continue }
                    let equivalent = ConditionAnalysis.implies(
                        rules[b].condition, rules[a].condition, ruleset: ruleset, budget: budget)
                    // Equivalent rules are reported once, at the later one.
                    if equivalent && a < b { continue }
                    wider.append((rules[b], equivalent))
                }
                guard let first = wider.first else { continue }
                let narrower = rules[a]
                let how =
                    first.equivalent
                    ? "fires exactly when rule '\(first.rule.id)' fires"
                    : "fires only when rule '\(first.rule.id)' also fires"
                // In one evidence group only the stronger rule counts: the narrower one changes nothing
                // unless it is the stronger; in two groups it counts the same evidence again.
                let effect =
                    narrower.evidenceGroup == first.rule.evidenceGroup
                    ? "so in their shared group '\(narrower.evidenceGroup)' it adds nothing unless it is the stronger"
                    : "so it only adds weight to the same findings"
                diagnostics.append(
                    .warning(
                        .subsumedRule,
                        "rule '\(narrower.id)' is subsumed by rule '\(first.rule.id)': it \(how) and names the same threats, "
                            + "strategies and instruments, \(effect)",
                        at: narrower.condition.location,
                        notes: wider.map { .init("the condition of '\($0.rule.id)'", at: $0.rule.condition.location) },
                        help:
                            "merge '\(narrower.id)' into '\(first.rule.id)' (adjusting its confidence), or give it consequences of its own"
                    ))
            }
        }
        return diagnostics
    }

    /// The sorted threat, strategy and instrument ids of a rule, as one key.
    static func consequences(_ rule: Rule) -> String {
        let threats = Set(rule.threats.map(\.id.value)).sorted().joined(separator: ",")
        let strategies = Set(rule.strategies.map(\.value)).sorted().joined(separator: ",")
        let instruments = Set(rule.instruments.map(\.value)).sorted().joined(separator: ",")
        return "\(threats)|\(strategies)|\(instruments)"
    }
}
