import AdvisoryCore

/// The report as the Markdown and HTML templates see it: every number pre-formatted, every
/// list in report order, labels and CSS classes ready to print.
///
/// Template variables are these property names (documented in docs/reports.md). Strings are
/// raw here; the template engine escapes them for the output format (HTML or Markdown) when a
/// template writes `{{name}}`. Nothing here depends on dictionary order, so the same report
/// always renders to the same bytes.
struct ReportView: Sendable {
    struct CountryView: Sendable {
        var code: String
        var name: String
        var year: Int
    }

    struct DataView: Sendable {
        var indicatorsProvided: Int
        var indicatorsInRuleset: Int
        var instrumentStatusesProvided: Int
        var instrumentsInRuleset: Int
        var rulesFired: Int
        var rulesNotFired: Int
        var rulesUnknown: Int
        var rulesTotal: Int
    }

    struct LevelView: Sendable {
        var name: String
        var label: String
        var threshold: String
        var severity: String
        var levelClass: String
    }

    struct ReasonView: Sendable {
        var rule: String
        var text: String
    }

    /// One step of the action plan: a strategy, or an instrument to sign, join or accept.
    struct ActionStepView: Sendable {
        var number: Int
        var id: String
        /// "Adopt a national action plan…", or "Ratify the ATT".
        var label: String
        /// The score (strategies) or relevance (instruments), two decimals.
        var weight: String
        var requires: String?
        var threats: [String]
        var threatsText: String
    }

    struct EvidenceView: Sendable {
        var group: String
        var confidence: String
        var rules: [String]
        var rulesText: String
    }

    struct NotApplicableView: Sendable {
        var indicator: String
        var name: String
        var reason: String
    }

    struct ThreatView: Sendable {
        var rank: Int
        var id: String
        var title: String
        var description: String?
        var score: String
        var scorePercent: Int
        var level: String
        var levelLabel: String
        var severity: String
        var levelClass: String
        var rules: [String]
        var rulesText: String
        var evidence: [EvidenceView]
        var evidenceCount: Int
        /// "3 independent lines of evidence: gti 0.80 (VE-001, VE-002); VE-003 0.50".
        var evidenceText: String
        /// The reasons the body shows (the strongest rule of each leading evidence group, each
        /// rule's once per report).
        var reasons: [ReasonView]
        var hasReasons: Bool
        /// Evidence groups whose reasons are left to the annex.
        var hiddenLines: Int
        var hasHiddenLines: Bool
        /// "Robustness: fragile, high in 58.2% of the draws (medium 41.8%, high 58.2%)", when the
        /// report has a robustness section.
        var stability: String?
        /// "stable" or "fragile", for CSS; nil without a robustness section.
        var stabilityClass: String?
        /// "Borderline: TOC-019 hinges on …", one per borderline value a fired rule hinges on.
        var borderline: [String]
    }

    struct StrategyView: Sendable {
        var rank: Int
        var id: String
        var title: String
        var description: String?
        var priority: String
        var priorityTitle: String
        var score: String
        var scorePercent: Int
        var rules: [String]
        var rulesText: String
        var addresses: [String]
        var addressesText: String
        var threatsText: String
        /// The rationale the body shows: the rules not already shown under a threat.
        var rationale: [ReasonView]
        var hasRationale: Bool
        var borderline: [String]
        /// Rationale or borderline values to show under the strategy.
        var hasNotes: Bool
    }

    struct PriorityView: Sendable {
        var id: String
        var title: String
        var count: Int
        var strategies: [StrategyView]
    }

    struct InstrumentView: Sendable {
        var id: String
        var title: String
        var short: String?
        var name: String
        var kind: String
        var status: String
        var statusLabel: String
        var since: Int?
        /// Whether the country becomes a party to it (treaty or protocol).
        var isTreaty: Bool
        var action: String
        var actionLabel: String
        var actionClass: String
        var relevance: String
        /// "in force since 2003", "not yet in force", or nil when the catalog does not say.
        var inForceLabel: String?
        var eligibilityUnknown: Bool
        var requires: String?
        var threatsText: String
        var rules: [String]
        var rulesText: String
        var hasRules: Bool
        var strategies: [String]
        var strategiesText: String
        var hasStrategies: Bool
        var basis: String
    }

