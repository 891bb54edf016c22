import AdvisoryCore

extension Report.ActionPlan {
    /// How many strategies the plan lists.
    public static let strategyLimit = 5
    /// How many instruments to sign, join or accept the plan lists.
    public static let instrumentLimit = 5

    /// The top strategies, and the most relevant instruments whose action is `sign`, `accede`,
    /// `ratify` or `accept`, from ranked lists.
    init(strategies: [Report.Strategy], instruments: [Report.Instrument]) {
        self.strategies = strategies.prefix(Self.strategyLimit).map {
            StrategyStep(id: $0.id, title: $0.title, priority: $0.priority, score: $0.score, threats: $0.threats)
        }
        self.instruments = instruments.filter { InstrumentAction(rawValue: $0.action)?.joinsInstrument ?? false }
            .prefix(Self.instrumentLimit).map {
                InstrumentStep(
                    id: $0.id, title: $0.title, short: $0.short, action: $0.action, relevance: $0.relevance,
                    requires: $0.requires, threats: $0.threats)
            }
    }
}
