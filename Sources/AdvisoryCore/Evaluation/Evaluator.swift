/// Applies a compiled ruleset to profiles and derives the findings of the contract (§6, §10).
public struct Evaluator: Sendable {
    public let compiled: CompiledRuleset
    public var ruleset: Ruleset { compiled.ruleset }

    public init(_ compiled: CompiledRuleset) { self.compiled = compiled }

    public init(ruleset: Ruleset) throws(CompiledRuleset.Failure) {
        self.compiled = try CompiledRuleset(ruleset)
    }

    /// Evaluates `profile`; `date` (the report date) decides signature deadlines.
    public func evaluate(_ profile: Profile, on date: CalendarDate) -> Evaluation {
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
        // Fired rules in id order: the order scores are combined in.
        let fired = truths.indices.filter { truths[$0] == .true }.sorted { ruleset.rules[$0].id < ruleset.rules[$1].id }
        let strategies = strategyFindings(fired)
        let notApplicable = vector.states.indices.filter { vector.states[$0] == .notApplicable }
        return Evaluation(
            profile: profile, date: date, ruleTruths: truths, threats: threatFindings(fired), strategies: strategies,
            instruments: InstrumentRanking(compiled: compiled, vector: vector, date: date)
                .findings(fired: fired, strategies: strategies),
            dataGaps: gaps.sorted { $0.rule < $1.rule },
            stale: staleValues(profile, skipping: Set(notApplicable.map { ruleset.indicators[$0].id })),
            notApplicable: notApplicable.map { ruleset.indicators[$0].id }.sorted())
    }

    /// Noisy-OR: 1 − Π(1 − cᵢ), over confidences in a fixed order.
    public static func noisyOr<S: Sequence>(_ confidences: S) -> Double where S.Element == Double {
        1 - confidences.reduce(1.0) { $0 * (1 - $1) }
    }

    private func threatFindings(_ fired: [Int]) -> [ThreatFinding] {
        let groups = EvidenceGroups(compiled: compiled, fired: fired) { rule in
            compiled.consequences[rule].threats.map { (Int($0.threat), $0.confidence) }
        }
        return groups.findings.compactMap { threat, evidence -> ThreatFinding? in
            let score = evidence.score
            return ThreatFinding(
                id: ruleset.threats[threat].id, title: ruleset.threats[threat].title, score: score,
                level: ruleset.header.level(for: score), rules: evidence.rules, evidence: evidence.groups)
        }.sorted { ($0.score, $1.id) > ($1.score, $0.id) }
    }

    private func strategyFindings(_ fired: [Int]) -> [StrategyFinding] {
        let groups = EvidenceGroups(compiled: compiled, fired: fired) { rule in
            compiled.consequences[rule].strategies.map { (Int($0), ruleset.rules[rule].confidence) }
        }
        return groups.findings.map { index, evidence in
            let strategy = ruleset.strategies[index]
            return StrategyFinding(
                id: strategy.id, title: strategy.title, priority: strategy.priority.value, score: evidence.score,
                rules: evidence.rules, evidence: evidence.groups)
        }.sorted { ($0.score, $1.id) > ($1.score, $0.id) }
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
    /// sub-conditions of rule `index` (needs a complete trace of that rule).
    public func missingReferences(rule index: Int, truths: [Truth?]) -> [String] {
        missingReferences(root: ruleRoots[index], truths: truths)
    }

    /// The same for any compiled condition (a rule's, an `open_to`, an `applies_if`).
    func missingReferences(root: Int32, truths: [Truth?]) -> [String] {
        var missing: Set<String> = []
        var pending: [Int32] = [root]
        while let node = pending.popLast() {
            guard truths[Int(node)] == .unknown else { continue }
            let compiledNode = nodes[Int(node)]
            if compiledNode.kind.isLeaf {
                if case .leaf(let leaf) = sources[Int(node)] { missing.insert(leaf.reference.description) }
            } else {
                pending += children(of: compiledNode)
            }
        }
        return missing.sorted()
    }
}
