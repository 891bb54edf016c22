/// Evaluates profile vectors to results by index (``LeanEvaluation``): rule truths, threat
/// scores and levels, strategy scores, instrument actions, relevance and eligibility, with the
/// semantics of §6 and §10 and nothing else — no explanations, traces, texts or findings.
///
/// This is the path for many evaluations: a batch of countries, Monte Carlo draws over a
/// country's values, the comparison of two rulesets. ``Evaluator`` builds its findings on it, so
/// both agree to the last bit.
///
/// ```swift
/// let lean = LeanEvaluator(compiled, date: date)
/// var result = LeanEvaluation(for: compiled)
/// var vector = compiled.rawVector(for: profile)       // the country as given
/// let slot = compiled.indicatorSlot("wgi_rule_of_law")!
/// for draw in draws {
///     vector.setValue(draw, at: slot)                 // copy-on-write: cheap to modify
///     lean.evaluate(vector, into: &result)            // no allocation per evaluation
///     tally(result.threatLevels)
/// }
/// ```
///
/// An evaluator is immutable and `Sendable`: share one across threads, each with its own result.
public struct LeanEvaluator: Sendable {
    public let compiled: CompiledRuleset
    /// The report date, which decides signature deadlines (§10.3).
    public let date: CalendarDate
    private let levelThresholds: [Double]

    public init(_ compiled: CompiledRuleset, date: CalendarDate) {
        self.compiled = compiled
        self.date = date
        levelThresholds = compiled.ruleset.header.levels.map(\.threshold)
    }

    /// Evaluates a vector as given (``CompiledRuleset/rawVector(for:)``): decides which
    /// indicators apply (§10.2) and the trends and expressions leaves compare (an expression
    /// reads its operands as the vector holds them now; a trend was computed from the profile's
    /// series when the vector was built), then every rule, finding and action, into `result`
    /// (made by ``LeanEvaluation/init(for:)`` for the same ruleset).
    public func evaluate(_ vector: ProfileVector, into result: inout LeanEvaluation) {
        evaluateApplied(prepared(vector, &result), into: &result)
    }

    /// Evaluates a vector as given up to the threats and strategies: rule truths, threat scores
    /// and levels, strategy scores; the instrument results in `result` are left as they were
    /// (stale). About half the cost of ``evaluate(_:into:)`` on a catalog with many instruments,
    /// for loops that read only threats and strategies (Monte Carlo draws of threat levels).
    public func evaluateThreatsAndStrategies(_ vector: ProfileVector, into result: inout LeanEvaluation) {
        compiled.evaluateRulePass(prepared(vector, &result), into: &result.nodeCodes, truths: &result.ruleTruths)
        countTruths(&result)
        foldThreatsAndStrategies(&result)
    }

    /// The same, into a new result.
    public func evaluate(_ vector: ProfileVector) -> LeanEvaluation {
        var result = LeanEvaluation(for: compiled)
        evaluate(vector, into: &result)
        return result
    }

    /// The vector as the rules read it: `vector` itself, or, when the ruleset decides
    /// applicability or computes trends and expressions, a copy prepared in `result`'s buffer
    /// (no allocation once the buffer has its size).
    private func prepared(_ vector: ProfileVector, _ result: inout LeanEvaluation) -> ProfileVector {
        guard compiled.needsPreparation else { return vector }
        result.applied.assign(vector)
        compiled.prepare(&result.applied)
        return result.applied
    }

    /// Evaluates a vector already prepared (``CompiledRuleset/vector(for:)``).
    func evaluateApplied(_ vector: ProfileVector, into result: inout LeanEvaluation) {
        compiled.evaluateRulePass(vector, into: &result.nodeCodes, truths: &result.ruleTruths)
        countTruths(&result)
        foldThreatsAndStrategies(&result)
        rankInstruments(vector, &result)
    }

    private func countTruths(_ result: inout LeanEvaluation) {
        var fired = 0
        var unknown = 0
        for truth in result.ruleTruths {
            if truth == .true { fired += 1 } else if truth == .unknown { unknown += 1 }
        }
        result.firedCount = fired
        result.unknownCount = unknown
        result.notFiredCount = result.ruleTruths.count - fired - unknown
    }

    /// Threat and strategy scores: per evidence group the largest confidence of its fired rules,
    /// groups combined by noisy-OR in group id order (fired rules are visited by group).
    private func foldThreatsAndStrategies(_ result: inout LeanEvaluation) {
        let tables = compiled.tables
        for index in result.threatFold.indices { result.threatFold[index] = .init() }
        for index in result.strategyFold.indices { result.strategyFold[index] = .init() }
        for rule in tables.rulesByGroup where result.ruleTruths[Int(rule)] == .true {
            let rule = Int(rule)
            let group = tables.groupOfRule[rule]
            for entry in tables.threats.range(rule) {
                let (threat, confidence) = tables.threats.items[entry]
                result.threatFold[Int(threat)].add(confidence, group: group)
            }
            let confidence = tables.ruleConfidence[rule]
            for entry in tables.strategies.range(rule) {
                result.strategyFold[Int(tables.strategies.items[entry])].add(confidence, group: group)
            }
        }
        for (threat, fold) in result.threatFold.enumerated() {
            let score = fold.score
            result.threatRaised[threat] = fold.isNamed
            result.threatScores[threat] = score
            result.threatLevels[threat] = fold.isNamed ? levelRank(score) : 0
        }
        for (strategy, fold) in result.strategyFold.enumerated() {
            result.strategyRecommended[strategy] = fold.isNamed
            result.strategyScores[strategy] = fold.score
        }
    }

