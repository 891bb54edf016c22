import AdvisoryCore
import CSV
import Foundation

/// The report as CSV: one row per finding, for spreadsheets and other tools.
///
/// Columns `country_code,kind,id,title,level_or_action,score,rules`. Kinds, in this order:
/// - `summary`: the summary sentences in `title`;
/// - `action_plan`: one row per step of the action plan, in order: `level_or_action` is
///   `strategy` or the instrument's action (`sign`, `accede`, `ratify`, `accept`), `score` the
///   strategy's score or the instrument's relevance, `rules` the threats it answers;
/// - `threat`: level, score, the fired rules naming it;
/// - `strategy`: its strategic priority in `level_or_action`, score, the fired rules naming it;
/// - `instrument`: the recommended action, its relevance as the score, the fired rules behind
///   it (naming it directly or through a recommended strategy), most relevant first;
/// - `data_gap`: one row per piece of data to collect (`id` is the indicator or
///   `instrument.ID`), action `collect`, the undecided rules it would help decide;
/// - `stale`: one row per stale value, action `update`, the fired rules that used it;
/// - `not_applicable`: one row per indicator that does not apply to the country, the reason in
///   `title`;
/// - `evidence`: one row per leaf of a fired rule (the explanation annex): `id` is the data it
///   reads, `title` the condition with the value, source and year, `level_or_action` the
///   leaf's result (`true`, `false`, `unknown`), `rules` the rule;
/// - with a robustness section (`--robustness N`), after the evidence: `robustness` (one row:
///   the draws and seed in `title`, the summary in `rules`), then one row per threat
///   (`robustness_threat`), strategy (`robustness_strategy`), instrument (`robustness_instrument`)
///   and varying rule (`robustness_rule`) of the section, `level_or_action` being `stable` or
///   `fragile`, `score` the share of the draws with the outcome as given (the level; recommended
///   or not; the action; firing, for rules), `title` the outcome as given and the outcomes in the
///   draws, `rules` the rules firing in some draws only (for a rule: the values that move it);
///   and one row per uncertain value (`robustness_value`): `title` the value, standard error and
///   90 % interval, `level_or_action` where the error comes from (`profile` or `catalog`),
///   `score` the share of the draws in which it alone changes a threat's level, `rules` the
///   rules it alone changes;
/// - `provenance`: `ruleset`, `ruleset_hash`, `profile_hash`, `engine` and `date`, the value
///   in `title`.
///
/// Rule ids in `rules` are separated by a space. Lines end with LF; fields are quoted only
/// when they must be. Every text field goes through ``CSVText/cell(_:)``: a text that a
/// spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage
/// return) is prefixed with `'`, and control characters become U+FFFD.
public enum CSVReportRenderer {
    public static let columns = ["country_code", "kind", "id", "title", "level_or_action", "score", "rules"]

    /// One report: the header, then its rows.
    public static func render(_ report: Report) throws -> String {
        try render([report])
    }

