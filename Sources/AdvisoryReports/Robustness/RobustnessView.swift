import AdvisoryCore

/// The robustness section as every renderer sees it (text, Markdown, HTML, Word, and the
/// templates' `robustness`): each number formatted, each phrase in the report's language, rows
/// in report order. Strings are raw; each renderer escapes them for its sink.
struct RobustnessView: Sendable {
    /// Column headers and labels.
    struct Words: Sendable {
        var threat: String
        var strategy: String
        var instrument: String
        var indicator: String
        var stability: String
        var levelAsGiven: String
        var atThatLevel: String
        var levelsInDraws: String
        var why: String
        var recommendedAsGiven: String
        var recommendedIn: String
        var actionAsGiven: String
        var withThatAction: String
        var outcomesInDraws: String
        var value: String
        var interval: String
        var errorFrom: String
        var changesLevel: String
        var changesAdvice: String
        var changesRule: String
        var moves: String
        var rule: String
        var resultAsGiven: String
        var firingIt: String
        var names: String
        var fragileRules: String
        var fragileRulesNote: String
        var fragileStrategies: String
        var fragileInstruments: String
        var values: String
        var valuesNote: String
        var yes: String
        var no: String
    }

    struct ThreatRow: Sendable {
        var id: String
        var title: String
        var label: String
        /// `stable` or `fragile`, for CSS.
        var labelClass: String
        var isFragile: Bool
        var level: String
        var share: String
        var levels: String
        /// Why it moves: the values that move it, the rules that flip, the borderline values.
        var why: [String]
    }

    struct StrategyRow: Sendable {
        var id: String
        var title: String
        var label: String
        var labelClass: String
        var recommended: String
        var share: String
        var why: [String]
    }

    struct InstrumentRow: Sendable {
        var id: String
        var title: String
        var label: String
        var labelClass: String
        var action: String
        var share: String
        var outcomes: String
    }

    struct RuleRow: Sendable {
        var id: String
        var title: String?
        /// "fires in 54.1% of the draws (fired as given)".
        var fires: String
        var share: String
        var result: String
        /// The threats and strategies it names.
        var names: String
        var why: [String]
    }

    struct ValueRow: Sendable {
        var indicator: String
        var name: String
        var value: String
        var interval: String
        var origin: String
        /// Empty when the sensitivity was not measured.
        var changesLevel: String
        var changesAdvice: String
        var changesRule: String
        var moves: String
    }

    var heading: String
    var intro: String
    var summary: String
    var words: Words
    var threats: [ThreatRow]
    var hasThreats: Bool
    var fragileStrategies: [StrategyRow]
    var hasFragileStrategies: Bool
    /// "The other 30 strategies are stable." (or that every one is).
    var strategiesNote: String
    var fragileInstruments: [InstrumentRow]
    var hasFragileInstruments: Bool
    var instrumentsNote: String
    /// The rules that fire in fewer than 90% of the draws and not in fewer than 10%: where the
    /// data's error decides.
    var fragileRules: [RuleRow]
    var hasFragileRules: Bool
    var values: [ValueRow]
    var hasValues: Bool
    var hasSensitivity: Bool
    /// The section rendered, for templates to place as it is (`{{{robustness.html}}}`); set by
    /// ``ReportView``.
    var html = ""
    var markdown = ""
}

