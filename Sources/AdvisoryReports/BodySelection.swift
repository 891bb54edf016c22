/// Which strategies and instruments the body of a human-readable report shows, and which go to
/// the annex: the `limit` strongest of each, plus any the action plan names (so that a treaty in
/// the plan is always described in the body), in rank order. JSON keeps every list whole.
struct BodySelection {
    /// How many strategies and instruments the body shows besides those of the action plan.
    static let limit = 12

    let bodyStrategies: [Report.Strategy]
    let annexStrategies: [Report.Strategy]
    let bodyInstruments: [Report.Instrument]
    let annexInstruments: [Report.Instrument]

    init(_ report: Report) {
        let planStrategies = Set(report.actionPlan.strategies.map(\.id))
        let planInstruments = Set(report.actionPlan.instruments.map(\.id))
        (bodyStrategies, annexStrategies) = Self.split(report.strategies) { planStrategies.contains($0.id) }
        (bodyInstruments, annexInstruments) = Self.split(report.instruments) { planInstruments.contains($0.id) }
    }

    private static func split<T>(_ ranked: [T], keeping inPlan: (T) -> Bool) -> ([T], [T]) {
        var body: [T] = []
        var annex: [T] = []
        for (rank, item) in ranked.enumerated() {
            if rank < limit || inPlan(item) { body.append(item) } else { annex.append(item) }
        }
        return (body, annex)
    }
}
