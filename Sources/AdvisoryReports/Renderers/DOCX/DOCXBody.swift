/// The body of the Word document, section by section, from the report's view (the same
/// pre-formatted, translated values the HTML report shows).
struct DOCXBody {
    let view: ReportView
    private var words: ReportStrings { view.t }

    var xml: String {
        var doc = WordML()
        masthead(&doc)
        actionPlan(&doc)
        summary(&doc)
        threats(&doc)
        strategies(&doc)
        instruments(&doc)
        if let robustness = view.robustness { DOCXRobustness(view: robustness).write(&doc) }
        dataGaps(&doc)
        annex(&doc)
        provenance(&doc)
        return doc.body
    }

    private func masthead(_ doc: inout WordML) {
        doc.paragraph(view.country.name, style: "Title")
        doc.paragraph(
            [
                .plain(
                    "\(words.eyebrow) · \(words.countryCode) \(view.country.code) · \(words.assessmentYear) "
                        + "\(view.country.year) · \(words.reportDate) \(view.provenance.date)")
            ], style: "Subtitle")
    }

    private func actionPlan(_ doc: inout WordML) {
        doc.heading(words.actionPlan, level: 1)
        guard view.hasActionPlan else { return doc.paragraph(words.nothingToAct) }
        let steps = view.actionStrategies + view.actionInstruments
        let rows: [[[WordML.Run]]] = steps.map { step in
            var action: [WordML.Run] = [.bold(step.label), .plain(" "), .code(step.id)]
            if let requires = step.requires { action += [.plain(", \(words.afterJoining) "), .code(requires)] }
            return [[.plain(String(step.number))], action, [.plain(step.weight)], [.plain(step.threatsText)]]
        }
        doc.table(
            header: ["#", words.action, words.weight, words.answers], widths: [5, 55, 10, 30], rows: rows,
            numeric: [0, 2])
        doc.paragraph(words.weightNote, style: "Note")
    }

    private func summary(_ doc: inout WordML) {
        doc.heading(words.summary, level: 1)
        doc.paragraph(view.summary)
        doc.paragraph(view.dataNoteShort, style: "Note")
    }

    private func threats(_ doc: inout WordML) {
        doc.heading("\(words.threats) (\(view.threatCount))", level: 1)
        guard view.hasThreats else { return doc.paragraph(words.noThreat) }
        doc.table(
            header: ["#", words.threat, words.level, words.score, words.linesOfEvidence],
            widths: [5, 50, 13, 15, 17],
            rows: view.threats.map { threat in
                [
                    [.plain(String(threat.rank))], [.plain(threat.title + " "), .code(threat.id)],
                    [.bold(threat.levelLabel)], [.plain(threat.score)], [.plain(String(threat.evidenceCount))],
                ]
            }, numeric: [0, 3, 4])
        doc.paragraph(
            "\(words.scoreLegendShort) \(words.levels) \(view.levelsText).", style: "Note")
        for threat in view.threats {
            doc.heading("\(threat.rank). \(threat.title)", level: 2)
            doc.paragraph([.bold("\(threat.levelLabel) \(threat.score)"), .plain(" · " + threat.evidenceText)])
            for reason in threat.reasons { doc.bullet([.code(reason.rule), .plain(" " + reason.text)]) }
            if threat.hasHiddenLines { doc.paragraph("\(threat.hiddenLines) \(words.weakerLines)", style: "Note") }
            if let stability = threat.stability { doc.paragraph(stability, style: "Note") }
            for line in threat.borderline { doc.bullet([.plain(line)]) }
        }
    }

    private func strategies(_ doc: inout WordML) {
        doc.heading("\(words.strategiesHeading) (\(view.strategyCount))", level: 1)
        guard view.hasStrategies else { return doc.paragraph(words.noStrategy) }
        doc.paragraph(
            words.rankedNote + (view.hasMoreStrategies ? words.rankedNoteMore : "") + ".", style: "Note")
        for priority in view.topPriorities {
            doc.heading(priority.title, level: 2)
            doc.table(
                header: [words.rank, words.strategyAndRationale, words.score, words.rules], widths: [9, 59, 14, 18],
                rows: priority.strategies.map { strategy in
                    var cell: [WordML.Run] = [.bold(strategy.title), .plain(" "), .code(strategy.id)]
                    for reason in strategy.rationale { cell += [.plain("\n• \(reason.rule): \(reason.text)")] }
                    for line in strategy.borderline { cell += [.italic("\n• " + line)] }
                    return [
                        [.plain(String(strategy.rank))], cell, [.plain(strategy.score)], [.plain(strategy.rulesText)],
                    ]
                }, numeric: [0, 2])
        }
    }

    private func instruments(_ doc: inout WordML) {
        doc.heading("\(words.instruments) (\(view.instrumentCount))", level: 1)
        guard view.hasInstruments else { return doc.paragraph(words.noInstrument) }
        doc.paragraph(
            words.mostRelevantFirst + (view.hasMoreInstruments ? words.othersInAnnex : "") + ".", style: "Note")
        doc.table(
            header: [words.instrument, words.kind, words.status, words.recommendedAction, words.relevance],
            widths: [46, 11, 15, 18, 10],
            rows: view.topInstruments.map { instrument in
                var name: [WordML.Run] = [.bold(instrument.name), .plain(" "), .code(instrument.id)]
                if instrument.short != nil { name.append(.plain("\n" + instrument.title)) }
                if let inForce = instrument.inForceLabel { name.append(.italic("\n" + inForce)) }
                var action: [WordML.Run] = [.bold(instrument.actionLabel)]
                if let requires = instrument.requires { action.append(.plain("\n\(words.afterJoining) \(requires)")) }
                if instrument.eligibilityUnknown { action.append(.italic("\n" + words.eligibilityUnknown)) }
                return [
                    name, [.plain(instrument.kind)], [.plain(instrument.statusLabel)], action,
                    [.plain(instrument.relevance)],
                ]
            }, numeric: [4])
    }

