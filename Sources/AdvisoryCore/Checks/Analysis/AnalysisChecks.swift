extension RulesetChecks {
    /// Static analysis, run by `advisor validate` after the standard checks. Findings are
    /// warnings (errors with `--strict`).
    public static let analysis: [RulesetCheck] = [
        UnsatisfiableConditionCheck(), AlwaysTrueConditionCheck(), DuplicateConditionCheck(), SubsumedRuleCheck(),
        UnreferencedEntryCheck(), UnraisableThreatCheck(), UnrecommendedStrategyCheck(),
    ]
}

/// A static-analysis stage: warnings about a ruleset that is otherwise sound.
protocol AnalysisCheck: RulesetCheck {}

extension AnalysisCheck {
    public var isAnalysis: Bool { true }
}
