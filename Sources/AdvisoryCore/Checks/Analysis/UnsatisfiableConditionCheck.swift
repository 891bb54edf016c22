/// PA501: a rule condition (or a part of one) that no profile can make true, such as
/// `x < 1` with `x > 2` under one `all`, `instrument.x == party` with `instrument.x == none`,
/// or `x is missing` with a comparison on `x`. Reported at the outermost such condition,
/// naming the leaves that clash.
struct UnsatisfiableConditionCheck: AnalysisCheck {
    let name = "unsatisfiable-conditions"

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
        if let conflicts = ConditionAnalysis.neverTrue(condition, in: space) {
            let reason = conflicts.isEmpty ? "" : ": " + ConditionAnalysis.describeClashes(conflicts)
            let subject =
                isRoot
                ? "the condition of rule '\(rule.id)' can never be true, so the rule never fires"
                : "this part of the condition of rule '\(rule.id)' can never be true"
            diagnostics.append(
                .warning(
                    .unsatisfiableCondition, subject + reason, at: condition.location,
                    notes: ConditionAnalysis.notes(conflicts, label: "clashing leaf"),
                    help: "check the thresholds and operators; a value cannot be on both sides of a line"))
            return
        }
        for part in ConditionAnalysis.parts(condition) {
            visit(part, isRoot: false, rule: rule, space: space, into: &diagnostics)
        }
    }
}
