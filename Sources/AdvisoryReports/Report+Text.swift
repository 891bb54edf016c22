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
        copy.threats = threats.map {
            Threat(
                id: f($0.id), title: f($0.title), description: $0.description.map(f), score: $0.score,
                level: f($0.level),
                rules: $0.rules.map(f), reasons: reasons($0.reasons))
        }
        copy.strategies = strategies.map {
            Strategy(
                id: f($0.id), title: f($0.title), description: $0.description.map(f), priority: f($0.priority),
                priorityTitle: f($0.priorityTitle), score: $0.score, rank: $0.rank, rules: $0.rules.map(f),
                addresses: $0.addresses.map(f), rationale: reasons($0.rationale))
        }
        copy.priorities = priorities.map {
            PriorityGroup(id: f($0.id), title: f($0.title), strategies: $0.strategies.map(f))
        }
        copy.instruments = instruments.map {
            Instrument(
                id: f($0.id), title: f($0.title), short: $0.short.map(f), kind: $0.kind, status: $0.status,
                since: $0.since,
                action: $0.action, rules: $0.rules.map(f), strategies: $0.strategies.map(f))
        }
        copy.rules = rules.map { RuleResult(id: f($0.id), title: $0.title.map(f), result: $0.result) }
        copy.dataGaps = dataGaps.map { DataGap(rule: f($0.rule), title: $0.title.map(f), missing: $0.missing.map(f)) }
        copy.collect = collect.map {
            Collect(reference: f($0.reference), name: f($0.name), source: $0.source.map(f), rules: $0.rules.map(f))
        }
        copy.stale = stale.map {
            Stale(indicator: f($0.indicator), name: f($0.name), year: $0.year, age: $0.age, limit: $0.limit)
        }
        copy.annex = annex.map { entry in
            AnnexEntry(
                rule: f(entry.rule), title: entry.title.map(f), confidence: entry.confidence,
                because: entry.because.map(f),
                leaves: entry.leaves.map {
                    AnnexLeaf(
                        condition: f($0.condition), reference: f($0.reference), result: $0.result,
                        value: $0.value.map(f),
                        test: f($0.test), margin: $0.margin, year: $0.year, source: $0.source.map(f), stale: $0.stale)
                })
        }
        copy.provenance.ruleset = RulesetProvenance(
            id: f(provenance.ruleset.id), title: f(provenance.ruleset.title), version: f(provenance.ruleset.version),
            hash: provenance.ruleset.hash)
        return copy
    }
}
