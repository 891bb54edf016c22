/// Applies a compiled ruleset to profiles and derives the findings of the contract (§6).
public struct Evaluator: Sendable {
    public let compiled: CompiledRuleset
    public var ruleset: Ruleset { compiled.ruleset }

    public init(_ compiled: CompiledRuleset) { self.compiled = compiled }

    public init(ruleset: Ruleset) throws(CompiledRuleset.Failure) {
        self.compiled = try CompiledRuleset(ruleset)
    }

    public func evaluate(_ profile: Profile) -> Evaluation {
        let vector = compiled.vector(for: profile)
        var noTrace = NoTracer()
        let truths = compiled.evaluateRules(vector, tracer: &noTrace)
        var gaps: [DataGap] = []
        if truths.contains(.unknown) {
            var recorder = TruthRecorder(nodeCount: compiled.nodeCount)
            for (index, truth) in truths.enumerated() where truth == .unknown {
                _ = compiled.evaluateRule(index, vector, tracer: &recorder)
                gaps.append(
                    DataGap(
                        rule: ruleset.rules[index].id,
                        missing: compiled.missingReferences(rule: index, truths: recorder.truths)))
            }
        }
        let fired = truths.indices.filter { truths[$0] == .true }.map { ruleset.rules[$0] }
            .sorted { $0.id < $1.id }
        let strategies = strategyFindings(fired)
        return Evaluation(
            profile: profile, ruleTruths: truths, threats: threatFindings(fired), strategies: strategies,
            instruments: instrumentFindings(fired, strategies: strategies, profile: profile),
            dataGaps: gaps.sorted { $0.rule < $1.rule }, stale: staleValues(profile))
    }

    /// Noisy-OR: 1 − Π(1 − cᵢ), over confidences in a fixed (rule id) order.
    public static func noisyOr<S: Sequence>(_ confidences: S) -> Double where S.Element == Double {
        1 - confidences.reduce(1.0) { $0 * (1 - $1) }
    }

    private func threatFindings(_ fired: [Rule]) -> [ThreatFinding] {
        // Per threat, each fired rule naming it (in rule id order) with the confidence it lends.
        var byThreat: [String: [(rule: String, confidence: Double)]] = [:]
        for rule in fired {
            for (threat, confidence) in rule.threatConfidences {
                byThreat[threat, default: []].append((rule.id, confidence))
            }
        }
        return byThreat.compactMap { id, rules -> ThreatFinding? in
            guard let threat = ruleset.threat(id) else { return nil }
            let score = Self.noisyOr(rules.map(\.confidence))
            return ThreatFinding(
                id: id, title: threat.title, score: score, level: ruleset.header.level(for: score),
                rules: rules.map(\.rule))
        }.sorted { ($0.score, $1.id) > ($1.score, $0.id) }
    }

    private func strategyFindings(_ fired: [Rule]) -> [StrategyFinding] {
        var byStrategy: [String: [Rule]] = [:]
        for rule in fired {
            for strategy in Set(rule.strategies.map(\.value)) { byStrategy[strategy, default: []].append(rule) }
        }
        return byStrategy.compactMap { id, rules -> StrategyFinding? in
            guard let strategy = ruleset.strategy(id) else { return nil }
            return StrategyFinding(
                id: id, title: strategy.title, priority: strategy.priority.value,
                score: Self.noisyOr(rules.map(\.confidence)), rules: rules.map(\.id))
        }.sorted { ($0.score, $1.id) > ($1.score, $0.id) }
    }

    private func instrumentFindings(_ fired: [Rule], strategies: [StrategyFinding], profile: Profile)
        -> [InstrumentFinding]
    {
        var rulesByInstrument: [String: Set<String>] = [:]
        var strategiesByInstrument: [String: Set<String>] = [:]
        for rule in fired {
            for instrument in rule.instruments { rulesByInstrument[instrument.value, default: []].insert(rule.id) }
        }
        for finding in strategies {
            guard let strategy = ruleset.strategy(finding.id) else { continue }
            for instrument in strategy.instruments {
                strategiesByInstrument[instrument.value, default: []].insert(finding.id)
            }
        }
        let ids = Set(rulesByInstrument.keys).union(strategiesByInstrument.keys)
        return ids.sorted().compactMap { id in
            guard let instrument = ruleset.instrument(id) else { return nil }
            let status = profile.instruments[id]?.status
            return InstrumentFinding(
                id: id, title: instrument.title, kind: instrument.kind, status: status,
                action: InstrumentAction(kind: instrument.kind, status: status),
                rules: (rulesByInstrument[id] ?? []).sorted(), strategies: (strategiesByInstrument[id] ?? []).sorted())
        }
    }

    /// Stale when `country.year − year > limit` (the indicator's limit, else the ruleset's).
    private func staleValues(_ profile: Profile) -> [StaleValue] {
        profile.indicators.compactMap { id, value -> StaleValue? in
            guard let year = value.year, let indicator = ruleset.indicator(id),
                let (age, limit) = ruleset.staleness(
                    ofYear: year, indicator: indicator, assessmentYear: profile.country.year)
            else { return nil }
            return StaleValue(indicator: id, year: year, age: age, limit: limit)
        }.sorted { $0.indicator < $1.indicator }
    }
}

extension CompiledRuleset {
    /// The references of the unknown leaves reached by descending only into unknown
    /// sub-conditions of rule `index` (needs a complete trace of that rule).
    public func missingReferences(rule index: Int, truths: [Truth?]) -> [String] {
        var missing: Set<String> = []
        var pending: [Int32] = [ruleRoots[index]]
        while let node = pending.popLast() {
            guard truths[Int(node)] == .unknown else { continue }
            let compiledNode = nodes[Int(node)]
            switch compiledNode.kind {
            case .all, .any, .not, .atLeast:
                pending += children(of: compiledNode)
            default:
                if case .leaf(let leaf) = sources[Int(node)] { missing.insert(leaf.reference.description) }
            }
        }
        return missing.sorted()
    }
}
