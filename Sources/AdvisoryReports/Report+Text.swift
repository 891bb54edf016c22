import AdvisoryCore

extension Report {
    /// The report with `transform` applied to every string that comes from the ruleset or
    /// the profile (ids, titles, names, texts, values), for renderers that must clean them.
    func mapText(_ transform: (String) -> String) -> Report {
        let f = transform
        var copy = self
        copy.country.code = f(country.code)
        copy.country.name = f(country.name)
        copy.summary = f(summary)
        copy.levels = levels.map { Level(name: f($0.name), threshold: $0.threshold) }
        func reasons(_ list: [Reason]) -> [Reason] { list.map { Reason(rule: f($0.rule), text: f($0.text)) } }
        func groups(_ list: [EvidenceGroup]) -> [EvidenceGroup] {
            list.map { EvidenceGroup(group: f($0.group), confidence: $0.confidence, rules: $0.rules.map(f)) }
        }
        for index in copy.actionPlan.strategies.indices {
            copy.actionPlan.strategies[index].id = f(actionPlan.strategies[index].id)
            copy.actionPlan.strategies[index].title = f(actionPlan.strategies[index].title)
            copy.actionPlan.strategies[index].priority = f(actionPlan.strategies[index].priority)
            copy.actionPlan.strategies[index].threats = actionPlan.strategies[index].threats.map(f)
        }
        for index in copy.actionPlan.instruments.indices {
            let step = actionPlan.instruments[index]
            copy.actionPlan.instruments[index].id = f(step.id)
            copy.actionPlan.instruments[index].title = f(step.title)
            copy.actionPlan.instruments[index].short = step.short.map(f)
            copy.actionPlan.instruments[index].requires = step.requires.map(f)
            copy.actionPlan.instruments[index].threats = step.threats.map(f)
        }
        for index in copy.threats.indices {
            let threat = threats[index]
            copy.threats[index].id = f(threat.id)
            copy.threats[index].title = f(threat.title)
            copy.threats[index].description = threat.description.map(f)
            copy.threats[index].level = f(threat.level)
            copy.threats[index].rules = threat.rules.map(f)
            copy.threats[index].evidence = groups(threat.evidence)
            copy.threats[index].reasons = reasons(threat.reasons)
            copy.threats[index].borderline = threat.borderline.map { $0.mapText(f) }
        }
        for index in copy.strategies.indices {
            let strategy = strategies[index]
            copy.strategies[index].id = f(strategy.id)
            copy.strategies[index].title = f(strategy.title)
            copy.strategies[index].description = strategy.description.map(f)
            copy.strategies[index].priority = f(strategy.priority)
            copy.strategies[index].priorityTitle = f(strategy.priorityTitle)
            copy.strategies[index].rules = strategy.rules.map(f)
            copy.strategies[index].addresses = strategy.addresses.map(f)
            copy.strategies[index].threats = strategy.threats.map(f)
            copy.strategies[index].evidence = groups(strategy.evidence)
            copy.strategies[index].rationale = reasons(strategy.rationale)
            copy.strategies[index].borderline = strategy.borderline.map { $0.mapText(f) }
        }
        copy.priorities = priorities.map {
            PriorityGroup(id: f($0.id), title: f($0.title), strategies: $0.strategies.map(f))
        }
        for index in copy.instruments.indices {
            let instrument = instruments[index]
            copy.instruments[index].id = f(instrument.id)
            copy.instruments[index].title = f(instrument.title)
            copy.instruments[index].short = instrument.short.map(f)
            copy.instruments[index].requires = instrument.requires.map(f)
            copy.instruments[index].rules = instrument.rules.map(f)
            copy.instruments[index].strategies = instrument.strategies.map(f)
            copy.instruments[index].threats = instrument.threats.map(f)
        }
        copy.rules = rules.map { RuleResult(id: f($0.id), title: $0.title.map(f), result: $0.result) }
        copy.dataGaps = dataGaps.map { DataGap(rule: f($0.rule), title: $0.title.map(f), missing: $0.missing.map(f)) }
        copy.collect = collect.map {
            Collect(reference: f($0.reference), name: f($0.name), source: $0.source.map(f), rules: $0.rules.map(f))
        }
        copy.stale = stale.map {
            Stale(indicator: f($0.indicator), name: f($0.name), year: $0.year, age: $0.age, limit: $0.limit)
        }
        copy.notApplicable = notApplicable.map(f)
        copy.notApplicableReasons = notApplicableReasons.map {
            NotApplicable(indicator: f($0.indicator), name: f($0.name), reason: f($0.reason))
        }
        copy.annex = annex.map { entry in
            AnnexEntry(
                rule: f(entry.rule), title: entry.title.map(f), confidence: entry.confidence,
                because: entry.because.map(f),
                leaves: entry.leaves.map {
                    AnnexLeaf(
                        condition: f($0.condition), reference: f($0.reference), result: $0.result,
                        value: $0.value.map(f),
                        test: f($0.test), margin: $0.margin, year: $0.year, source: $0.source.map(f), stale: $0.stale,
                        uncertainty: $0.uncertainty)
                })
        }
        copy.robustness = robustness?.mapText(f)
        copy.provenance.ruleset = RulesetProvenance(
            id: f(provenance.ruleset.id), title: f(provenance.ruleset.title), version: f(provenance.ruleset.version),
            hash: provenance.ruleset.hash)
        return copy
    }
}

extension Report.Borderline {
    func mapText(_ f: (String) -> String) -> Report.Borderline {
        var copy = self
        copy.rule = f(rule)
        copy.condition = f(condition)
        copy.indicator = f(indicator)
        copy.value = f(value)
        return copy
    }
}
