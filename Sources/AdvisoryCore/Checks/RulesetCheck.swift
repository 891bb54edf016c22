/// One named static check over a loaded ruleset.
public protocol RulesetCheck: Sendable {
    /// A short name, for listing the stages.
    var name: String { get }
    func run(_ ruleset: Ruleset) -> [Diagnostic]
    /// Static analysis (warnings about a sound ruleset), skipped when the ruleset has errors.
    var isAnalysis: Bool { get }
}

extension RulesetCheck {
    public var isAnalysis: Bool { false }
}

/// The ordered stages run after loading.
public enum RulesetChecks {
    /// What every load runs: problems that make a ruleset wrong.
    public static let standard: [RulesetCheck] = [
        DuplicateIDCheck(), ReferenceCheck(), LeafTypeCheck(), ComputedLeafCheck(), TemplateCheck(),
        InstrumentParentCheck(), ApplicabilityCycleCheck(),
    ]
}

extension RulesetChecks {
    /// What `advisor validate` runs: the standard checks plus static analysis.
    public static let all: [RulesetCheck] = standard + analysis
}
