/// PA507: a strategy no rule can recommend: no rule names it, or only rules whose condition
/// can never be true (PA501) do.
struct UnrecommendedStrategyCheck: AnalysisCheck {
    let name = "unrecommended-strategies"

    func run(_ ruleset: Ruleset, budget: AnalysisBudget) -> [Diagnostic] {
        var namedBy: [String: [Rule]] = [:]
        for rule in ruleset.rules {
            for strategy in Set(rule.strategies.map(\.value)) { namedBy[strategy, default: []].append(rule) }
        }
        return ruleset.strategies.compactMap { strategy -> Diagnostic? in
            let rules = namedBy[strategy.id] ?? []
            if rules.isEmpty {
                return .warning(
                    .unrecommendedStrategy, "strategy '\(strategy.id)' is named by no rule, so it is never recommended",
                    at: strategy.location,
                    help:
                        "add '\(strategy.id)' to the 'then.strategies' of the rules it answers, or remove the strategy")
            }
            guard rules.allSatisfy({ ConditionAnalysis.ruleNeverTrue($0, ruleset: ruleset, budget: budget) }) else {
                return nil
            }
            return .warning(
                .unrecommendedStrategy,
                "strategy '\(strategy.id)' can never be recommended: the only rules naming it (\(rules.map(\.id).joined(separator: ", "))) can never fire",
                at: strategy.location, notes: rules.map { .init("'\($0.id)' names it", at: $0.location) })
        }
    }
}
