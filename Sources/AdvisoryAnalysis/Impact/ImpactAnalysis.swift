import AdvisoryCore

/// Compares the advice the base and head rulesets give each profile: threats, strategies,
/// instruments and rule results, each change with its causes in the ruleset changes.
///
/// Both rulesets are compiled once; the static comparison is made once and indexed by id, so
/// that comparing a profile costs two evaluations and a pass over the rules.
public struct ImpactAnalysis: Sendable {
    public let base: CompiledRuleset
    public let head: CompiledRuleset
    public let changes: RulesetChanges
    /// Per rule whose `when` changed: those changes.
    private let conditionChanges: [String: [FieldChange]]
    /// Rules whose confidence, group or consequences changed.
    private let scoringChanges: [String]
    /// Per indicator whose applicability changed: those changes.
    private let indicatorChanges: [String: [FieldChange]]
    /// Per strategy whose list of instruments changed: the instruments added or removed.
    private let strategyInstrumentChanges: [String: Set<String>]
    /// Instruments whose kind, joining, signature deadline, parent or `open_to` changed.
    private let instrumentActionChanges: Set<String>
    /// Instruments whose `open_to` changed (or that were added or removed).
    private let eligibilityChanges: Set<String>
    private let levelsChanged: Bool
    /// Every rule id of either side, sorted, with its index in each ruleset (nil: absent there).
    private let rulePairs: [(id: String, base: Int?, head: Int?)]

    public init(base: CompiledRuleset, head: CompiledRuleset) {
        self.base = base
        self.head = head
        let baseIndex = base.ruleset.ruleIndex
        let headIndex = head.ruleset.ruleIndex
        rulePairs = Set(baseIndex.keys).union(headIndex.keys).sorted().map { ($0, baseIndex[$0], headIndex[$0]) }
        let changes = RulesetChanges(base: base.ruleset, head: head.ruleset)
        self.changes = changes
        let changedRules = changes.rules.filter { $0.change == .changed }
        conditionChanges = Dictionary(
            changedRules.compactMap { rule in
                let when = rule.changes.filter(\.isConditionChange)
                return when.isEmpty ? nil : (rule.id, when)
            }, uniquingKeysWith: { first, _ in first })
        scoringChanges = changedRules.filter { $0.changes.contains(where: RuleComparison.altersScores) }.map(\.id)
        // Of an indicator's fields only `applies_if` changes how an unchanged rule reads a
        // value both rulesets accept.
        indicatorChanges = Dictionary(
            changes.indicators.compactMap { indicator in
                let relevant = indicator.changes.filter(\.isConditionChange)
                return relevant.isEmpty ? nil : (indicator.id, relevant)
            }, uniquingKeysWith: { first, _ in first })
        strategyInstrumentChanges = Dictionary(
            changes.strategies.compactMap { strategy in
                let items = strategy.changes.filter { $0.path == "instruments" }.compactMap { $0.after ?? $0.before }
                return items.isEmpty ? nil : (strategy.id, Set(items))
            }, uniquingKeysWith: { first, _ in first })
        let actionFields: Set<String> = ["kind", "joining", "open_for_signature_until", "parent"]
        instrumentActionChanges = Set(
            changes.instruments.filter { entry in
                entry.change != .changed
                    || entry.changes.contains { $0.isConditionChange || actionFields.contains($0.path) }
            }.map(\.id))
        eligibilityChanges = Set(
            changes.instruments.filter { entry in
                entry.change != .changed || entry.changes.contains(where: \.isConditionChange)
            }.map(\.id))
        levelsChanged = changes.header.contains { $0.path.hasPrefix("levels.") }
    }

    /// The one place profiles are evaluated, so that a leaner evaluation can replace it.
    static func evaluate(_ compiled: CompiledRuleset, _ profile: Profile, on date: CalendarDate) -> Evaluation {
        Evaluator(compiled).evaluate(profile, on: date)
    }

