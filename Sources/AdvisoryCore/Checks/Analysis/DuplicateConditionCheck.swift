/// PA503: a rule whose condition is structurally the same as an earlier rule's (after
/// sorting the parts of `all`/`any`). Reported at the later rule, with a note at the first.
struct DuplicateConditionCheck: AnalysisCheck {
    let name = "duplicate-conditions"

    func run(_ ruleset: Ruleset, budget: AnalysisBudget) -> [Diagnostic] {
        var first: [String: Rule] = [:]
        var diagnostics: [Diagnostic] = []
        for rule in ruleset.rules where ConditionAnalysis.isAnalyzable(rule.condition) {
            guard budget.spend(AnalysisBudget.maxConditionNodes) else { break }
            let key = CanonicalCondition.text(rule.condition)
            guard let original = first[key] else {
                first[key] = rule
                continue
            }
            guard original.id != rule.id else { continue }
            diagnostics.append(
                .warning(
                    .duplicateCondition, "rule '\(rule.id)' has the same condition as rule '\(original.id)'",
                    at: rule.condition.location,
                    notes: [.init("the condition of '\(original.id)'", at: original.condition.location)],
                    help:
                        "merge the two rules into one naming all their threats, strategies and instruments, or make the conditions differ"
                ))
        }
        return diagnostics
    }
}
