/// PA506: a threat no rule can raise: no rule names it, or only rules whose condition can
/// never be true (PA501) do.
struct UnraisableThreatCheck: AnalysisCheck {
    let name = "unraisable-threats"

    func run(_ ruleset: Ruleset, budget: AnalysisBudget) -> [Diagnostic] {
        var namedBy: [String: [Rule]] = [:]
        for rule in ruleset.rules {
            for threat in Set(rule.threats.map(\.id.value)) { namedBy[threat, default: []].append(rule) }
        }
        return ruleset.threats.compactMap { threat -> Diagnostic? in
            let rules = namedBy[threat.id] ?? []
            if rules.isEmpty {
                return .warning(
                    .unraisableThreat, "threat '\(threat.id)' is named by no rule, so no report can raise it",
                    at: threat.location, help: "add a rule with '\(threat.id)' in 'then.threats', or remove the threat")
            }
            guard rules.allSatisfy({ ConditionAnalysis.ruleNeverTrue($0, ruleset: ruleset, budget: budget) }) else {
                return nil
            }
            return .warning(
                .unraisableThreat,
                "threat '\(threat.id)' can never be raised: the only rules naming it (\(rules.map(\.id).joined(separator: ", "))) can never fire",
                at: threat.location, notes: rules.map { .init("'\($0.id)' names it", at: $0.location) })
        }
    }
}