    /// As ``RulesetHeader/level(for:)``: the last level whose threshold the score reaches (with
    /// a tolerance for binary rounding), as a rank.
    private func levelRank(_ score: Double) -> Int {
        var rank = 0
        for (index, threshold) in levelThresholds.enumerated()
        where threshold <= score + RulesetHeader.thresholdTolerance { rank = index + 1 }
        return rank
    }

    /// Instruments named by fired rules (rule id order) and recommended strategies (strategy id
    /// order), kept when the country may join them, with the parents they require (§10.3, §10.4).
    private func rankInstruments(_ vector: ProfileVector, _ result: inout LeanEvaluation) {
        let tables = compiled.tables
        for slot in result.instrumentProduct.indices {
            result.instrumentProduct[slot] = 1
            result.instrumentNamed[slot] = false
            result.instrumentActions[slot] = nil
            result.instrumentRelevance[slot] = 0
            result.instrumentEligibility[slot] = nil
            result.instrumentRequires[slot] = -1
            result.instrumentVisited[slot] = false
        }
        for rule in tables.rulesByID where result.ruleTruths[Int(rule)] == .true {
            let confidence = tables.ruleConfidence[Int(rule)]
            for entry in tables.instruments.range(Int(rule)) {
                let slot = Int(tables.instruments.items[entry])
                result.instrumentProduct[slot] *= 1 - confidence
                result.instrumentNamed[slot] = true
            }
        }
        for strategy in tables.strategiesByID where result.strategyRecommended[Int(strategy)] {
            let score = result.strategyScores[Int(strategy)]
            for entry in tables.strategyInstruments.range(Int(strategy)) {
                let slot = Int(tables.strategyInstruments.items[entry])
                result.instrumentProduct[slot] *= 1 - score
                result.instrumentNamed[slot] = true
            }
        }
        // The scratch lists are kept in the result, so that a loop allocates nothing.
        var pending = result.pendingInstruments
        pending.removeAll(keepingCapacity: true)
        for slot in result.instrumentNamed.indices where result.instrumentNamed[slot] {
            guard let eligibility = eligibility(slot, vector) else { continue }
            result.instrumentEligibility[slot] = eligibility
            result.instrumentRelevance[slot] = 1 - result.instrumentProduct[slot]
            result.instrumentVisited[slot] = true
            pending.append(slot)
        }
        addRequiredParents(&pending, vector, &result)
        result.pendingInstruments = pending
        for slot in result.instrumentEligibility.indices where result.instrumentEligibility[slot] != nil {
            result.instrumentActions[slot] = InstrumentAction(
                tables.instrumentTraits[slot], status: ProfileVector.status(vector.statuses[slot]), date: date)
        }
    }

    /// Whether the country may join the instrument in `slot`: nil when `open_to` is false.
    private func eligibility(_ slot: Int, _ vector: ProfileVector) -> Eligibility? {
        let root = compiled.openToRoots[slot]
        guard root >= 0 else { return .eligible }
        switch compiled.withKernel(vector, { $0.evaluate(root) }) {
        case .true: return .eligible
        case .unknown: return .unknown
        case .false: return nil
        }
    }

    /// Lists the parents that listed instruments require (a listed instrument that is not a
    /// party, whose parent is not a party either), transitively, unless `open_to` excludes them;
    /// a parent's relevance is at least that of each listed instrument requiring it, directly
    /// or through listed parents in between.
    ///
    /// Parents form a forest (a cycle is a validation error; the walks are bounded all the same),
    /// so each instrument is listed once. Relevance is carried up each requiring chain by a
    /// running maximum, which gives every ancestor the largest relevance below it in any order.
    ///
    /// `pending` holds the listed instruments, each marked in `instrumentVisited`; it is used up.
    /// No allocation once the scratch lists have their size.
    private func addRequiredParents(_ pending: inout [Int], _ vector: ProfileVector, _ result: inout LeanEvaluation) {
        let party = ProfileVector.code(.party)
        var children = result.requiringInstruments
        children.removeAll(keepingCapacity: true)
        while let child = pending.popLast() {
            let parent = Int(compiled.parentSlots[child])
            guard parent >= 0, parent != child, vector.statuses[child] != party, vector.statuses[parent] != party
            else { continue }
            result.instrumentRequires[child] = Int32(parent)
            children.append(child)
            if result.instrumentEligibility[parent] == nil, let eligibility = eligibility(parent, vector) {
                result.instrumentEligibility[parent] = eligibility
                result.instrumentRelevance[parent] = 0
            }
            if result.instrumentEligibility[parent] != nil, !result.instrumentVisited[parent] {
                result.instrumentVisited[parent] = true
                pending.append(parent)
            }
        }
        for child in children {
            var current = child
            var steps = 0
            while steps < children.count, result.instrumentEligibility[current] != nil,
                case let parent = Int(result.instrumentRequires[current]), parent >= 0,
                result.instrumentEligibility[parent] != nil
            {
                result.instrumentRelevance[parent] = max(
                    result.instrumentRelevance[parent], result.instrumentRelevance[current])
                current = parent
                steps += 1
            }
        }
        result.requiringInstruments = children
    }
}