    /// Several reports: one header, then every report's rows in order.
    public static func render(_ reports: [Report]) throws -> String {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream, newline: .lf)
        try writer.write(row: columns)
        for report in reports {
            for row in rows(report) {
                try writer.write(row: row)
            }
        }
        writer.stream.close()
        guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else {
            throw CSVRenderError.noOutput
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The rows of one report, without the header.
    public static func rows(_ report: Report) -> [[String]] {
        let code = CSVText.cell(report.country.code)
        var rows: [[String]] = [[code, "summary", "", CSVText.cell(report.summary), "", "", ""]]
        for step in report.actionPlan.strategies {
            rows.append([
                code, "action_plan", step.id, CSVText.cell(step.title), "strategy", score(step.score),
                list(step.threats),
            ])
        }
        for step in report.actionPlan.instruments {
            rows.append([
                code, "action_plan", step.id, CSVText.cell(step.short ?? step.title), step.action,
                score(step.relevance), list(step.threats),
            ])
        }
        for threat in report.threats {
            rows.append([
                code, "threat", threat.id, CSVText.cell(threat.title), threat.level, score(threat.score),
                list(threat.rules),
            ])
        }
        for strategy in report.strategies {
            rows.append([
                code, "strategy", strategy.id, CSVText.cell(strategy.title), strategy.priority, score(strategy.score),
                list(strategy.rules),
            ])
        }
        let strategyRules = Dictionary(
            report.strategies.map { ($0.id, $0.rules) }, uniquingKeysWith: { first, _ in first })
        for instrument in report.instruments {
            let rules = Set(instrument.rules + instrument.strategies.flatMap { strategyRules[$0] ?? [] })
            rows.append([
                code, "instrument", instrument.id, CSVText.cell(instrument.title), instrument.action,
                score(instrument.relevance), list(rules.sorted()),
            ])
        }
        for item in report.collect {
            rows.append([code, "data_gap", item.reference, CSVText.cell(item.name), "collect", "", list(item.rules)])
        }
        // The fired rules reading each reference, gathered once (a search of the annex per stale
        // value was quadratic).
        var users: [String: Set<String>] = [:]
        for entry in report.annex {
            for leaf in entry.leaves { users[leaf.reference, default: []].insert(entry.rule) }
        }
        for stale in report.stale {
            rows.append([
                code, "stale", stale.indicator, CSVText.cell(stale.name), "update", "",
                list((users[stale.indicator] ?? []).sorted()),
            ])
        }
        for item in report.notApplicableReasons {
            rows.append([
                code, "not_applicable", item.indicator, CSVText.cell("\(item.name): \(item.reason)"), "not_applicable",
                "", "",
            ])
        }
        for entry in report.annex {
            for leaf in entry.leaves {
                rows.append([
                    code, "evidence", leaf.reference, CSVText.cell(evidence(leaf)), leaf.result, "", entry.rule,
                ])
            }
        }
        if let robustness = report.robustness { rows += robustnessRows(robustness, code: code) }
        let provenance = report.provenance
        let ruleset = provenance.ruleset
        rows += [
            ["ruleset", "\(ruleset.title) (\(ruleset.id)), version \(ruleset.version)"],
            ["ruleset_hash", ruleset.hash],
            ["profile_hash", provenance.profileHash], ["engine", provenance.engine], ["date", provenance.date],
        ].map { [code, "provenance", $0[0], CSVText.cell($0[1]), "", "", ""] }
        return rows
    }

    /// The robustness section's rows (see the type's documentation).
    static func robustnessRows(_ robustness: Report.Robustness, code: String) -> [[String]] {
        let summary = robustness.summary
        var rows: [[String]] = [
            [
                code, "robustness", "", CSVText.cell("\(robustness.draws) draws, seed \(robustness.seed)"), "",
                score(robustness.stableShare),
                "threats \(summary.stableThreats) stable \(summary.fragileThreats) fragile; strategies \(summary.stableStrategies) stable \(summary.fragileStrategies) fragile; instruments \(summary.stableInstruments) stable \(summary.fragileInstruments) fragile; rules \(summary.fragileRules) fragile",
            ]
        ]
        let shares = { (list: [Report.Robustness.Share]) in
            list.map { "\($0.outcome) \(score($0.share))" }.joined(separator: ", ")
        }
        let ids = { (list: [Report.Robustness.Mover]) in list.map(\.id).joined(separator: " ") }
        for threat in robustness.threats {
            rows.append([
                code, "robustness_threat", threat.id,
                CSVText.cell("\(threat.level); in the draws: \(shares(threat.levels))"),
                threat.label, score(threat.share), ids(threat.rules),
            ])
        }
        for strategy in robustness.strategies {
            rows.append([
                code, "robustness_strategy", strategy.id,
                CSVText.cell(strategy.recommended ? "recommended" : "not recommended"), strategy.label,
                score(strategy.recommended ? strategy.share : 1 - strategy.share), ids(strategy.rules),
            ])
        }
        for instrument in robustness.instruments {
            rows.append([
                code, "robustness_instrument", instrument.id,
                CSVText.cell("\(instrument.action); in the draws: \(shares(instrument.actions))"), instrument.label,
                score(instrument.share), "",
            ])
        }
        for rule in robustness.rules {
            rows.append([
                code, "robustness_rule", rule.id, CSVText.cell(rule.result), rule.label, score(rule.share),
                ids(rule.movedBy),
            ])
        }
        let sensitivity = Dictionary(
            robustness.sensitivity.map { ($0.indicator, $0) }, uniquingKeysWith: { first, _ in first })
        for value in robustness.values {
            let entry = sensitivity[value.indicator]
            rows.append([
                code, "robustness_value", value.indicator,
                CSVText.cell(
                    "\(value.text) ± \(NumberFormat.plain(value.stderr)); 90% interval \(NumberFormat.plain(value.low)) to \(NumberFormat.plain(value.high))"
                ),
                value.origin, entry.map { score($0.levelChanges) } ?? "", entry.map { ids($0.rules) } ?? "",
            ])
        }
        return rows
    }

    /// A score as every CSV writes it: rounded to 6 decimals, without trailing zeros ("0.934", "1", "0").
    static func score(_ value: Double) -> String { NumberFormat.plain(NumberFormat.rounded(value)) }

    /// "basel_aml_index >= 6: 7.2 score (Basel AML Index 2021, 2021; stale)".
    static func evidence(_ leaf: Report.AnnexLeaf) -> String {
        let origin = [leaf.source, leaf.year.map(String.init)].compactMap { $0 }.joined(separator: ", ")
        let notes = [origin.isEmpty ? nil : origin, leaf.stale ? "stale" : nil].compactMap { $0 }.joined(
            separator: "; ")
        return "\(leaf.condition): \(leaf.value ?? "missing")" + (notes.isEmpty ? "" : " (\(notes))")
    }

    static func list(_ ids: [String]) -> String { ids.joined(separator: " ") }
}

enum CSVRenderError: Error, CustomStringConvertible {
    case noOutput

    var description: String { "the CSV writer produced no output" }
}
