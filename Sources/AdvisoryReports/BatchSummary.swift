import AdvisoryCore

/// `advisor batch --format csv`: one row per country with the level and score of every threat
/// (0 when it is not raised), the recommended strategies, treaty actions and rule counts. Text
/// cells go through ``CSVText/cell(_:)`` as in the CSV report (formulas neutralised, control
/// characters replaced).
public enum BatchSummary {
    public static func csv(_ reports: [Report], ruleset: Ruleset) throws -> String {
        let threatIDs = ruleset.threats.map(\.id)
        var header = ["code", "name", "year"]
        for id in threatIDs { header += [CSVText.cell(id), CSVText.cell(id + "_score")] }
        let joining: [InstrumentAction] = [.sign, .accede, .ratify, .accept]
        header +=
            ["strategies"] + joining.map(\.rawValue) + ["rules_fired", "rules_not_fired", "rules_unknown", "stale"]
        var rows = [header]
        for report in reports {
            let threats = Dictionary(report.threats.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            var row = [
                CSVText.cell(report.country.code), CSVText.cell(report.country.name), String(report.country.year),
            ]
            for id in threatIDs {
                let threat = threats[id]
                // Scores as in the report's CSV and JSON (6 decimals at most, no padding).
                row += [CSVText.cell(threat?.level ?? "none"), CSVReportRenderer.score(threat?.score ?? 0)]
            }
            row.append(CSVText.cell(report.strategies.map(\.id).joined(separator: ";")))
            for action in joining {
                row.append(
                    CSVText.cell(
                        report.instruments.filter { $0.action == action.rawValue }.map(\.id).joined(separator: ";")))
            }
            row += [
                String(report.data.rulesFired), String(report.data.rulesNotFired), String(report.data.rulesUnknown),
                CSVText.cell(report.stale.map(\.indicator).joined(separator: ";")),
            ]
            rows.append(row)
        }
        return try CSVText.write(rows)
    }
}