    struct DataGapView: Sendable {
        var rule: String
        var title: String?
        var missing: [String]
        var missingText: String
    }

    struct CollectView: Sendable {
        var reference: String
        var name: String
        var source: String?
        var rules: [String]
        var rulesText: String
    }

    struct StaleView: Sendable {
        var indicator: String
        var name: String
        var year: Int
        var age: Int
        var limit: Int
    }

    struct LeafView: Sendable {
        var condition: String
        var reference: String
        var result: String
        var resultLabel: String
        var resultSymbol: String
        var resultClass: String
        var value: String
        var missing: Bool
        var test: String
        var margin: String?
        var year: Int?
        var source: String?
        var stale: Bool
        /// "90% interval -1.333 to -0.707 (stderr 0.19)", when the value has a standard error.
        var interval: String?
        var borderline: Bool
    }

    struct AnnexView: Sendable {
        var rule: String
        var title: String?
        var confidence: String
        /// The rationale, unless the body already showed it.
        var because: String?
        var leaves: [LeafView]
    }

    struct ProvenanceView: Sendable {
        var rulesetId: String
        var rulesetTitle: String
        var rulesetVersion: String
        var rulesetHash: String
        var engine: String
        var profileHash: String
        var date: String
    }

    var schema: String
    /// The fixed words in the report's language: `{{t.summary}}`, `{{t.threats}}`, ….
    var t: ReportStrings
    /// `en`, `fr` or `es`, for `<html lang>`.
    var language: String
    /// The data sentence of the summary, long (HTML) and short (Markdown, Word) forms.
    var dataNote: String
    var dataNoteShort: String
    /// CSS string literals for the printed page's running header and page numbers.
    var printHeader: String
    var printPage: String
    var printOf: String
    /// "Advisory report: <country name>". Not called `title`: a section whose own `title` is
    /// missing would otherwise find this one up the context stack.
    var reportTitle: String
    var country: CountryView
    var summary: String
    var actionStrategies: [ActionStepView]
    var actionInstruments: [ActionStepView]
    var hasActionInstruments: Bool
    var hasActionPlan: Bool
    var data: DataView
    var levels: [LevelView]
    var levelsText: String
    var threats: [ThreatView]
    var threatCount: Int
    var hasThreats: Bool
    var strategies: [StrategyView]
    var strategyCount: Int
    var hasStrategies: Bool
    /// Every recommended strategy by priority.
    var priorities: [PriorityView]
    /// The strategies the body shows (``BodySelection``), by priority.
    var topPriorities: [PriorityView]
    /// The others, by rank, for the annex.
    var moreStrategies: [StrategyView]
    var hasMoreStrategies: Bool
    /// Every relevant instrument, most relevant first.
    var instruments: [InstrumentView]
    /// Those the body shows (``BodySelection``); the others are `moreInstruments`.
    var topInstruments: [InstrumentView]
    var moreInstruments: [InstrumentView]
    var hasMoreInstruments: Bool
    var instrumentCount: Int
    var hasInstruments: Bool
    var dataGaps: [DataGapView]
    var dataGapCount: Int
    var hasDataGaps: Bool
    var collect: [CollectView]
    var hasCollect: Bool
    var stale: [StaleView]
    var staleCount: Int
    var hasStale: Bool
    var notApplicable: [NotApplicableView]
    var notApplicableCount: Int
    var hasNotApplicable: Bool
    var annex: [AnnexView]
    var hasAnnex: Bool
    var provenance: ProvenanceView
    /// The robustness section (`--robustness N`), with `html` and `markdown` ready to place;
    /// nil without one.
    var robustness: RobustnessView?
}

