import AdvisoryCore

/// Catalog titles in a report's language: the translation when the ruleset gives one, else
/// the English title (the fallback that ``untranslated(in:)`` lists).
struct CatalogTitles: Sendable {
    let ruleset: Ruleset
    let language: Language

    func threat(_ id: String) -> String? {
        ruleset.threat(id).map { pick($0.title, $0.titles) }
    }

    func priority(_ id: String) -> String? {
        ruleset.priority(id).map { pick($0.title, $0.titles) }
    }

    func strategy(_ id: String) -> String? {
        ruleset.strategy(id).map { pick($0.title, $0.titles) }
    }

    func instrument(_ id: String) -> String? {
        ruleset.instrument(id).map { pick($0.title, $0.titles) }
    }

    func instrumentShort(_ id: String) -> String? {
        guard let instrument = ruleset.instrument(id), let short = instrument.short else { return nil }
        return pick(short, instrument.shorts)
    }

    /// The short name, else the title.
    func instrumentName(_ id: String) -> String? { instrumentShort(id) ?? instrument(id) }

    private func pick(_ english: String, _ translations: Translations) -> String {
        language == .en ? english : translations[language] ?? english
    }

    /// The catalog entries the reports name whose title has no translation into the language,
    /// each once: "threat organized_crime", "instrument untoc". Empty in English.
    func untranslated(in reports: [Report]) -> [String] {
        guard language != .en else { return [] }
        var seen: Set<String> = []
        var list: [String] = []
        func note(_ kind: String, _ id: String, _ translations: Translations?) {
            guard let translations, translations[language] == nil, seen.insert(kind + " " + id).inserted else {
                return
            }
            list.append(kind + " " + id)
        }
        for report in reports {
            for threat in report.threats { note("threat", threat.id, ruleset.threat(threat.id)?.titles) }
            for group in report.priorities { note("priority", group.id, ruleset.priority(group.id)?.titles) }
            for strategy in report.strategies {
                note("strategy", strategy.id, ruleset.strategy(strategy.id)?.titles)
            }
            for instrument in report.instruments {
                note("instrument", instrument.id, ruleset.instrument(instrument.id)?.titles)
            }
        }
        return list
    }
}

extension ReportBuilder {
    /// The catalog titles of `reports` shown in English for want of a translation into the
    /// builder's language ("threat organized_crime"), each once; empty in English.
    public func untranslatedTitles(in reports: [Report]) -> [String] {
        CatalogTitles(ruleset: compiled.ruleset, language: language).untranslated(in: reports)
    }
}