    /// What changes for one profile, evaluated on `date` by both rulesets.
    public func impact(of pair: ProfilePair, on date: CalendarDate) -> ProfileImpact {
        let country = pair.head.country
        var impact = ProfileImpact(
            source: pair.source, country: .init(code: country.code, name: country.name, year: country.year),
            baseErrors: [], threats: [], strategies: [], instruments: [], rules: [])
        guard let baseProfile = pair.base else {
            impact.baseErrors = pair.baseErrors.filter { $0.severity == .error }.map { diagnostic in
                diagnostic.location.map { "\($0): \(diagnostic.message)" } ?? diagnostic.message
            }
            return impact
        }
        let old = Self.evaluate(base, baseProfile, on: date)
        let new = Self.evaluate(head, pair.head, on: date)
        impact.rules = ruleChanges(old, new)
        let changedRules = Set(impact.rules.map(\.id)).union(
            scoringChanges.filter { fired($0, in: old, base) || fired($0, in: new, head) })
        func ruleCauses(_ rules: [String]...) -> [String] {
            Set(rules.joined()).intersection(changedRules).sorted().map { "rules." + $0 }
        }
        impact.threats = Self.compare(
            old.threats, new.threats, state: Self.threatState,
            causes: { a, b in
                ruleCauses(a?.rules ?? [], b?.rules ?? [])
                    + (levelsDecide([a?.score, b?.score]) ? ["ruleset.levels"] : [])
            })
        impact.strategies = Self.strategyChanges(old.strategies, new.strategies) { a, b in
            ruleCauses(a?.rules ?? [], b?.rules ?? [])
        }
        let changedStrategies = Set(impact.strategies.map(\.id))
        impact.instruments = Self.compare(
            old.instruments, new.instruments, state: Self.instrumentState,
            causes: { a, b in
                // The strategies naming it that changed for the profile, or that name it, or no
                // longer name it, in the head.
                let id = a?.id ?? b?.id ?? ""
                let strategies = Set((a?.strategies ?? []) + (b?.strategies ?? [])).filter {
                    changedStrategies.contains($0) || strategyInstrumentChanges[$0]?.contains(id) == true
                }
                // The instrument's own entry (or its parent's) explains a change of what is
                // advised for it; its coming or going only through `open_to` (who may join).
                var instruments: Set<String> = []
                if let a, let b, a.action != b.action || a.eligibility != b.eligibility || a.requires != b.requires {
                    instruments = Set([a.id, a.requires, b.requires].compactMap { $0 }).intersection(
                        instrumentActionChanges)
                } else if eligibilityChanges.contains(id), (a == nil) != (b == nil) {
                    instruments = [id]
                }
                return ruleCauses(a?.rules ?? [], b?.rules ?? []) + strategies.sorted().map { "strategies." + $0 }
                    + instruments.sorted().map { "instruments." + $0 }
            })
        return impact
    }

    private static func threatState(_: Int, _ threat: ThreatFinding) -> ThreatState {
        ThreatState(level: threat.level, score: NumberFormat.rounded(threat.score))
    }

    private static func instrumentState(_: Int, _ instrument: InstrumentFinding) -> InstrumentState {
        InstrumentState(
            action: instrument.action.rawValue, status: instrument.statusName,
            relevance: NumberFormat.rounded(instrument.relevance), eligibility: instrument.eligibility.rawValue,
            requires: instrument.requires)
    }

    /// Whether the change of the level thresholds alone gives one of these scores another level.
    private func levelsDecide(_ scores: [Double?]) -> Bool {
        levelsChanged
            && scores.contains { score in
                score.map { base.ruleset.header.level(for: $0) != head.ruleset.header.level(for: $0) } ?? false
            }
    }

    private func fired(_ rule: String, in evaluation: Evaluation, _ compiled: CompiledRuleset) -> Bool {
        compiled.ruleset.ruleIndex[rule].map { evaluation.ruleTruths[$0] == .true } ?? false
    }

    // MARK: Rules

    /// Rules whose result differs, by id. A rule that does not exist on one side and does not
    /// fire on the other gives the same advice as before, and is not listed.
    private func ruleChanges(_ old: Evaluation, _ new: Evaluation) -> [RuleResultChange] {
        var values: ProfileValues?
        return rulePairs.compactMap { pair -> RuleResultChange? in
            let before = pair.base.map { old.ruleTruths[$0] }
            let after = pair.head.map { new.ruleTruths[$0] }
            guard before != after, before == .true || before == .unknown || after == .true || after == .unknown
            else { return nil }
            let title = (pair.head.map { head.ruleset.rules[$0] } ?? pair.base.map { base.ruleset.rules[$0] })?.title
            var reasons: [Reason] = []
            if before != nil, after != nil {
                let read = values ?? ProfileValues(base: old, head: new)
                values = read
                reasons = self.reasons(rule: pair.id, read)
            }
            return RuleResultChange(
                id: pair.id, title: title, before: before.map(Evaluation.resultName) ?? "absent",
                after: after.map(Evaluation.resultName) ?? "absent", reasons: reasons)
        }
    }

