import AdvisoryAnalysis
import AdvisoryCore

/// One evaluated input of a batch, as a batch format sees it (on a worker thread): the country
/// and its lean results; the profile, the findings and the report are built only when asked for.
public struct BatchResult: Sendable {
    /// The input's place in the batch (0-based, counting every input).
    public let index: Int
    public let country: Country
    /// Scores, levels and actions by catalog index.
    public let lean: LeanEvaluation
    /// The ruleset, the date and the builders the batch shares.
    public let context: BatchContext
    let source: Source

    enum Source: Sendable {
        case row(TableRow)
        case profile(Profile)
    }

    /// The input as a profile (for a table row: its cells with their positions).
    public func profile() -> Profile {
        switch source {
        case .profile(let profile): return profile
        case .row(let row):
            return row.profile()
                ?? Profile(path: row.layout.path, country: country, indicators: [:], instruments: [:], contentHash: "")
        }
    }

    /// The findings (ids, titles, evidence, data gaps, stale values).
    public func evaluation() -> Evaluation { context.evaluator.evaluate(profile(), on: context.date) }

    /// The full report, explanations included; with a robustness section when the batch asks
    /// for one (``BatchContext/robustness``).
    public func report() -> Report {
        let profile = profile()
        var report = context.builder.build(context.evaluator.evaluate(profile, on: context.date))
        if let run = robustness(profile) {
            report.robustness = RobustnessSection(context.compiled).build(run, report: report, profile: profile)
        }
        return report
    }

    /// The Monte Carlo run of the input when the batch asks for one (on the calling thread,
    /// without the sensitivity ranking, and without instruments unless `instruments`); nil
    /// otherwise.
    public func robustness(instruments: Bool = true) -> RobustnessResult? {
        robustness(profile(), instruments: instruments)
    }

    private func robustness(_ profile: Profile, instruments: Bool = true) -> RobustnessResult? {
        guard let settings = context.robustness else { return nil }
        return RobustnessAnalysis(context.compiled, date: context.date).run(
            profile,
            .init(draws: settings.draws, seed: settings.seed, workers: 1, sensitivity: false, instruments: instruments))
    }

    /// The stale values (none for a table row without `ID.year` columns: its cells carry no year).
    public func stale() -> [StaleValue] {
        switch source {
        case .row(let row) where !row.hasYears: []
        case .row: context.evaluator.staleValues(profile(), lean: lean)
        case .profile(let profile): context.evaluator.staleValues(profile, lean: lean)
        }
    }
}

/// What every input of a batch is evaluated with.
public struct BatchContext: Sendable {
    public let compiled: CompiledRuleset
    public let date: CalendarDate
    public let lean: LeanEvaluator
    public let evaluator: Evaluator
    public let builder: ReportBuilder
    /// The Monte Carlo draws made for each input (`batch --robustness N`), if any.
    public let robustness: Robustness?
    public var ruleset: Ruleset { compiled.ruleset }

    /// How many draws each input gets, with which seed (the same for every input, so that a
    /// country's numbers are those `advisor robustness` gives with that seed).
    public struct Robustness: Sendable {
        public var draws: Int
        public var seed: UInt64

        public init(draws: Int, seed: UInt64 = RobustnessAnalysis.defaultSeed) {
            self.draws = max(1, draws)
            self.seed = seed
        }
    }

    /// `language`: the language of the reports built (titles, summaries).
    public init(
        _ compiled: CompiledRuleset, date: CalendarDate, language: Language = .en, robustness: Robustness? = nil
    ) {
        self.compiled = compiled
        self.date = date
        lean = LeanEvaluator(compiled, date: date)
        evaluator = Evaluator(compiled)
        builder = ReportBuilder(compiled, language: language)
        self.robustness = robustness
    }
}
