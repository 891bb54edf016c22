/// Applies a compiled ruleset to profiles and derives the findings of the contract (§6, §10).
public struct Evaluator: Sendable {
    public let compiled: CompiledRuleset
    public var ruleset: Ruleset { compiled.ruleset }

    public init(_ compiled: CompiledRuleset) { self.compiled = compiled }

    public init(ruleset: Ruleset) throws(CompiledRuleset.Failure) {
        self.compiled = try CompiledRuleset(ruleset)
    }

    /// Evaluates `profile`; `date` (the report date) decides signature deadlines.
    ///
    /// The scores, levels and actions come from ``LeanEvaluator``; this adds what reports and
    /// explanations read (ids, titles, evidence groups, naming rules, data gaps, stale values).
    public func evaluate(_ profile: Profile, on date: CalendarDate) -> Evaluation {
        let vector = compiled.vector(for: profile)
        var lean = LeanEvaluation(for: compiled)
        LeanEvaluator(compiled, date: date).evaluateApplied(vector, into: &lean)
        let truths = lean.ruleTruths
        var gaps: [DataGap] = []
        if lean.unknownCount > 0 {
            var recorder = TruthRecorder(nodeCount: compiled.nodeCount)
            for (index, truth) in truths.enumerated() where truth == .unknown {
                _ = compiled.evaluateRule(index, vector, tracer: &recorder)
                gaps.append(
                    DataGap(
                        rule: ruleset.rules[index].id,
                        missing: compiled.missingReferences(rule: index, truths: recorder.truths, vector: vector)))
            }
        }
        // Fired rules in id order.
        let fired = compiled.tables.rulesByID.map(Int.init).filter { truths[$0] == .true }
        let strategies = strategyFindings(fired, lean)
        let notApplicable = (0..<vector.indicatorCount).filter { vector.states[$0] == .notApplicable }
        return Evaluation(
            profile: profile, date: date, ruleTruths: truths, threats: threatFindings(fired, lean),
            strategies: strategies, instruments: instrumentFindings(fired, strategies, lean, vector),
            dataGaps: gaps.sorted { $0.rule < $1.rule },
            stale: staleValues(profile, skipping: Set(notApplicable.map { ruleset.indicators[$0].id })),
            notApplicable: notApplicable.map { ruleset.indicators[$0].id }.sorted())
    }

    /// Noisy-OR: 1 − Π(1 − cᵢ), over confidences in a fixed order.
    public static func noisyOr<S: Sequence>(_ confidences: S) -> Double where S.Element == Double {
        1 - confidences.reduce(1.0) { $0 * (1 - $1) }
    }

    private func threatFindings(_ fired: [Int], _ lean: LeanEvaluation) -> [ThreatFinding] {
        let groups = EvidenceGroups(compiled: compiled, fired: fired) { rule in
            compiled.consequences[rule].threats.map { (Int($0.threat), $0.confidence) }
        }
        return groups.findings.map { threat, evidence in
            ThreatFinding(
                id: ruleset.threats[threat].id, title: ruleset.threats[threat].title,
                score: lean.threatScores[threat], level: ruleset.header.levelName(rank: lean.threatLevels[threat]),
                rules: evidence.rules, evidence: evidence.groups)
        }.sorted { ($0.score, $1.id) > ($1.score, $0.id) }
    }

    private func strategyFindings(_ fired: [Int], _ lean: LeanEvaluation) -> [StrategyFinding] {
        let groups = EvidenceGroups(compiled: compiled, fired: fired) { rule in
            compiled.consequences[rule].strategies.map { (Int($0), ruleset.rules[rule].confidence) }
        }
        return groups.findings.map { index, evidence in
            let strategy = ruleset.strategies[index]
            return StrategyFinding(
                id: strategy.id, title: strategy.title, priority: strategy.priority.value,
                score: lean.strategyScores[index], rules: evidence.rules, evidence: evidence.groups)
        }.sorted { ($0.score, $1.id) > ($1.score, $0.id) }
    }

