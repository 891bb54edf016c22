extension RulesetChecks {
    /// Static analysis, run by `advisor validate` after the standard checks. Findings are
    /// warnings (errors with `--strict`).
    public static let analysis: [RulesetCheck] = [
        UnsatisfiableConditionCheck(), AlwaysTrueConditionCheck(), DuplicateConditionCheck(), SubsumedRuleCheck(),
        UnreferencedEntryCheck(), UnraisableThreatCheck(), UnrecommendedStrategyCheck(),
    ]
}