extension RobustnessView {
    init(_ robustness: Report.Robustness, _ lang: ReportLanguage) {
        let words = Words(lang)
        let why = {
            (movers: [Report.Robustness.Mover], rules: [Report.Robustness.Mover], borderline: [Report.Borderline]) in
            [lang.movedBy(movers), lang.rulesInPlay(rules)].compactMap { $0 }
                + borderline.map { lang.borderlineLabel + lang.colon + lang.borderline($0) }
        }
        let fragileStrategies = robustness.strategies.filter { $0.label == RobustnessSection.fragile }
        let fragileInstruments = robustness.instruments.filter { $0.label == RobustnessSection.fragile }
        let otherStrategies = robustness.strategies.count - fragileStrategies.count
        let otherInstruments = robustness.instruments.count - fragileInstruments.count
        self.init(
            heading: lang.robustnessHeading, intro: lang.robustnessIntro(robustness),
            summary: lang.robustnessSummary(robustness.summary), words: words,
            threats: robustness.threats.map { threat in
                ThreatRow(
                    id: threat.id, title: threat.title, label: lang.stability(threat.label),
                    labelClass: threat.label, isFragile: threat.label == RobustnessSection.fragile,
                    level: lang.level(threat.level), share: lang.percent(threat.share),
                    levels: lang.levelShares(threat.levels),
                    why: threat.label == RobustnessSection.fragile || !threat.borderline.isEmpty
                        ? why(threat.movedBy, threat.rules, threat.borderline) : [])
            },
            hasThreats: !robustness.threats.isEmpty,
            fragileStrategies: fragileStrategies.map { strategy in
                StrategyRow(
                    id: strategy.id, title: strategy.title, label: lang.stability(strategy.label),
                    labelClass: strategy.label, recommended: strategy.recommended ? words.yes : words.no,
                    share: lang.percent(strategy.share), why: why(strategy.movedBy, strategy.rules, strategy.borderline)
                )
            },
            hasFragileStrategies: !fragileStrategies.isEmpty,
            strategiesNote: Self.othersNote(otherStrategies, fragile: fragileStrategies.count, lang, strategies: true),
            fragileInstruments: fragileInstruments.map { instrument in
                InstrumentRow(
                    id: instrument.id, title: instrument.title, label: lang.stability(instrument.label),
                    labelClass: instrument.label, action: lang.outcomeLabel(instrument.action),
                    share: lang.percent(instrument.share), outcomes: lang.actionShares(instrument.actions))
            },
            hasFragileInstruments: !fragileInstruments.isEmpty,
            instrumentsNote: Self.othersNote(
                otherInstruments, fragile: fragileInstruments.count, lang, strategies: false),
            fragileRules: robustness.rules.filter { $0.label == RobustnessSection.fragile }.map { rule in
                RuleRow(
                    id: rule.id, title: rule.title, fires: lang.firesShare(rule), share: lang.percent(rule.share),
                    result: lang.ruleResult(rule.result),
                    names: (rule.threats + rule.strategies).joined(separator: ", "),
                    why: why(rule.movedBy, [], rule.borderline))
            },
            hasFragileRules: robustness.summary.fragileRules > 0,
            values: Self.values(robustness, lang), hasValues: !robustness.values.isEmpty,
            hasSensitivity: !robustness.sensitivity.isEmpty)
    }

    /// The values in sensitivity order when it was measured, else in catalog order.
    private static func values(_ robustness: Report.Robustness, _ lang: ReportLanguage) -> [ValueRow] {
        let byID = Dictionary(robustness.values.map { ($0.indicator, $0) }, uniquingKeysWith: { first, _ in first })
        let order =
            robustness.sensitivity.isEmpty
            ? robustness.values.map(\.indicator) : robustness.sensitivity.map(\.indicator)
        let sensitivity = Dictionary(
            robustness.sensitivity.map { ($0.indicator, $0) }, uniquingKeysWith: { first, _ in first })
        return order.compactMap { id -> ValueRow? in
            guard let value = byID[id] else { return nil }
            let entry = sensitivity[id]
            return ValueRow(
                indicator: id, name: value.name, value: lang.valueWithError(value),
                interval: "\(lang.plain(value.low)) \(lang.pick(("to", "à", "a"))) \(lang.plain(value.high))",
                origin: lang.origin(value.origin),
                changesLevel: entry.map { lang.percent($0.levelChanges) } ?? "",
                changesAdvice: entry.map { lang.percent($0.adviceChanges) } ?? "",
                changesRule: entry.map { lang.percent($0.ruleChanges) } ?? "",
                moves: entry.map {
                    ($0.threats + $0.strategies + $0.rules).map { "\($0.id) (\(lang.percent($0.share)))" }
                        .joined(separator: ", ")
                } ?? "")
        }
    }

    /// "The other 30 strategies are stable." / "Every strategy is stable."
    private static func othersNote(_ others: Int, fragile: Int, _ lang: ReportLanguage, strategies: Bool) -> String {
        if fragile == 0 {
            return strategies
                ? lang.pick(
                    ("Every strategy is stable.", "Chaque stratégie est stable.", "Cada estrategia es estable."))
                : lang.pick(
                    ("Every instrument is stable.", "Chaque instrument est stable.", "Cada instrumento es estable."))
        }
        if others == 0 { return "" }
        if others == 1 {
            return strategies
                ? lang.pick(
                    ("The other strategy is stable.", "L’autre stratégie est stable.", "La otra estrategia es estable.")
                )
                : lang.pick(
                    (
                        "The other instrument is stable.", "L’autre instrument est stable.",
                        "El otro instrumento es estable."
                    ))
        }
        let noun =
            strategies
            ? lang.pick(("strategies", "stratégies", "estrategias"))
            : lang.pick(("instruments", "instruments", "instrumentos"))
        return lang.pick(
            (
                "The other \(others) \(noun) are stable.",
                "Les \(others) autres \(noun) sont stables.",
                strategies ? "Las otras \(others) \(noun) son estables." : "Los otros \(others) \(noun) son estables."
            ))
    }
}

