/// The results of one evaluation by catalog index, without explanations, traces, texts or ids:
/// what ``LeanEvaluator`` fills in, and what ``Evaluator`` turns into findings.
///
/// Every array is indexed like the ruleset's catalog of the same name (`ruleset.rules`,
/// `.threats`, `.strategies`, `.instruments`). An evaluator overwrites a result in place, so a
/// loop that reuses one result allocates nothing per evaluation; keep a copy (or read what you
/// need) before the next evaluation into it.
public struct LeanEvaluation: Sendable {
    /// Each rule's truth.
    public internal(set) var ruleTruths: [Truth]
    /// Whether a fired rule names the threat (it is listed).
    public internal(set) var threatRaised: [Bool]
    /// The noisy-OR of the threat's evidence groups (§10.1); 0 when not raised.
    public internal(set) var threatScores: [Double]
    /// The threat's level as a rank: 0 for `none`, `i + 1` for `ruleset.header.levels[i]`
    /// (as ``RulesetHeader/rank(ofLevel:)`` counts).
    public internal(set) var threatLevels: [Int]
    /// Whether a fired rule names the strategy (it is recommended).
    public internal(set) var strategyRecommended: [Bool]
    /// The strategy's score (noisy-OR of its evidence groups); 0 when not recommended.
    public internal(set) var strategyScores: [Double]
    /// The action for each listed instrument; nil when the instrument is not listed (§10.3, §10.4).
    public internal(set) var instrumentActions: [InstrumentAction?]
    /// The relevance of each listed instrument; 0 when not listed.
    public internal(set) var instrumentRelevance: [Double]
    /// Each listed instrument's eligibility; nil when not listed.
    public internal(set) var instrumentEligibility: [Eligibility?]
    /// The slot of the parent each instrument requires (§10.3), or -1.
    public internal(set) var instrumentRequires: [Int32]
    /// Rules fired, not fired and unknown.
    public internal(set) var firedCount = 0
    public internal(set) var notFiredCount = 0
    public internal(set) var unknownCount = 0

    /// Per threat (and strategy): the product of (1 − group value) over the groups folded so
    /// far, the group being folded and its largest confidence so far.
    var threatFold: [GroupFold]
    var strategyFold: [GroupFold]
    /// Per instrument: the product of (1 − term) of its relevance (§10.4), and whether any term
    /// was folded (a fired rule or a recommended strategy names it).
    var instrumentProduct: [Double]
    var instrumentNamed: [Bool]
    /// Scratch for listing the parents instruments require: whether each slot was seen, the
    /// slots still to visit, and the listed instruments that require a parent.
    var instrumentVisited: [Bool]
    var pendingInstruments: [Int] = []
    var requiringInstruments: [Int] = []
    /// The vector after applicability (when the ruleset has `applies_if`).
    var applied: ProfileVector
    /// The truth code of every rule node (``CompiledRuleset/evaluateRulePass(_:into:truths:)``).
    var nodeCodes: [UInt8]

    /// The evidence of one finding folded group by group, in group order.
    struct GroupFold: Sendable {
        var product = 1.0
        var group: Int32 = -1
        var largest = 0.0

        /// Adds a fired rule's confidence in `group` (groups arrive in ascending order).
        @inline(__always)
        mutating func add(_ confidence: Double, group: Int32) {
            if group != self.group {
                if self.group >= 0 { product *= 1 - largest }
                self.group = group
                largest = confidence
            } else {
                largest = max(largest, confidence)
            }
        }

        /// Whether any rule was added.
        var isNamed: Bool { group >= 0 }

        /// 1 − Π(1 − group value): the noisy-OR of the groups, in group order.
        var score: Double { group >= 0 ? 1 - product * (1 - largest) : 0 }
    }

    /// A result sized for `compiled` (every rule unknown, nothing listed).
    public init(for compiled: CompiledRuleset) {
        let ruleset = compiled.ruleset
        ruleTruths = Array(repeating: .unknown, count: ruleset.rules.count)
        threatRaised = Array(repeating: false, count: ruleset.threats.count)
        threatScores = Array(repeating: 0, count: ruleset.threats.count)
        threatLevels = Array(repeating: 0, count: ruleset.threats.count)
        strategyRecommended = Array(repeating: false, count: ruleset.strategies.count)
        strategyScores = Array(repeating: 0, count: ruleset.strategies.count)
        instrumentActions = Array(repeating: nil, count: ruleset.instruments.count)
        instrumentRelevance = Array(repeating: 0, count: ruleset.instruments.count)
        instrumentEligibility = Array(repeating: nil, count: ruleset.instruments.count)
        instrumentRequires = Array(repeating: -1, count: ruleset.instruments.count)
        threatFold = Array(repeating: GroupFold(), count: ruleset.threats.count)
        strategyFold = Array(repeating: GroupFold(), count: ruleset.strategies.count)
        instrumentProduct = Array(repeating: 1, count: ruleset.instruments.count)
        instrumentNamed = Array(repeating: false, count: ruleset.instruments.count)
        instrumentVisited = Array(repeating: false, count: ruleset.instruments.count)
        applied = compiled.emptyVector()
        nodeCodes = Array(repeating: 0, count: compiled.plan.nodeCount)
    }

    /// Whether the indicator in `slot` applies to the country (§10.2): false when its
    /// `applies_if` is false, and then a value given for it was ignored.
    public func indicatorApplies(_ slot: Int) -> Bool { applied.states[slot] != .notApplicable }

    /// Whether the instrument in `slot` is listed.
    public func isListed(instrument slot: Int) -> Bool { instrumentActions[slot] != nil }
}
