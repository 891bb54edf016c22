import AdvisoryCore

/// What a Monte Carlo run (``RobustnessAnalysis``) counted: per threat the draws at each level,
/// per strategy the draws recommending it, per instrument the draws with each action, per rule
/// the draws firing it, and the sensitivity of the advice to each uncertain value. Indexes are
/// those of the ruleset's catalogs.
public struct RobustnessResult: Sendable {
    /// How many draws were made, and the seed of their streams.
    public let draws: Int
    public let seed: UInt64
    /// The values that were drawn, in catalog order.
    public let uncertain: [UncertainValue]
    /// The evaluation of the profile as given.
    public let baseline: LeanEvaluation
    /// Whether each uncertain value was also drawn alone (``sensitivity`` is empty otherwise).
    public let hasSensitivity: Bool
    /// The sensitivity of the advice to each uncertain value, most sensitive first: draws in
    /// which that value alone changes a threat's level, then draws in which it changes any
    /// advice, then draws in which it changes a rule's result, then the indicator id.
    public let sensitivity: [Sensitivity]
    let tally: RobustnessTally

    /// A finding is stable when one outcome (a level; recommended or not; an action or not
    /// listed) holds in at least this many of so many draws (9 in 10), compared in integers.
    static let stableRatio = (draws: 9, of: 10)

    /// ``stableRatio`` as a share of the draws, for reports.
    public static let stableShare = Double(stableRatio.draws) / Double(stableRatio.of)

    /// How one uncertain value, drawn alone, moves the advice.
    public struct Sensitivity: Sendable {
        /// Its place in ``RobustnessResult/uncertain``.
        public var input: Int
        /// Draws in which it alone changed the level of at least one threat.
        public var levelChanges: Int
        /// Draws in which it alone changed any advice: a threat's level, whether a strategy is
        /// recommended, an instrument's action (or whether it is listed).
        public var adviceChanges: Int
        /// Per threat index, draws in which it alone changed that threat's level (only threats
        /// it changed, by index).
        public var threats: [(threat: Int, draws: Int)]
        /// Per strategy index, draws in which it alone changed whether the strategy is recommended.
        public var strategies: [(strategy: Int, draws: Int)]
        /// Draws in which it alone changed the result of at least one rule.
        public var ruleChanges: Int
        /// Per rule index, draws in which it alone changed the rule's result.
        public var rules: [(rule: Int, draws: Int)]
    }

    init(
        compiled: CompiledRuleset, options: RobustnessAnalysis.Options, uncertain: [UncertainValue],
        baseline: LeanEvaluation, tally: RobustnessTally
    ) {
        draws = tally.draws
        seed = options.seed
        self.uncertain = uncertain
        self.baseline = baseline
        hasSensitivity = options.sensitivity
        self.tally = tally
        let threats = compiled.ruleset.threats.count
        let strategies = compiled.ruleset.strategies.count
        let rules = compiled.ruleset.rules.count
        sensitivity =
            options.sensitivity
            ? uncertain.indices.map { input in
                Sensitivity(
                    input: input, levelChanges: tally.aloneLevelChanges[input],
                    adviceChanges: tally.aloneAdviceChanges[input],
                    threats: (0..<threats).compactMap { threat in
                        let draws = tally.aloneThreatChanges[input * threats + threat]
                        return draws > 0 ? (threat, draws) : nil
                    },
                    strategies: (0..<strategies).compactMap { strategy in
                        let draws = tally.aloneStrategyChanges[input * strategies + strategy]
                        return draws > 0 ? (strategy, draws) : nil
                    },
                    ruleChanges: tally.aloneAnyRuleChanges[input],
                    rules: (0..<rules).compactMap { rule in
                        let draws = tally.aloneRuleChanges[input * rules + rule]
                        return draws > 0 ? (rule, draws) : nil
                    })
            }.sorted {
                ($0.levelChanges, $0.adviceChanges, $0.ruleChanges, uncertain[$1.input].indicator)
                    > ($1.levelChanges, $1.adviceChanges, $1.ruleChanges, uncertain[$0.input].indicator)
            } : []
    }

    /// Per level rank (0: `none`, `i + 1`: the ruleset's level `i`), the draws with the threat
    /// at that level.
    public func levelCounts(threat: Int) -> ArraySlice<Int> {
        tally.threatLevels[(threat * tally.ranks)..<((threat + 1) * tally.ranks)]
    }

    /// The draws with the threat at the level of rank `rank`.
    public func levelCount(threat: Int, rank: Int) -> Int { tally.threatLevels[threat * tally.ranks + rank] }

    /// Draws recommending the strategy.
    public func recommendedCount(strategy: Int) -> Int { tally.strategies[strategy] }

    /// Draws with the instrument listed with `action`, or not listed when `action` is nil.
    public func count(instrument: Int, action: InstrumentAction?) -> Int {
        tally.instrumentOutcomes[instrument * RobustnessTally.outcomes + RobustnessTally.outcome(action)]
    }

    /// Draws firing the rule.
    public func firedCount(rule: Int) -> Int { tally.rules[rule] }

    /// Whether `count` of the draws is at least ``stableShare`` of them (exactly, in integers).
    public func isStable(_ count: Int) -> Bool {
        count * Self.stableRatio.of >= draws * Self.stableRatio.draws
    }

    /// `count` as a share of the draws.
    public func share(_ count: Int) -> Double { Double(count) / Double(max(draws, 1)) }
}