extension ReportView {
    init(_ report: Report) {
        let report = report.mapText { TerminalText.clean($0, keepingLineBreaks: true) }
        let lang = ReportLanguage(Language(rawValue: report.language) ?? .en)
        let score = lang.score
        let levelNames = report.levels.map(\.name)
        let severity = { (level: String) in Self.severity(of: level, among: levelNames) }
        let selection = BodySelection(report)
        let bodyStrategies = Set(selection.bodyStrategies.map(\.id))
        let bodyInstruments = Set(selection.bodyInstruments.map(\.id))
        let plan = ReasonPlan(report, bodyStrategies: bodyStrategies)
        let reasonViews = { (reasons: [Report.Reason]) in reasons.map { ReasonView(rule: $0.rule, text: $0.text) } }
        let stabilities = Dictionary(
            (report.robustness?.threats ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let borderline = { (items: [Report.Borderline]) in
            items.map { lang.borderlineLabel + lang.colon + lang.borderline($0) }
        }
        let threats = report.threats.enumerated().map { index, threat in
            let reasons = plan.threatReasons[threat.id] ?? []
            let hidden = plan.threatLinesHidden[threat.id] ?? 0
            let stability = stabilities[threat.id]
            return ThreatView(
                rank: index + 1, id: threat.id, title: threat.title, description: threat.description,
                score: score(threat.score), scorePercent: Self.percent(threat.score), level: threat.level,
                levelLabel: lang.level(threat.level), severity: severity(threat.level),
                levelClass: "level-" + Self.cssToken(threat.level) + " sev-" + severity(threat.level),
                rules: threat.rules, rulesText: threat.rules.joined(separator: ", "),
                evidence: threat.evidence.map {
                    EvidenceView(
                        group: $0.group, confidence: score($0.confidence), rules: $0.rules,
                        rulesText: $0.rules.joined(separator: ", "))
                },
                evidenceCount: threat.evidence.count,
                evidenceText: lang.evidence(threat.evidence),
                reasons: reasonViews(reasons), hasReasons: !reasons.isEmpty, hiddenLines: hidden,
                hasHiddenLines: hidden > 0, stability: stability.map { lang.stabilityNote($0) },
                stabilityClass: stability?.label, borderline: borderline(threat.borderline))
        }
        let strategies = report.strategies.map { strategy in
            let rationale = plan.strategyReasons[strategy.id] ?? []
            return StrategyView(
                rank: strategy.rank, id: strategy.id, title: strategy.title, description: strategy.description,
                priority: strategy.priority, priorityTitle: strategy.priorityTitle, score: score(strategy.score),
                scorePercent: Self.percent(strategy.score), rules: strategy.rules,
                rulesText: strategy.rules.joined(separator: ", "), addresses: strategy.addresses,
                addressesText: strategy.addresses.joined(separator: ", "),
                threatsText: strategy.threats.joined(separator: ", "), rationale: reasonViews(rationale),
                hasRationale: !rationale.isEmpty, borderline: borderline(strategy.borderline),
                hasNotes: !rationale.isEmpty || !strategy.borderline.isEmpty)
        }
        let strategiesByID = Dictionary(strategies.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let priorities = { (include: (String) -> Bool) in
            report.priorities.compactMap { group -> PriorityView? in
                let members = group.strategies.filter(include).compactMap { strategiesByID[$0] }
                guard !members.isEmpty else { return nil }
                return PriorityView(id: group.id, title: group.title, count: members.count, strategies: members)
            }
        }
        let instruments = report.instruments.map { Self.instrument($0, lang) }
        let data = report.data
        let provenance = report.provenance
        let actionStrategies = report.actionPlan.strategies.enumerated().map { index, step in
            ActionStepView(
                number: index + 1, id: step.id, label: step.title, weight: score(step.score), requires: nil,
                threats: step.threats, threatsText: step.threats.joined(separator: ", "))
        }
        let actionInstruments = report.actionPlan.instruments.enumerated().map { index, step in
            ActionStepView(
                number: report.actionPlan.strategies.count + index + 1, id: step.id,
                label: lang.joinStep(step.action, step.short ?? step.title), weight: score(step.relevance),
                requires: step.requires, threats: step.threats,
                threatsText: step.threats.joined(separator: ", "))
        }
        self.init(
            schema: report.schema, t: lang.strings, language: lang.language.rawValue,
            dataNote: lang.dataNote(report.data), dataNoteShort: lang.dataNoteShort(report.data),
            printHeader: CSSText.quoted(report.country.name + " · " + lang.strings.reportTitlePrefix),
            printPage: CSSText.quoted(lang.strings.page + " "), printOf: CSSText.quoted(" " + lang.strings.of + " "),
            reportTitle: "\(lang.strings.reportTitlePrefix)\(lang.colon)\(report.country.name)",
            country: CountryView(code: report.country.code, name: report.country.name, year: report.country.year),
            summary: report.summary,
            actionStrategies: actionStrategies, actionInstruments: actionInstruments,
            hasActionInstruments: !actionInstruments.isEmpty,
            hasActionPlan: !actionStrategies.isEmpty || !actionInstruments.isEmpty,
            data: DataView(
                indicatorsProvided: data.indicatorsProvided, indicatorsInRuleset: data.indicatorsInRuleset,
                instrumentStatusesProvided: data.instrumentStatusesProvided,
                instrumentsInRuleset: data.instrumentsInRuleset,
                rulesFired: data.rulesFired, rulesNotFired: data.rulesNotFired, rulesUnknown: data.rulesUnknown,
                rulesTotal: data.rulesFired + data.rulesNotFired + data.rulesUnknown),
            levels: report.levels.map { level in
                LevelView(
                    name: level.name, label: lang.level(level.name), threshold: score(level.threshold),
                    severity: severity(level.name),
                    levelClass: "level-" + Self.cssToken(level.name) + " sev-" + severity(level.name))
            },
            levelsText: report.levels.map {
                "\(lang.language == .en ? $0.name : lang.level($0.name).lowercased()) ≥ \(score($0.threshold))"
            }.joined(separator: ", "),
            threats: threats, threatCount: threats.count, hasThreats: !threats.isEmpty,
            strategies: strategies, strategyCount: strategies.count, hasStrategies: !strategies.isEmpty,
            priorities: priorities { _ in true }, topPriorities: priorities { bodyStrategies.contains($0) },
            moreStrategies: strategies.filter { !bodyStrategies.contains($0.id) },
            hasMoreStrategies: !selection.annexStrategies.isEmpty,
            instruments: instruments, topInstruments: instruments.filter { bodyInstruments.contains($0.id) },
            moreInstruments: instruments.filter { !bodyInstruments.contains($0.id) },
            hasMoreInstruments: !selection.annexInstruments.isEmpty,
            instrumentCount: instruments.count, hasInstruments: !instruments.isEmpty,
            dataGaps: report.dataGaps.map {
                DataGapView(
                    rule: $0.rule, title: $0.title, missing: $0.missing, missingText: $0.missing.joined(separator: ", ")
                )
            },
            dataGapCount: report.dataGaps.count, hasDataGaps: !report.dataGaps.isEmpty,
            collect: report.collect.map {
                CollectView(
                    reference: $0.reference, name: $0.name, source: $0.source, rules: $0.rules,
                    rulesText: $0.rules.joined(separator: ", "))
            },
            hasCollect: !report.collect.isEmpty,
            stale: report.stale.map {
                StaleView(indicator: $0.indicator, name: $0.name, year: $0.year, age: $0.age, limit: $0.limit)
            },
            staleCount: report.stale.count, hasStale: !report.stale.isEmpty,
            notApplicable: report.notApplicableReasons.map {
                NotApplicableView(indicator: $0.indicator, name: $0.name, reason: $0.reason)
            },
            notApplicableCount: report.notApplicableReasons.count,
            hasNotApplicable: !report.notApplicableReasons.isEmpty,
            annex: report.annex.map { entry in
                AnnexView(
                    rule: entry.rule, title: entry.title, confidence: lang.plain(entry.confidence),
                    because: plan.shownInBody.contains(entry.rule) ? nil : entry.because,
                    leaves: entry.leaves.map { Self.leaf($0, lang) })
            },
            hasAnnex: !report.annex.isEmpty,
            provenance: ProvenanceView(
                rulesetId: provenance.ruleset.id, rulesetTitle: provenance.ruleset.title,
                rulesetVersion: provenance.ruleset.version, rulesetHash: provenance.ruleset.hash,
                engine: provenance.engine, profileHash: provenance.profileHash, date: lang.date(provenance.date)),
            robustness: report.robustness.map { robustness in
                var view = RobustnessView(robustness, lang)
                view.html = RobustnessRenderer.html(view)
                // The templates put each on a line of its own, which ends it.
                view.html = String(view.html.dropLast())
                view.markdown = String(RobustnessRenderer.markdown(view).dropLast())
                return view
            })
    }

    private static func instrument(_ instrument: Report.Instrument, _ lang: ReportLanguage) -> InstrumentView {
        var basis: [String] = []
        let words = lang.strings
        if !instrument.rules.isEmpty {
            basis.append(words.rules.lowercased() + " " + instrument.rules.joined(separator: ", "))
        }
        if !instrument.strategies.isEmpty {
            basis.append(words.strategies.lowercased() + " " + instrument.strategies.joined(separator: ", "))
        }
        let status = lang.status(instrument.status, since: instrument.since)
        let inForce = lang.inForce(
            year: instrument.isTreatyLike ? instrument.inForce : nil, notYet: instrument.notInForce)
        return InstrumentView(
            id: instrument.id, title: instrument.title, short: instrument.short,
            name: instrument.short ?? instrument.title,
            kind: lang.kind(instrument.kind), status: instrument.status,
            statusLabel: instrument.isTreatyLike ? status : "—",
            since: instrument.since, isTreaty: instrument.isTreatyLike,
            action: instrument.action, actionLabel: lang.action(instrument.action),
            actionClass: "action-" + Self.cssToken(instrument.action), relevance: lang.score(instrument.relevance),
            inForceLabel: inForce, eligibilityUnknown: instrument.eligibility == "unknown",
            requires: instrument.requires, threatsText: instrument.threats.joined(separator: ", "),
            rules: instrument.rules,
            rulesText: instrument.rules.joined(separator: ", "), hasRules: !instrument.rules.isEmpty,
            strategies: instrument.strategies, strategiesText: instrument.strategies.joined(separator: ", "),
            hasStrategies: !instrument.strategies.isEmpty, basis: basis.joined(separator: lang.semicolon))
    }

    private static func leaf(_ leaf: Report.AnnexLeaf, _ lang: ReportLanguage) -> LeafView {
        let label = lang.result(leaf.result)
        let symbol =
            switch leaf.result {
            case "true": "✓"
            case "false": "✗"
            default: "?"
            }
        return LeafView(
            condition: leaf.condition, reference: leaf.reference, result: leaf.result, resultLabel: label,
            resultSymbol: symbol, resultClass: "result-" + cssToken(leaf.result),
            value: leaf.value.map(lang.value) ?? lang.pick(("missing", "manquante", "falta")),
            missing: leaf.value == nil, test: leaf.test, margin: leaf.margin.map(lang.plain), year: leaf.year,
            source: leaf.source, stale: leaf.stale,
            interval: leaf.uncertainty.map {
                lang.interval($0) + ($0.borderline ? lang.semicolon + lang.borderlineLabel.lowercased() : "")
            },
            borderline: leaf.uncertainty?.borderline == true)
    }

    /// A score in whole percent (0–100), for bar widths.
    static func percent(_ value: Double) -> Int { Int((min(max(value, 0), 1) * 100).rounded()) }

    /// One of `none`, `low`, `medium`, `high`, `critical`: the level's rank among the
    /// ruleset's levels scaled to four steps, so that a ruleset with its own level names is
    /// still coloured by severity.
    static func severity(of level: String, among levels: [String]) -> String {
        let steps = ["low", "medium", "high", "critical"]
        guard let index = levels.firstIndex(of: level), !levels.isEmpty else { return "none" }
        let step = ((index + 1) * steps.count + levels.count - 1) / levels.count
        return steps[min(max(step, 1), steps.count) - 1]
    }

    /// A CSS class token from data: lowercase letters, digits and '-' only.
    static func cssToken(_ text: String) -> String {
        let mapped = text.lowercased().unicodeScalars.map { scalar -> Character in
            (("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)) ? Character(scalar) : "-"
        }
        let token = String(mapped)
        return token.isEmpty ? "none" : token
    }
}

extension String {
    /// The string with its first letter uppercased.
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
