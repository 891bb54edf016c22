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
        var reasons: [ReasonView]
        var hasReasons: Bool
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
        var rationale: [ReasonView]
        var hasRationale: Bool
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
        var action: String
        var actionLabel: String
        var actionClass: String
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
    }

    struct AnnexView: Sendable {
        var rule: String
        var title: String?
        var confidence: String
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
    /// "Advisory report: <country name>". Not called `title`: a section whose own `title` is
    /// missing would otherwise find this one up the context stack.
    var reportTitle: String
    var country: CountryView
    var summary: String
    var data: DataView
    var levels: [LevelView]
    var levelsText: String
    var threats: [ThreatView]
    var threatCount: Int
    var hasThreats: Bool
    var strategies: [StrategyView]
    var strategyCount: Int
    var hasStrategies: Bool
    var priorities: [PriorityView]
    var instruments: [InstrumentView]
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
    var annex: [AnnexView]
    var hasAnnex: Bool
    var provenance: ProvenanceView
}

extension ReportView {
    init(_ report: Report) {
        let report = report.mapText { TerminalText.clean($0, keepingLineBreaks: true) }
        let levelNames = report.levels.map(\.name)
        let severity = { (level: String) in Self.severity(of: level, among: levelNames) }
        let threats = report.threats.enumerated().map { index, threat in
            ThreatView(
                rank: index + 1, id: threat.id, title: threat.title, description: threat.description,
                score: Self.score(threat.score), scorePercent: Self.percent(threat.score), level: threat.level,
                levelLabel: threat.level.capitalizedFirst, severity: severity(threat.level),
                levelClass: "level-" + Self.cssToken(threat.level) + " sev-" + severity(threat.level),
                rules: threat.rules, rulesText: threat.rules.joined(separator: ", "),
                reasons: threat.reasons.map { ReasonView(rule: $0.rule, text: $0.text) },
                hasReasons: !threat.reasons.isEmpty)
        }
        let strategies = report.strategies.map { strategy in
            StrategyView(
                rank: strategy.rank, id: strategy.id, title: strategy.title, description: strategy.description,
                priority: strategy.priority, priorityTitle: strategy.priorityTitle, score: Self.score(strategy.score),
                scorePercent: Self.percent(strategy.score), rules: strategy.rules,
                rulesText: strategy.rules.joined(separator: ", "), addresses: strategy.addresses,
                addressesText: strategy.addresses.joined(separator: ", "),
                rationale: strategy.rationale.map { ReasonView(rule: $0.rule, text: $0.text) },
                hasRationale: !strategy.rationale.isEmpty)
        }
        let strategiesByID = Dictionary(strategies.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let priorities = report.priorities.map { group in
            let members = group.strategies.compactMap { strategiesByID[$0] }
            return PriorityView(id: group.id, title: group.title, count: members.count, strategies: members)
        }
        let instruments = report.instruments.map { instrument in
            let basis =
                (instrument.rules.isEmpty ? [] : ["rules " + instrument.rules.joined(separator: ", ")])
                + (instrument.strategies.isEmpty ? [] : ["strategies " + instrument.strategies.joined(separator: ", ")])
            return InstrumentView(
                id: instrument.id, title: instrument.title, short: instrument.short,
                name: instrument.short ?? instrument.title,
                kind: instrument.kind, status: instrument.status,
                statusLabel: instrument.status + (instrument.since.map { " since \($0)" } ?? ""),
                since: instrument.since,
                action: instrument.action, actionLabel: Self.actionLabel(instrument.action),
                actionClass: "action-" + Self.cssToken(instrument.action), rules: instrument.rules,
                rulesText: instrument.rules.joined(separator: ", "), hasRules: !instrument.rules.isEmpty,
                strategies: instrument.strategies, strategiesText: instrument.strategies.joined(separator: ", "),
                hasStrategies: !instrument.strategies.isEmpty, basis: basis.joined(separator: "; "))
        }
        let data = report.data
        let provenance = report.provenance
        self.init(
            schema: report.schema,
            reportTitle: "Advisory report: \(report.country.name)",
            country: CountryView(code: report.country.code, name: report.country.name, year: report.country.year),
            summary: report.summary,
            data: DataView(
                indicatorsProvided: data.indicatorsProvided, indicatorsInRuleset: data.indicatorsInRuleset,
                instrumentStatusesProvided: data.instrumentStatusesProvided,
                instrumentsInRuleset: data.instrumentsInRuleset,
                rulesFired: data.rulesFired, rulesNotFired: data.rulesNotFired, rulesUnknown: data.rulesUnknown,
                rulesTotal: data.rulesFired + data.rulesNotFired + data.rulesUnknown),
            levels: report.levels.map { level in
                LevelView(
                    name: level.name, label: level.name.capitalizedFirst,
                    threshold: NumberFormat.fixed(level.threshold, decimals: 2),
                    severity: severity(level.name),
                    levelClass: "level-" + Self.cssToken(level.name) + " sev-" + severity(level.name))
            },
            levelsText: report.levels.map { "\($0.name) ≥ \(NumberFormat.fixed($0.threshold, decimals: 2))" }.joined(
                separator: ", "),
            threats: threats, threatCount: threats.count, hasThreats: !threats.isEmpty,
            strategies: strategies, strategyCount: strategies.count, hasStrategies: !strategies.isEmpty,
            priorities: priorities,
            instruments: instruments, instrumentCount: instruments.count, hasInstruments: !instruments.isEmpty,
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
            annex: report.annex.map { entry in
                AnnexView(
                    rule: entry.rule, title: entry.title, confidence: NumberFormat.plain(entry.confidence),
                    because: entry.because, leaves: entry.leaves.map(Self.leaf))
            },
            hasAnnex: !report.annex.isEmpty,
            provenance: ProvenanceView(
                rulesetId: provenance.ruleset.id, rulesetTitle: provenance.ruleset.title,
                rulesetVersion: provenance.ruleset.version, rulesetHash: provenance.ruleset.hash,
                engine: provenance.engine, profileHash: provenance.profileHash, date: provenance.date))
    }

    private static func leaf(_ leaf: Report.AnnexLeaf) -> LeafView {
        let (label, symbol) =
            switch leaf.result {
            case "true": ("holds", "✓")
            case "false": ("does not hold", "✗")
            default: ("unknown", "?")
            }
        return LeafView(
            condition: leaf.condition, reference: leaf.reference, result: leaf.result, resultLabel: label,
            resultSymbol: symbol, resultClass: "result-" + cssToken(leaf.result), value: leaf.value ?? "missing",
            missing: leaf.value == nil, test: leaf.test, margin: leaf.margin.map(NumberFormat.plain), year: leaf.year,
            source: leaf.source, stale: leaf.stale)
    }

    /// A score with two decimals, as every human-readable format prints it.
    static func score(_ value: Double) -> String { NumberFormat.fixed(value, decimals: 2) }

    /// A score in whole percent (0–100), for bar widths.
    static func percent(_ value: Double) -> Int { Int((min(max(value, 0), 1) * 100).rounded()) }

    /// The words an action is printed with.
    static func actionLabel(_ action: String) -> String {
        switch action {
        case "accede": "Accede"
        case "ratify": "Ratify"
        case "strengthen_implementation": "Strengthen implementation"
        case "apply": "Apply"
        case "verify_status": "Verify status"
        default: action.replacingOccurrences(of: "_", with: " ").capitalizedFirst
        }
    }

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
