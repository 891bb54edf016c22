import AdvisoryCore

/// The regional overview of several countries' reports (`advisor batch --format html` or
/// `markdown`): a heat map of countries × threats, the strategies most often recommended and
/// the treaty gaps most often found across the countries, and a short section per country.
///
/// Built from the reports alone, so it reads the same titles, levels and language they do.
struct RegionalComparison: Sendable {
    struct Country: Sendable {
        var code: String
        var name: String
        var year: Int
        /// The anchor of the country's section ("country-ARC").
        var anchor: String
        var summary: String
        var threatCount: Int
        /// The action plan's steps, as the report labels them.
        var steps: [String]
        /// "Robustness: weak_rule_of_law medium in 89.4% of the draws (fragile); …", for a report
        /// with a robustness section (`batch --robustness N`).
        var stability: String?
    }

    struct Threat: Sendable {
        var id: String
        var title: String
        /// How many countries it is raised for.
        var countries: Int
    }

    /// One cell of the heat map: nil score where the threat is not raised.
    struct Cell: Sendable {
        var score: Double?
        var level: String?
        /// `none`, `low`, `medium`, `high` or `critical` (the level's rank among the ruleset's).
        var severity: String
    }

    /// A strategy or instrument named for several countries.
    struct Shared: Sendable {
        var id: String
        var title: String
        /// What is to be done ("Ratify"), for treaty gaps.
        var action: String?
        var countries: [String]
    }

    var language: ReportLanguage
    var countries: [Country]
    /// Threats raised for at least one country: most widespread first, then by highest score.
    var threats: [Threat]
    /// `cells[country][threat]`, in the order of `countries` and `threats`.
    var cells: [[Cell]]
    /// The ruleset's levels, lowest first, with their severity.
    var levels: [(name: String, label: String, severity: String)]
    var strategies: [Shared]
    var treatyGaps: [Shared]

    /// How many strategies and treaty gaps the overview lists.
    static let sharedLimit = 12

    init(_ reports: [Report]) {
        let reports = reports.map { $0.mapText { TerminalText.clean($0, keepingLineBreaks: false) } }
        let language = ReportLanguage(Language(rawValue: reports.first?.language ?? "en") ?? .en)
        self.language = language
        let levelNames = reports.first?.levels.map(\.name) ?? []
        let severity = { (level: String) in ReportView.severity(of: level, among: levelNames) }
        levels = levelNames.map { ($0, language.level($0), severity($0)) }
        var seenAnchors: [String: Int] = [:]
        countries = reports.map { report in
            var anchor = "country-" + ReportView.cssToken(report.country.code)
            let repeats = seenAnchors[anchor, default: 0]
            seenAnchors[anchor] = repeats + 1
            if repeats > 0 { anchor += "-\(repeats + 1)" }
            let plan = report.actionPlan
            let steps =
                plan.strategies.map(\.title)
                + plan.instruments.map { language.joinStep($0.action, $0.short ?? $0.title) }
            return Country(
                code: report.country.code, name: report.country.name, year: report.country.year, anchor: anchor,
                summary: report.summary, threatCount: report.threats.count, steps: steps,
                stability: report.robustness.map { language.countryStability($0, raised: report.threats.map(\.id)) })
        }
        // Threats: every one raised anywhere, most widespread first, then strongest, then id.
        var threatTitles: [String: String] = [:]
        var counts: [String: Int] = [:]
        var highest: [String: Double] = [:]
        for report in reports {
            for threat in report.threats {
                threatTitles[threat.id] = threatTitles[threat.id] ?? threat.title
                counts[threat.id, default: 0] += 1
                highest[threat.id] = max(highest[threat.id] ?? 0, threat.score)
            }
        }
        threats = threatTitles.keys.sorted { a, b in
            let (ca, cb) = (counts[a] ?? 0, counts[b] ?? 0)
            if ca != cb { return ca > cb }
            let (ha, hb) = (highest[a] ?? 0, highest[b] ?? 0)
            return ha != hb ? ha > hb : a < b
        }.map { Threat(id: $0, title: threatTitles[$0] ?? $0, countries: counts[$0] ?? 0) }
        let threatIDs = threats.map(\.id)
        cells = reports.map { report in
            let byID = Dictionary(report.threats.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            return threatIDs.map { id in
                guard let threat = byID[id] else { return Cell(score: nil, level: nil, severity: "none") }
                return Cell(score: threat.score, level: threat.level, severity: severity(threat.level))
            }
        }
        strategies = Self.shared(
            reports.map { report in report.strategies.map { ($0.id, $0.title, nil) } }, codes: countries.map(\.code))
        treatyGaps = Self.shared(
            reports.map { report in
                report.instruments.filter { InstrumentAction(rawValue: $0.action)?.joinsInstrument ?? false }
                    .map { ($0.id, $0.short ?? $0.title, language.action($0.action)) }
            }, codes: countries.map(\.code))
    }

    /// The items named for the most countries (then by id), each with its countries' codes.
    private static func shared(_ perCountry: [[(String, String, String?)]], codes: [String]) -> [Shared] {
        var items: [String: Shared] = [:]
        for (index, list) in perCountry.enumerated() {
            for (id, title, action) in list {
                var item = items[id] ?? Shared(id: id, title: title, action: action, countries: [])
                if item.countries.last != codes[index] { item.countries.append(codes[index]) }
                // Countries asked to act differently (sign here, accede there): no single action.
                if item.action != action { item.action = nil }
                items[id] = item
            }
        }
        return items.values.sorted { a, b in
            a.countries.count != b.countries.count ? a.countries.count > b.countries.count : a.id < b.id
        }.prefix(sharedLimit).map { $0 }
    }
}