extension RobustnessView.Words {
    init(_ lang: ReportLanguage) {
        let t = lang.strings
        self.init(
            threat: t.threat, strategy: t.strategy, instrument: t.instrument, indicator: t.indicator,
            stability: lang.pick(("Stability", "Stabilité", "Estabilidad")),
            levelAsGiven: lang.pick(("Level as given", "Niveau tel quel", "Nivel tal cual")),
            atThatLevel: lang.pick(("Draws at that level", "Tirages à ce niveau", "Extracciones en ese nivel")),
            levelsInDraws: lang.pick(
                ("Levels in the draws", "Niveaux dans les tirages", "Niveles en las extracciones")),
            why: t.why,
            recommendedAsGiven: lang.pick(("Recommended as given", "Recommandée telle quelle", "Recomendada tal cual")),
            recommendedIn: lang.pick(
                ("Draws recommending it", "Tirages qui la recommandent", "Extracciones que la recomiendan")),
            actionAsGiven: lang.pick(("Action as given", "Action telle quelle", "Acción tal cual")),
            withThatAction: lang.pick(
                ("Draws with that action", "Tirages avec cette action", "Extracciones con esa acción")),
            outcomesInDraws: lang.pick(
                ("Outcomes in the draws", "Issues dans les tirages", "Desenlaces en las extracciones")),
            value: t.value,
            interval: lang.pick(("90% interval", "Intervalle à 90\u{A0}%", "Intervalo al 90\u{A0}%")),
            errorFrom: lang.pick(("Error from", "Erreur tirée de", "Error tomado de")),
            // Short column heads: the note above the table says each is what the value alone changes.
            changesLevel: lang.pick(("Threat level", "Niveau de menace", "Nivel de amenaza")),
            changesAdvice: lang.pick(("Any advice", "Un conseil", "Algún consejo")),
            changesRule: lang.pick(("A rule", "Une règle", "Una regla")),
            moves: lang.pick(("What it moves", "Ce qu’elle déplace", "Lo que mueve")),
            rule: t.rule,
            resultAsGiven: lang.pick(("Result as given", "Résultat tel quel", "Resultado tal cual")),
            firingIt: lang.pick(("Draws firing it", "Tirages qui la déclenchent", "Extracciones que la activan")),
            names: lang.pick(("Names", "Nomme", "Nombra")),
            fragileRules: lang.pick(("Fragile rules", "Règles fragiles", "Reglas frágiles")),
            fragileRulesNote: lang.pick(
                (
                    "Rules that fire in some draws and not in others: where the data's error decides. Their advice may still be stable when other rules give it too.",
                    "Règles déclenchées dans certains tirages et pas dans d’autres\u{A0}: là où l’erreur des données décide. Leur conseil peut rester stable si d’autres règles le donnent aussi.",
                    "Reglas que se activan en unas extracciones y no en otras: allí decide el error de los datos. Su consejo puede seguir siendo estable si otras reglas también lo dan."
                )),
            fragileStrategies: lang.pick(("Fragile strategies", "Stratégies fragiles", "Estrategias frágiles")),
            fragileInstruments: lang.pick(("Fragile instruments", "Instruments fragiles", "Instrumentos frágiles")),
            values: lang.pick(
                ("Values with a standard error", "Valeurs avec une erreur type", "Valores con error típico")),
            valuesNote: lang.pick(
                (
                    "Most influential first: the share of the draws in which the value's error alone, every other value as given, changes a threat's level, any advice, or a rule's result.",
                    "Les plus influentes d’abord\u{A0}: la part des tirages dans lesquels l’erreur de la valeur, seule, les autres valeurs restant telles quelles, change le niveau d’une menace, un conseil quelconque, ou le résultat d’une règle.",
                    "Primero los más influyentes: la parte de las extracciones en las que el error del valor, por sí solo y con los demás valores tal cual, cambia el nivel de una amenaza, algún consejo, o el resultado de una regla."
                )),
            yes: lang.pick(("yes", "oui", "sí")), no: lang.pick(("no", "non", "no")))
    }
}