    private func dataGaps(_ doc: inout WordML) {
        doc.heading("\(words.dataGaps) (\(view.dataGapCount) \(words.undecided))", level: 1)
        if view.hasDataGaps {
            doc.paragraph(words.dataGapsNote)
            doc.heading(words.dataToCollect, level: 2)
            doc.table(
                header: [words.data, words.source, words.wouldDecide], widths: [40, 35, 25],
                rows: view.collect.map { item in
                    [
                        [.plain(item.name + " "), .code(item.reference)], [.plain(item.source ?? words.notNamed)],
                        [.plain(item.rulesText)],
                    ]
                })
            doc.heading(words.undecidedRules, level: 2)
            doc.table(
                header: [words.rule, words.title, words.missing], widths: [15, 50, 35],
                rows: view.dataGaps.map { gap in
                    [[.code(gap.rule)], [.plain(gap.title ?? "")], [.plain(gap.missingText)]]
                })
        } else {
            doc.paragraph(words.everyRuleDecided)
        }
        doc.heading("\(words.staleData) (\(view.staleCount))", level: 2)
        if view.hasStale {
            doc.paragraph(words.staleNote)
            doc.table(
                header: [words.indicator, words.year, words.ageYears, words.limitYears], widths: [55, 15, 15, 15],
                rows: view.stale.map { stale in
                    [
                        [.plain(stale.name + " "), .code(stale.indicator)], [.plain(String(stale.year))],
                        [.plain(String(stale.age))], [.plain(String(stale.limit))],
                    ]
                }, numeric: [1, 2, 3])
        } else {
            doc.paragraph(words.none)
        }
        guard view.hasNotApplicable else { return }
        doc.heading("\(words.notApplicable) (\(view.notApplicableCount))", level: 2)
        doc.paragraph(words.notApplicableNote)
        doc.table(
            header: [words.indicator, words.why], widths: [40, 60],
            rows: view.notApplicable.map { item in
                [[.plain(item.name + " "), .code(item.indicator)], [.plain(item.reason)]]
            })
    }

    private func annex(_ doc: inout WordML) {
        doc.heading(words.annex, level: 1)
        if view.hasMoreStrategies {
            doc.heading(words.furtherStrategies, level: 2)
            doc.table(
                header: [words.rank, words.strategy, words.priority, words.score, words.rules],
                widths: [8, 42, 25, 10, 15],
                rows: view.moreStrategies.map { strategy in
                    [
                        [.plain(String(strategy.rank))], [.plain(strategy.title + " "), .code(strategy.id)],
                        [.plain(strategy.priorityTitle)], [.plain(strategy.score)], [.plain(strategy.rulesText)],
                    ]
                }, numeric: [0, 3])
        }
        if view.hasMoreInstruments {
            doc.heading(words.furtherInstruments, level: 2)
            doc.table(
                header: [words.instrument, words.kind, words.status, words.action, words.relevance],
                widths: [46, 12, 15, 17, 10],
                rows: view.moreInstruments.map { instrument in
                    [
                        [.plain(instrument.name + " "), .code(instrument.id)], [.plain(instrument.kind)],
                        [.plain(instrument.statusLabel)], [.plain(instrument.actionLabel)],
                        [.plain(instrument.relevance)],
                    ]
                }, numeric: [4])
        }
        doc.heading(words.whyEachRuleFired, level: 2)
        guard view.hasAnnex else { return doc.paragraph(words.noRuleFired) }
        doc.paragraph(words.annexNote, style: "Note")
        for entry in view.annex {
            doc.heading(entry.rule + (entry.title.map { " " + $0 } ?? ""), level: 3)
            var runs: [WordML.Run] = [.italic("\(words.confidence) \(entry.confidence).")]
            if let because = entry.because { runs.append(.plain(" " + because)) }
            doc.paragraph(runs)
            doc.table(
                header: [words.result, words.data, words.test, words.value, words.source, words.year],
                widths: [14, 18, 22, 16, 22, 8],
                rows: entry.leaves.map { leaf in
                    [
                        [.plain("\(leaf.resultSymbol) \(leaf.resultLabel)")], [.code(leaf.reference)],
                        [.code(leaf.test)],
                        [
                            .plain(
                                leaf.value + (leaf.stale ? " (\(words.staleFlag))" : "")
                                    + (leaf.interval.map { " (\($0))" } ?? ""))
                        ],
                        [.plain(leaf.source ?? "")], [.plain(leaf.year.map(String.init) ?? "")],
                    ]
                }, numeric: [5])
        }
    }

    private func provenance(_ doc: inout WordML) {
        doc.heading(words.provenance, level: 1)
        let provenance = view.provenance
        let rows: [(String, String)] = [
            (
                words.ruleset,
                "\(provenance.rulesetTitle) (\(provenance.rulesetId)), \(words.version) \(provenance.rulesetVersion)"
            ),
            (words.rulesetHash, provenance.rulesetHash), (words.profileHash, provenance.profileHash),
            (words.engine, provenance.engine), (words.reportDate, provenance.date), (words.format, view.schema),
        ]
        doc.table(
            header: [words.item, words.value], widths: [25, 75],
            rows: rows.map { [[.plain($0.0)], [.plain($0.1)]] })
        doc.paragraph(words.footer, style: "Note")
    }
}
