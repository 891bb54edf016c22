extension RulesetChecks {
    /// Static analysis, run by `advisor validate` after the standard checks. Findings are
    /// warnings (errors with `--strict`).
    public static let analysis: [RulesetCheck] = [
        UnsatisfiableConditionCheck(), AlwaysTrueConditionCheck(), DuplicateConditionCheck(), SubsumedRuleCheck(),
        UnreferencedEntryCheck(), UnraisableThreatCheck(), UnrecommendedStrategyCheck(), DoubleCountingCheck(),
    ]
}

/// A static-analysis stage: warnings about a ruleset that is otherwise sound, found within a
/// work budget that the stages of one run share.
protocol AnalysisCheck: RulesetCheck {
    func run(_ ruleset: Ruleset, budget: AnalysisBudget) -> [Diagnostic]
}

extension AnalysisCheck {
    public var isAnalysis: Bool { true }

    /// The stage alone, with a budget of its own.
    public func run(_ ruleset: Ruleset) -> [Diagnostic] { run(ruleset, budget: AnalysisBudget()) }
}
