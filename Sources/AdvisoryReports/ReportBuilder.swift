import AdvisoryCore

/// Builds the report model from an evaluation and its explanations.
public struct ReportBuilder: Sendable {
    public let compiled: CompiledRuleset
    var ruleset: Ruleset { compiled.ruleset }

    /// The language of titles, the summary and (in the renderers) the fixed words.
    public let language: Language

    public init(_ compiled: CompiledRuleset, language: Language = .en) {
        self.compiled = compiled
        self.language = language
    }

    /// The report of `evaluation`; its date is the evaluation's (the report date).
    public func build(_ evaluation: Evaluation) -> Report {
        let profile = evaluation.profile
        let explainer = Explainer(compiled)
        let firedIndexes = evaluation.ruleTruths.indices.filter { evaluation.ruleTruths[$0] == .true }
        // Only fired rules are explained: the annex and the reasons need nothing else.
        let explanations = explainer.explain(rules: firedIndexes, profile)
        let byID = Dictionary(explanations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let reasons: ([String]) -> [Report.Reason] = { ids in
            ids.compactMap { id in byID[id]?.because.map { Report.Reason(rule: id, text: $0) } }
        }
        let answers = ThreatAnswers(evaluation: evaluation, ruleset: ruleset)
        let titles = CatalogTitles(ruleset: ruleset, language: language)
        let threats = evaluation.threats.map { finding in
            Report.Threat(
                id: finding.id, title: titles.threat(finding.id) ?? finding.title,
                description: ruleset.threat(finding.id)?.description,
                score: Self.round(finding.score), level: finding.level, rules: finding.rules,
                evidence: finding.evidence.map(Self.rounded),
                reasons: reasons(strongestFirst(finding.evidence, threat: finding.id)),
                borderline: Self.borderline(finding.rules, byID))
        }
        let strategies = evaluation.strategies.enumerated().map { rank, finding in
            let strategy = ruleset.strategy(finding.id)
            return Report.Strategy(
                id: finding.id, title: titles.strategy(finding.id) ?? finding.title, description: strategy?.description,
                priority: finding.priority, priorityTitle: titles.priority(finding.priority) ?? finding.priority,
                score: Self.round(finding.score), rank: rank + 1, rules: finding.rules,
                addresses: strategy?.addresses.map(\.value) ?? [], threats: answers.forStrategy(finding.id),
                evidence: finding.evidence.map(Self.rounded), rationale: reasons(finding.rules),
                borderline: Self.borderline(finding.rules, byID))
        }
        let instruments = evaluation.instruments.map { finding in
            let instrument = ruleset.instrument(finding.id)
            var inForce: Int?
            if case .year(let year)? = instrument?.inForce { inForce = year }
            return Report.Instrument(
                id: finding.id, title: titles.instrument(finding.id) ?? finding.title,
                short: titles.instrumentShort(finding.id), kind: finding.kind.rawValue,
                status: finding.statusName, since: profile.instruments[finding.id]?.since,
                action: finding.action.rawValue, relevance: Self.round(finding.relevance),
                eligibility: finding.eligibility.rawValue, inForce: inForce, notInForce: instrument?.inForce == .notYet,
                requires: finding.requires, rules: finding.rules, strategies: finding.strategies,
                threats: answers.forInstrument(finding.id))
        }
        let actionPlan = Report.ActionPlan(strategies: strategies, instruments: instruments)
        return Report(
            language: language.rawValue,
            country: .init(code: profile.country.code, name: profile.country.name, year: profile.country.year),
            summary: SummaryWriter(language: ReportLanguage(language)).summary(
                evaluation, threats: threats, plan: actionPlan),
            actionPlan: actionPlan,
            data: dataSummary(evaluation),
            levels: ruleset.header.levels.map { Report.Level(name: $0.name, threshold: $0.threshold) },
            threats: threats, strategies: strategies, priorities: priorityGroups(strategies),
            instruments: instruments,
            rules: zip(ruleset.rules, evaluation.ruleTruths).map { rule, truth in
                Report.RuleResult(id: rule.id, title: rule.title, result: Evaluation.resultName(truth))
            }.sorted { $0.id < $1.id },
            dataGaps: evaluation.dataGaps.map {
                Report.DataGap(rule: $0.rule, title: ruleset.rule($0.rule)?.title, missing: $0.missing)
            },
            collect: collectList(evaluation.dataGaps, titles: titles, profile: evaluation.profile),
            stale: evaluation.stale.map {
                Report.Stale(
                    indicator: $0.indicator, name: ruleset.indicator($0.indicator)?.displayName ?? $0.indicator,
                    year: $0.year, age: $0.age, limit: $0.limit)
            },
            notApplicable: evaluation.notApplicable,
            notApplicableReasons: evaluation.notApplicable.map { id in
                let indicator = ruleset.indicator(id)
                return Report.NotApplicable(
                    indicator: id, name: indicator?.displayName ?? id,
                    reason: explainer.notApplicableReason(indicator: id, profile) ?? "")
            },
            annex: explanations.sorted { $0.id < $1.id }.map(annexEntry),
            provenance: .init(
                ruleset: .init(
                    id: ruleset.header.id, title: ruleset.header.title, version: ruleset.header.version,
                    hash: "sha256:" + ruleset.contentHash),
                engine: "policyadvisor \(Engine.version)", profileHash: "sha256:" + profile.contentHash,
                date: evaluation.date.description))
    }

    /// The rules of each evidence group, strongest first within its group, groups in evidence
    /// order: the order reasons are read in.
    private func strongestFirst(_ evidence: [EvidenceGroup], threat: String) -> [String] {
        evidence.flatMap { group in
            group.rules.sorted { a, b in
                let (ca, cb) = (confidence(a, threat), confidence(b, threat))
                return ca != cb ? ca > cb : a < b
            }
        }
    }

    private func confidence(_ rule: String, _ threat: String) -> Double {
        ruleset.rule(rule)?.confidence(forThreat: threat) ?? 0
    }

    /// The borderline leaves the fired `rules` hinge on, by rule (in the order given) and then
    /// in the order of the rule's leaves.
    static func borderline(_ rules: [String], _ explanations: [String: RuleExplanation]) -> [Report.Borderline] {
        rules.flatMap { id in
            (explanations[id]?.hinges ?? []).compactMap { leaf -> Report.Borderline? in
                guard let uncertainty = leaf.uncertainty else { return nil }
                return Report.Borderline(
                    rule: id, condition: leaf.condition, indicator: leaf.reference, value: leaf.value ?? "",
                    stderr: uncertainty.stderr, low: uncertainty.low, high: uncertainty.high)
            }
        }
    }

    /// Scores and margins to 6 decimals, so that binary noise never reaches a report.
    static func round(_ score: Double) -> Double { NumberFormat.rounded(score) }

    static func rounded(_ group: EvidenceGroup) -> EvidenceGroup {
        var copy = group
        copy.confidence = round(group.confidence)
        return copy
    }

    private func dataSummary(_ evaluation: Evaluation) -> Report.DataSummary {
        let truths = evaluation.ruleTruths
        return Report.DataSummary(
            indicatorsProvided: evaluation.profile.indicators.count, indicatorsInRuleset: ruleset.indicators.count,
            instrumentStatusesProvided: evaluation.profile.instruments.count,
            instrumentsInRuleset: ruleset.instruments.count,
            rulesFired: truths.filter { $0 == .true }.count, rulesNotFired: truths.filter { $0 == .false }.count,
            rulesUnknown: truths.filter { $0 == .unknown }.count)
    }

    private func priorityGroups(_ strategies: [Report.Strategy]) -> [Report.PriorityGroup] {
        var order: [String] = []
        var members: [String: [String]] = [:]
        for strategy in strategies {
            if members[strategy.priority] == nil { order.append(strategy.priority) }
            members[strategy.priority, default: []].append(strategy.id)
        }
        return order.map { id in
            Report.PriorityGroup(
                id: id, title: CatalogTitles(ruleset: ruleset, language: language).priority(id) ?? id,
                strategies: members[id] ?? [])
        }
    }

    /// What to collect: each missing reference with the rules it decides. An indicator the
    /// profile has a value for, read by a trend of those rules, lacks its earlier years.
    private func collectList(_ gaps: [AdvisoryCore.DataGap], titles: CatalogTitles, profile: Profile)
        -> [Report.Collect]
    {
        var rulesByReference: [String: [String]] = [:]
        for gap in gaps {
            for reference in gap.missing { rulesByReference[reference, default: []].append(gap.rule) }
        }
        return rulesByReference.keys.sorted().map { reference in
            let parsed = Reference(parsing: reference)
            var name = reference
            var source: String?
            switch parsed {
            case .indicator(let id):
                name = ruleset.indicator(id)?.displayName ?? id
                source = ruleset.indicator(id)?.source
                let rules = rulesByReference[reference] ?? []
                let trend = rules.contains { rule in
                    ruleset.rule(rule)?.condition.leaves.contains {
                        $0.measure.isTrend && $0.reference == .indicator(id)
                    } ?? false
                }
                if trend, profile.indicators[id] != nil { name = ReportLanguage(language).earlierYears(of: name) }
            case .instrument(let id):
                name = ReportLanguage(language).statusTowards(titles.instrumentName(id) ?? id)
            }
            return Report.Collect(
                reference: reference, name: name, source: source,
                rules: (rulesByReference[reference] ?? []).sorted())
        }
    }

    private func annexEntry(_ explanation: RuleExplanation) -> Report.AnnexEntry {
        Report.AnnexEntry(
            rule: explanation.id, title: explanation.title, confidence: explanation.confidence,
            because: explanation.because,
            leaves: explanation.leaves.map {
                Report.AnnexLeaf(
                    condition: $0.condition, reference: $0.reference, result: $0.truth.description,
                    value: $0.value, test: $0.test, margin: $0.margin.map(Self.round), year: $0.year,
                    source: $0.source, stale: $0.stale, uncertainty: $0.uncertainty)
            })
    }
}
