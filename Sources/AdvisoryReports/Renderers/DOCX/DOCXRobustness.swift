/// The robustness section of the Word document, from the same view as the HTML report's.
struct DOCXRobustness {
    let view: RobustnessView
    private var words: RobustnessView.Words { view.words }

    func write(_ doc: inout WordML) {
        doc.heading(view.heading, level: 1)
        doc.paragraph(view.intro, style: "Note")
        doc.paragraph(view.summary)
        if view.hasThreats {
            doc.table(
                header: [words.threat, words.stability, words.levelAsGiven, words.atThatLevel, words.levelsInDraws],
                widths: [40, 12, 13, 12, 23],
                rows: view.threats.map { threat in
                    [
                        [.plain(threat.title + " "), .code(threat.id)] + why(threat.why),
                        [threat.isFragile ? .bold(threat.label) : .plain(threat.label)], [.plain(threat.level)],
                        [.plain(threat.share)], [.plain(threat.levels)],
                    ]
                }, numeric: [3])
        }
        if view.hasFragileStrategies {
            doc.heading(words.fragileStrategies, level: 2)
            doc.table(
                header: [words.strategy, words.recommendedAsGiven, words.recommendedIn], widths: [64, 18, 18],
                rows: view.fragileStrategies.map { strategy in
                    [
                        [.plain(strategy.title + " "), .code(strategy.id)] + why(strategy.why),
                        [.plain(strategy.recommended)], [.plain(strategy.share)],
                    ]
                }, numeric: [2])
        }
        if !view.strategiesNote.isEmpty { doc.paragraph(view.strategiesNote, style: "Note") }
        if view.hasFragileInstruments {
            doc.heading(words.fragileInstruments, level: 2)
            doc.table(
                header: [words.instrument, words.actionAsGiven, words.withThatAction, words.outcomesInDraws],
                widths: [40, 18, 14, 28],
                rows: view.fragileInstruments.map { instrument in
                    [
                        [.plain(instrument.title + " "), .code(instrument.id)], [.plain(instrument.action)],
                        [.plain(instrument.share)], [.plain(instrument.outcomes)],
                    ]
                }, numeric: [2])
        }
        if !view.instrumentsNote.isEmpty { doc.paragraph(view.instrumentsNote, style: "Note") }
        if view.hasFragileRules {
            doc.heading(words.fragileRules, level: 2)
            doc.paragraph(words.fragileRulesNote, style: "Note")
            doc.table(
                header: [words.rule, words.resultAsGiven, words.firingIt, words.names], widths: [46, 16, 14, 24],
                rows: view.fragileRules.map { rule in
                    [
                        [.code(rule.id), .plain(rule.title.map { " " + $0 } ?? "")] + why(rule.why),
                        [.plain(rule.result)], [.plain(rule.share)], [.plain(rule.names)],
                    ]
                }, numeric: [2])
        }
        guard view.hasValues else { return }
        doc.heading(words.values, level: 2)
        if view.hasSensitivity { doc.paragraph(words.valuesNote, style: "Note") }
        doc.table(
            header: view.hasSensitivity
                ? [
                    words.indicator, words.value, words.interval, words.changesLevel, words.changesAdvice,
                    words.changesRule,
                ]
                : [words.indicator, words.value, words.interval, words.errorFrom],
            widths: view.hasSensitivity ? [30, 22, 18, 10, 10, 10] : [35, 25, 25, 15],
            rows: view.values.map { value in
                var row: [[WordML.Run]] = [
                    [.plain(value.name + " "), .code(value.indicator)], [.plain(value.value)], [.plain(value.interval)],
                ]
                if view.hasSensitivity {
                    row += [[.plain(value.changesLevel)], [.plain(value.changesAdvice)], [.plain(value.changesRule)]]
                } else {
                    row.append([.plain(value.origin)])
                }
                return row
            }, numeric: view.hasSensitivity ? [3, 4, 5] : [])
    }

    /// The reasons a finding moves, as lines under its name.
    private func why(_ lines: [String]) -> [WordML.Run] { lines.map { .italic("\n" + $0) } }
}
