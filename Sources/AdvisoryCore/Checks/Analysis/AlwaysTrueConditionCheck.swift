/// PA502: a rule condition (or a part of one) that every profile makes true, missing values
/// included, such as `any: [x is missing, x is present]`. Under three-valued logic
/// `x < 5 or x >= 5` is unknown when `x` is missing, so it is not reported.
struct AlwaysTrueConditionCheck: AnalysisCheck {
    let name = "always-true-conditions"

    func run(_ ruleset: Ruleset, budget: AnalysisBudget) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for rule in ruleset.rules where ConditionAnalysis.isAnalyzable(rule.condition) {
            guard let space = ConditionSpace([rule.condition], ruleset: ruleset, budget: budget) else { continue }
            visit(rule.condition, isRoot: true, rule: rule, space: space, into: &diagnostics)
        }
        return diagnostics
    }

    private func visit(
        _ condition: Condition, isRoot: Bool, rule: Rule, space: ConditionSpace, into diagnostics: inout [Diagnostic]
    ) {
        if let conflicts = ConditionAnalysis.alwaysTrue(condition, in: space) {
            let reason = conflicts.isEmpty ? "" : ": " + ConditionAnalysis.describeCover(conflicts)
            let subject =
                isRoot
                ? "the condition of rule '\(rule.id)' is true for every profile (missing values included), so the rule always fires"
                : "this part of the condition of rule '\(rule.id)' is true for every profile (missing values included)"
            diagnostics.append(
                .warning(
                    .alwaysTrueCondition, subject + reason, at: condition.location,
                    notes: ConditionAnalysis.notes(conflicts, label: "covering leaf"),
                    help: isRoot
                        ? "a rule that always fires is advice for every country; test the data it is meant to depend on"
                        : "remove this part, or fix the test it was meant to make"))
            return
        }
        for part in ConditionAnalysis.parts(condition) {
            visit(part, isRoot: false, rule: rule, space: space, into: &diagnostics)
        }
    }
}
