/// Which `because` texts a human-readable report shows where, so that each rule's rationale
/// appears once: under a threat, the strongest rule of each of its first `linesShown` evidence
/// groups; under a strategy in the body, its rules not shown yet; in the annex, every fired
/// rule whose rationale the body did not show.
struct ReasonPlan {
    /// How many evidence groups of a threat show their reason in the body.
    static let linesShown = 5

    private(set) var threatReasons: [String: [Report.Reason]] = [:]
    /// Evidence groups of a threat whose reason is left to the annex.
    private(set) var threatLinesHidden: [String: Int] = [:]
    private(set) var strategyReasons: [String: [Report.Reason]] = [:]
    /// Rules whose rationale the body shows.
    private(set) var shownInBody: Set<String> = []

    /// `bodyStrategies`: the ids of the strategies the body shows.
    init(_ report: Report, bodyStrategies: Set<String>) {
        for threat in report.threats {
            var shown: [Report.Reason] = []
            for group in threat.evidence.prefix(Self.linesShown) {
                // Reasons come strongest first within each group (ReportBuilder).
                guard let reason = threat.reasons.first(where: { group.rules.contains($0.rule) }) else { continue }
                if shownInBody.insert(reason.rule).inserted { shown.append(reason) }
            }
            threatReasons[threat.id] = shown
            threatLinesHidden[threat.id] = max(0, threat.evidence.count - Self.linesShown)
        }
        for strategy in report.strategies where bodyStrategies.contains(strategy.id) {
            strategyReasons[strategy.id] = strategy.rationale.filter { shownInBody.insert($0.rule).inserted }
        }
    }
}
