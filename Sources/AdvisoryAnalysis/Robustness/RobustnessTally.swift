import AdvisoryCore

/// Counts over a set of Monte Carlo draws. Tallies of separate sets of draws merge by addition,
/// so the total does not depend on how the draws were shared out.
struct RobustnessTally: Sendable {
    /// Level ranks per threat (0 for `none`, then the ruleset's levels).
    let ranks: Int
    /// Outcomes per instrument: not listed, then each ``InstrumentAction``.
    static let outcomes = InstrumentAction.allCases.count + 1
    var draws = 0
    /// `threat * ranks + rank`: draws with the threat at that level.
    var threatLevels: [Int]
    /// Draws recommending each strategy.
    var strategies: [Int]
    /// `instrument * outcomes + outcome`: draws with the instrument not listed (0) or listed
    /// with the action `InstrumentAction.allCases[outcome - 1]`.
    var instrumentOutcomes: [Int]
    /// Draws firing each rule.
    var rules: [Int]
    /// Per uncertain value, when it alone is drawn: draws changing some threat's level, draws
    /// changing any advice, and per threat (`input * threats + threat`) and strategy
    /// (`input * strategies + strategy`) the draws changing it.
    var aloneLevelChanges: [Int]
    var aloneAdviceChanges: [Int]
    var aloneThreatChanges: [Int]
    var aloneStrategyChanges: [Int]
    /// Per uncertain value drawn alone: draws changing some rule's result, and per rule
    /// (`input * rules + rule`) the draws changing it.
    var aloneAnyRuleChanges: [Int]
    var aloneRuleChanges: [Int]

    init(_ compiled: CompiledRuleset, inputs: Int) {
        let ruleset = compiled.ruleset
        ranks = ruleset.header.levels.count + 1
        threatLevels = Array(repeating: 0, count: ruleset.threats.count * ranks)
        strategies = Array(repeating: 0, count: ruleset.strategies.count)
        instrumentOutcomes = Array(repeating: 0, count: ruleset.instruments.count * Self.outcomes)
        rules = Array(repeating: 0, count: ruleset.rules.count)
        aloneLevelChanges = Array(repeating: 0, count: inputs)
        aloneAdviceChanges = Array(repeating: 0, count: inputs)
        aloneThreatChanges = Array(repeating: 0, count: inputs * ruleset.threats.count)
        aloneStrategyChanges = Array(repeating: 0, count: inputs * ruleset.strategies.count)
        aloneAnyRuleChanges = Array(repeating: 0, count: inputs)
        aloneRuleChanges = Array(repeating: 0, count: inputs * ruleset.rules.count)
    }

    /// The outcome index of an instrument's action (0: not listed).
    static func outcome(_ action: InstrumentAction?) -> Int {
        guard let action, let index = InstrumentAction.allCases.firstIndex(of: action) else { return 0 }
        return index + 1
    }

    /// Counts one draw's results, `times` times (a run without uncertain values counts its one
    /// evaluation for every draw).
    ///
    /// Without `instruments`, every instrument counts as not listed.
    mutating func add(_ result: LeanEvaluation, times: Int = 1, instruments: Bool = true) {
        draws += times
        for (threat, rank) in result.threatLevels.enumerated() { threatLevels[threat * ranks + rank] += times }
        for (strategy, recommended) in result.strategyRecommended.enumerated() where recommended {
            strategies[strategy] += times
        }
        for (instrument, action) in result.instrumentActions.enumerated() {
            instrumentOutcomes[instrument * Self.outcomes + (instruments ? Self.outcome(action) : 0)] += times
        }
        for (rule, truth) in result.ruleTruths.enumerated() where truth == .true { rules[rule] += times }
    }

    /// Counts how `result`, with the uncertain value `input` drawn alone, differs from `baseline`.
    mutating func addAlone(_ result: LeanEvaluation, input: Int, baseline: LeanEvaluation, instruments: Bool = true) {
        let threats = result.threatLevels.count
        var levelChanged = false
        for threat in 0..<threats where result.threatLevels[threat] != baseline.threatLevels[threat] {
            aloneThreatChanges[input * threats + threat] += 1
            levelChanged = true
        }
        let strategies = result.strategyRecommended.count
        var strategyChanged = false
        for strategy in 0..<strategies
        where result.strategyRecommended[strategy] != baseline.strategyRecommended[strategy] {
            aloneStrategyChanges[input * strategies + strategy] += 1
            strategyChanged = true
        }
        let rules = result.ruleTruths.count
        var ruleChanged = false
        for rule in 0..<rules where result.ruleTruths[rule] != baseline.ruleTruths[rule] {
            aloneRuleChanges[input * rules + rule] += 1
            ruleChanged = true
        }
        if ruleChanged { aloneAnyRuleChanges[input] += 1 }
        if levelChanged { aloneLevelChanges[input] += 1 }
        if levelChanged || strategyChanged || (instruments && result.instrumentActions != baseline.instrumentActions) {
            aloneAdviceChanges[input] += 1
        }
    }

    /// Adds another tally's counts.
    mutating func merge(_ other: RobustnessTally) {
        draws += other.draws
        Self.add(other.threatLevels, to: &threatLevels)
        Self.add(other.strategies, to: &strategies)
        Self.add(other.instrumentOutcomes, to: &instrumentOutcomes)
        Self.add(other.rules, to: &rules)
        Self.add(other.aloneLevelChanges, to: &aloneLevelChanges)
        Self.add(other.aloneAdviceChanges, to: &aloneAdviceChanges)
        Self.add(other.aloneThreatChanges, to: &aloneThreatChanges)
        Self.add(other.aloneStrategyChanges, to: &aloneStrategyChanges)
        Self.add(other.aloneAnyRuleChanges, to: &aloneAnyRuleChanges)
        Self.add(other.aloneRuleChanges, to: &aloneRuleChanges)
    }

    private static func add(_ counts: [Int], to total: inout [Int]) {
        for index in counts.indices { total[index] += counts[index] }
    }
}
