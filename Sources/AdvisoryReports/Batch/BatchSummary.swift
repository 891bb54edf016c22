import AdvisoryCore

/// `advisor batch --format csv`: one row per country with the level and score of every threat
/// (0 when it is not raised), the recommended strategies, treaty actions and rule counts — read
/// from the lean results alone (no report is built). Scores are written as in the report's CSV
/// and JSON (rounded to 6 decimals, no padding); text cells go through ``CSVText/cell(_:)`` as in
/// the CSV report (formulas neutralised, control characters replaced).
public struct BatchSummary: BatchTextFormat {
    let ruleset: Ruleset
    /// Level names by rank (0: none).
    let levelNames: [String]
    /// Strategy and instrument indexes in id order, to break ties in the ranking as reports do.
    let strategyRank: [Int]
    let instrumentRank: [Int]
    static let joining: [InstrumentAction] = [.sign, .accede, .ratify, .accept]

    /// Whether each threat gets a third column `ID_share` (`batch --robustness N`).
    let withShares: Bool

    /// `withShares`: add, after each threat's level and score, the share of the Monte Carlo
    /// draws at that level (``BatchResult/robustness()``).
    public init(_ compiled: CompiledRuleset, withShares: Bool = false) {
        self.withShares = withShares
        ruleset = compiled.ruleset
        levelNames = ["none"] + compiled.ruleset.header.levels.map(\.name)
        strategyRank = Self.ranks(of: compiled.ruleset.strategies.map(\.id))
        instrumentRank = Self.ranks(of: compiled.ruleset.instruments.map(\.id))
    }

    /// Per index, its place when the ids are sorted.
    private static func ranks(of ids: [String]) -> [Int] {
        var ranks = Array(repeating: 0, count: ids.count)
        for (rank, index) in ids.indices.sorted(by: { (ids[$0], $0) < (ids[$1], $1) }).enumerated() {
            ranks[index] = rank
        }
        return ranks
    }

    public var needsReports: Bool { false }
    public var separator: String { "" }
    public func tail(pieces: Int) -> String { "" }

    public func head() -> String {
        var header = ["code", "name", "year"]
        for threat in ruleset.threats {
            header += [CSVText.cell(threat.id), CSVText.cell(threat.id + "_score")]
            if withShares { header.append(CSVText.cell(threat.id + "_share")) }
        }
        header +=
            ["strategies"] + Self.joining.map(\.rawValue) + [
                "rules_fired", "rules_not_fired", "rules_unknown", "stale",
            ]
        return CSVText.line(header)
    }

    public func piece(for result: BatchResult) -> String {
        let lean = result.lean
        // Built in place: one string per row, each cell quoted as CSVText quotes it.
        var line = CSVText.field(CSVText.cell(result.country.code))
        line.reserveCapacity(512)
        func cell(_ text: String) {
            line += ","
            line += CSVText.field(CSVText.cell(text))
        }
        cell(result.country.name)
        cell(String(result.country.year))
        // Threat levels only: the draws skip the instruments.
        let run = withShares ? result.robustness(instruments: false) : nil
        for threat in ruleset.threats.indices {
            if lean.threatRaised[threat] {
                // Rounded as reports round scores (6 decimals).
                cell(levelNames[lean.threatLevels[threat]])
                cell(CSVReportRenderer.score(NumberFormat.rounded(lean.threatScores[threat])))
            } else {
                line += ",none,0"
            }
            if let run {
                // The share of the draws at the level as given (`none` included).
                cell(
                    CSVReportRenderer.score(run.share(run.levelCount(threat: threat, rank: lean.threatLevels[threat]))))
            }
        }
        // Ranked as findings are: score (descending), then id.
        var strategies: [(score: Double, rank: Int, index: Int)] = []
        for index in lean.strategyRecommended.indices where lean.strategyRecommended[index] {
            strategies.append((lean.strategyScores[index], strategyRank[index], index))
        }
        strategies.sort { ($0.score, $1.rank) > ($1.score, $0.rank) }
        cell(strategies.map { ruleset.strategies[$0.index].id }.joined(separator: ";"))
        var joining: [(relevance: Double, rank: Int, index: Int)] = []
        for (index, action) in lean.instrumentActions.enumerated() where action?.joinsInstrument == true {
            joining.append((lean.instrumentRelevance[index], instrumentRank[index], index))
        }
        joining.sort { ($0.relevance, $1.rank) > ($1.relevance, $0.rank) }
        for action in Self.joining {
            cell(
                joining.filter { lean.instrumentActions[$0.index] == action }.map { ruleset.instruments[$0.index].id }
                    .joined(separator: ";"))
        }
        cell(String(lean.firedCount))
        cell(String(lean.notFiredCount))
        cell(String(lean.unknownCount))
        cell(result.stale().map(\.indicator).joined(separator: ";"))
        return line + "\n"
    }
}