    /// Why a rule on both sides changed result: its own condition changes, else the changes of
    /// the indicators it reads (directly or through their `applies_if`).
    private func reasons(rule id: String, _ values: ProfileValues) -> [Reason] {
        if let changes = conditionChanges[id] {
            return changes.map { Reason(entry: "rules." + id, change: $0, value: $0.reference.map(values.text)) }
        }
        return readIndicators(rule: id).flatMap { indicator in
            (indicatorChanges[indicator] ?? []).map {
                Reason(entry: "indicators." + indicator, change: $0, value: $0.reference.map(values.text))
            }
        }
    }

    /// The indicators a rule reads, and those their `applies_if` read, on either side, sorted.
    private func readIndicators(rule id: String) -> [String] {
        var seen: Set<String> = []
        var pending: [Condition] = [base.ruleset.rule(id)?.condition, head.ruleset.rule(id)?.condition].compactMap {
            $0
        }
        while let condition = pending.popLast() {
            for reference in condition.leaves.flatMap(\.references) {
                guard case .indicator(let indicator) = reference, seen.insert(indicator).inserted else { continue }
                pending += [base.ruleset.indicator(indicator)?.appliesIf, head.ruleset.indicator(indicator)?.appliesIf]
                    .compactMap { $0 }
            }
        }
        return seen.sorted()
    }

    // MARK: Findings

    /// Findings added, removed or whose state changed, by id.
    private static func compare<Finding: Identified, State>(
        _ before: [Finding], _ after: [Finding], state: (Int, Finding) -> State,
        changed: (State, State) -> Bool = { $0 != $1 }, causes: (Finding?, Finding?) -> [String]
    ) -> [FindingChange<State>] {
        var old: [String: (Finding, State)] = [:]
        for (index, finding) in before.enumerated() where old[finding.id] == nil {
            old[finding.id] = (finding, state(index, finding))
        }
        var new: [String: (Finding, State)] = [:]
        for (index, finding) in after.enumerated() where new[finding.id] == nil {
            new[finding.id] = (finding, state(index, finding))
        }
        return Set(old.keys).union(new.keys).sorted().compactMap { id in
            let a = old[id]
            let b = new[id]
            if let a, let b, !changed(a.1, b.1) { return nil }
            return FindingChange(
                id: id, title: b?.0.title ?? a?.0.title ?? id, before: a?.1, after: b?.1, causes: causes(a?.0, b?.0))
        }
    }

    /// Strategies added, removed, whose score changed, or that moved among the strategies
    /// recommended on both sides.
    static func strategyChanges(
        _ before: [StrategyFinding], _ after: [StrategyFinding],
        causes: (StrategyFinding?, StrategyFinding?) -> [String]
    ) -> [StrategyChange] {
        let shared = Set(before.map(\.id)).intersection(after.map(\.id))
        func ranks(_ list: [StrategyFinding]) -> [String: Int] {
            var ranks: [String: Int] = [:]
            for finding in list where shared.contains(finding.id) && ranks[finding.id] == nil {
                ranks[finding.id] = ranks.count + 1
            }
            return ranks
        }
        let oldShared = ranks(before)
        let newShared = ranks(after)
        return Self.compare(
            before, after,
            state: { index, strategy in
                StrategyState(rank: index + 1, score: NumberFormat.rounded(strategy.score))
            },
            changed: { _, _ in true },
            causes: causes
        ).filter { change in
            // A strategy whose rank changed only to make room for another (its rank among the
            // strategies on both sides is the same, and so is its score) has not moved.
            guard let a = change.before, let b = change.after else { return true }
            return a.score != b.score || oldShared[change.id] != newShared[change.id]
        }
    }
}

/// Findings with an id and a title.
protocol Identified {
    var id: String { get }
    var title: String { get }
}

extension ThreatFinding: Identified {}
extension StrategyFinding: Identified {}
extension InstrumentFinding: Identified {}