    /// The listed instruments, ranked by relevance (descending), then id, each with the fired
    /// rules and recommended strategies naming it.
    private func instrumentFindings(
        _ fired: [Int], _ strategies: [StrategyFinding], _ lean: LeanEvaluation, _ vector: ProfileVector
    ) -> [InstrumentFinding] {
        var rules: [Int: [String]] = [:]
        for rule in fired {
            for instrument in compiled.consequences[rule].instruments {
                rules[Int(instrument), default: []].append(ruleset.rules[rule].id)
            }
        }
        var naming: [Int: [String]] = [:]
        let tables = compiled.tables
        for finding in strategies {
            guard let index = ruleset.strategyIndex[finding.id] else { continue }
            for entry in tables.strategyInstruments.range(index) {
                naming[Int(tables.strategyInstruments.items[entry]), default: []].append(finding.id)
            }
        }
        return lean.instrumentActions.indices.compactMap { slot -> InstrumentFinding? in
            guard let action = lean.instrumentActions[slot] else { return nil }
            let instrument = ruleset.instruments[slot]
            let parent = Int(lean.instrumentRequires[slot])
            return InstrumentFinding(
                id: instrument.id, title: instrument.title, kind: instrument.kind,
                status: ProfileVector.status(vector.statuses[slot]), action: action,
                relevance: lean.instrumentRelevance[slot], eligibility: lean.instrumentEligibility[slot] ?? .unknown,
                requires: parent >= 0 ? ruleset.instruments[parent].id : nil, rules: (rules[slot] ?? []).sorted(),
                strategies: (naming[slot] ?? []).sorted())
        }.sorted { ($0.relevance, $1.id) > ($1.relevance, $0.id) }
    }

    /// The stale values of `profile` (as ``Evaluation/stale``), given its lean evaluation.
    public func staleValues(_ profile: Profile, lean: LeanEvaluation) -> [StaleValue] {
        guard profile.indicators.values.contains(where: { $0.year != nil }) else { return [] }
        let ignored = ruleset.indicators.indices.filter { !lean.indicatorApplies($0) }.map { ruleset.indicators[$0].id }
        return staleValues(profile, skipping: Set(ignored))
    }

    /// Stale when `country.year − year > limit` (the indicator's limit, else the ruleset's); a
    /// value that is ignored because its indicator does not apply is not listed.
    private func staleValues(_ profile: Profile, skipping ignored: Set<String>) -> [StaleValue] {
        profile.indicators.compactMap { id, value -> StaleValue? in
            guard !ignored.contains(id), let year = value.year, let indicator = ruleset.indicator(id),
                let (age, limit) = ruleset.staleness(
                    ofYear: year, indicator: indicator, assessmentYear: profile.country.year)
            else { return nil }
            return StaleValue(indicator: id, year: year, age: age, limit: limit)
        }.sorted { $0.indicator < $1.indicator }
    }
}

extension CompiledRuleset {
    /// The references of the unknown leaves reached by descending only into unknown
    /// sub-conditions of rule `index` (needs a complete trace of that rule on `vector`).
    public func missingReferences(rule index: Int, truths: [Truth?], vector: ProfileVector) -> [String] {
        missingReferences(root: ruleRoots[index], truths: truths, vector: vector)
    }

    /// The same for any compiled condition (a rule's, an `open_to`, an `applies_if`).
    ///
    /// An unknown leaf over an expression lists the operands without a value, or, when both
    /// have one (a division by zero), the divisor; a trend lists its indicator.
    func missingReferences(root: Int32, truths: [Truth?], vector: ProfileVector) -> [String] {
        var missing: Set<String> = []
        var pending: [Int32] = [root]
        while let node = pending.popLast() {
            guard truths[Int(node)] == .unknown else { continue }
            let compiledNode = nodes[Int(node)]
            if compiledNode.kind.isLeaf {
                guard case .leaf(let leaf) = sources[Int(node)] else { continue }
                let references = leaf.references
                let absent = references.filter { reference in
                    guard case .indicator(let id) = reference, let slot = ruleset.indicatorIndex[id] else {
                        return true
                    }
                    return vector.states[slot] != .present
                }
                for reference in absent.isEmpty ? [references[references.count - 1]] : absent {
                    missing.insert(reference.description)
                }
            } else {
                pending += children(of: compiledNode)
            }
        }
        return missing.sorted()
    }
}
