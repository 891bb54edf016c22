import AdvisoryAnalysis
import AdvisoryCore

/// Builds a report's robustness section (``Report/Robustness``) from a Monte Carlo run over the
/// same profile, ruleset and date as the report.
public struct RobustnessSection: Sendable {
    public let compiled: CompiledRuleset
    var ruleset: Ruleset { compiled.ruleset }

    public init(_ compiled: CompiledRuleset) { self.compiled = compiled }

    /// The section for `result`, a run over `profile`, in the order and language of `report`
    /// (the report of `profile`).
    public func build(_ result: RobustnessResult, report: Report, profile: Profile) -> Report.Robustness {
        let titles = CatalogTitles(ruleset: ruleset, language: Language(rawValue: report.language) ?? .en)
        let rules = rules(result, profile)
        let context = Context(result: result, report: report, titles: titles, rules: rules)
        let threats = threatIndexes(result, report).map { threat($0, context) }
        let strategies = strategyIndexes(result, report).map { strategy($0, context) }
        let instruments = instrumentIndexes(result, report).map { instrument(result, $0, titles) }
        let formatter = ValueFormatter(ruleset: ruleset)
        return Report.Robustness(
            draws: result.draws, seed: result.seed, stableShare: RobustnessResult.stableShare,
            summary: .init(
                stableThreats: threats.count { $0.label == Self.stable },
                fragileThreats: threats.count { $0.label == Self.fragile },
                stableStrategies: strategies.count { $0.label == Self.stable },
                fragileStrategies: strategies.count { $0.label == Self.fragile },
                stableInstruments: instruments.count { $0.label == Self.stable },
                fragileInstruments: instruments.count { $0.label == Self.fragile },
                fragileRules: rules.count { $0.label == Self.fragile }),
            values: result.uncertain.map { value in
                let indicator = ruleset.indicators[value.slot]
                let interval = LeafUncertainty.interval(value: value.value, stderr: value.stderr)
                return Report.Robustness.UncertainValue(
                    indicator: value.indicator, name: indicator.displayName, value: value.value,
                    text: formatter.text(of: .number(value.value), indicator: indicator), stderr: value.stderr,
                    origin: value.origin.rawValue,
                    low: interval.low, high: interval.high)
            },
            threats: threats, strategies: strategies, instruments: instruments, rules: rules,
            sensitivity: result.sensitivity.map { entry in
                let value = result.uncertain[entry.input]
                return Report.Robustness.Sensitivity(
                    indicator: value.indicator, name: ruleset.indicators[value.slot].displayName,
                    levelChanges: share(result, entry.levelChanges), adviceChanges: share(result, entry.adviceChanges),
                    threats: movers(entry.threats.map { (ruleset.threats[$0.threat].id, $0.draws) }, result),
                    strategies: movers(entry.strategies.map { (ruleset.strategies[$0.strategy].id, $0.draws) }, result),
                    ruleChanges: share(result, entry.ruleChanges),
                    rules: movers(entry.rules.map { (ruleset.rules[$0.rule].id, $0.draws) }, result))
            })
    }

    // MARK: Rules

    /// The rules whose result is not the same in every draw, by id, each with the borderline
    /// values it hinges on (from its explanation on `profile`).
    private func rules(_ result: RobustnessResult, _ profile: Profile) -> [Report.Robustness.Rule] {
        let varying = ruleset.rules.indices.filter { rule in
            // Whether it fires: a rule unknown as given may fire in some draws (an `any` of an
            // unknown leaf and a drawn one), never the other way round.
            let fired = result.firedCount(rule: rule)
            return fired > 0 && fired < result.draws
        }
        let explanations = Explainer(compiled).explain(rules: varying, profile)
        return zip(varying, explanations).map { index, explanation in
            let rule = ruleset.rules[index]
            let fired = result.firedCount(rule: index)
            let movedBy = result.sensitivity.compactMap { entry -> (String, Int)? in
                entry.rules.first { $0.rule == index }.map { (result.uncertain[entry.input].indicator, $0.draws) }
            }
            return Report.Robustness.Rule(
                id: rule.id, title: rule.title, result: Evaluation.resultName(result.baseline.ruleTruths[index]),
                share: share(result, fired), label: label(result, max(fired, result.draws - fired)),
                threats: rule.threats.map(\.id.value), strategies: rule.strategies.map(\.value),
                movedBy: movers(movedBy, result),
                borderline: ReportBuilder.borderline([rule.id], [rule.id: explanation]))
        }.sorted { $0.id < $1.id }
    }

    /// What the findings of one section are built from.
    private struct Context {
        var result: RobustnessResult
        var report: Report
        var titles: CatalogTitles
        /// The rules whose result varies, by id.
        var rules: [Report.Robustness.Rule]

        /// The varying rules among `ids`, with the share firing.
        func varying(_ ids: Set<String>) -> [Report.Robustness.Mover] {
            rules.filter { ids.contains($0.id) }.map { .init(id: $0.id, share: $0.share) }
        }

        /// The borderline values the report's fired rules hinge on (`reported`), then those of
        /// the varying rules among `ids` not already there.
        func borderline(_ reported: [Report.Borderline], _ ids: Set<String>) -> [Report.Borderline] {
            var seen = Set(reported.map { "\($0.rule) \($0.condition)" })
            var all = reported
            for rule in rules where ids.contains(rule.id) {
                for item in rule.borderline where seen.insert("\(item.rule) \(item.condition)").inserted {
                    all.append(item)
                }
            }
            return all
        }
    }

    static let stable = "stable"
    static let fragile = "fragile"

    private func label(_ result: RobustnessResult, _ mostFrequent: Int) -> String {
        result.isStable(mostFrequent) ? Self.stable : Self.fragile
    }

    private func share(_ result: RobustnessResult, _ count: Int) -> Double { NumberFormat.rounded(result.share(count)) }

    /// Ids with their draws, as shares, most often first, then by id.
    private func movers(_ counts: [(String, Int)], _ result: RobustnessResult) -> [Report.Robustness.Mover] {
        counts.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.map { .init(id: $0.0, share: share(result, $0.1)) }
    }

    // MARK: Threats

    /// The report's threats in its order, then those raised in some draws only.
    private func threatIndexes(_ result: RobustnessResult, _ report: Report) -> [Int] {
        let reported = report.threats.compactMap { ruleset.threatIndex[$0.id] }
        let listed = Set(reported)
        let others = ruleset.threats.indices.filter {
            !listed.contains($0) && result.levelCounts(threat: $0).first != result.draws
        }
        .map { ($0, result.draws - (result.levelCounts(threat: $0).first ?? 0)) }
        .sorted { ($0.1, ruleset.threats[$1.0].id) > ($1.1, ruleset.threats[$0.0].id) }
        return reported + others.map(\.0)
    }

    private func threat(_ index: Int, _ context: Context) -> Report.Robustness.Threat {
        let result = context.result
        let id = ruleset.threats[index].id
        let counts = Array(result.levelCounts(threat: index))
        let rank = result.baseline.threatLevels[index]
        let reported = context.report.threats.first { $0.id == id }
        let movedBy = result.sensitivity.compactMap { entry -> (String, Int)? in
            entry.threats.first { $0.threat == index }.map { (result.uncertain[entry.input].indicator, $0.draws) }
        }
        let naming = Set(ruleset.rules.filter { $0.threats.contains { $0.id.value == id } }.map(\.id))
        return Report.Robustness.Threat(
            id: id, title: reported?.title ?? context.titles.threat(id) ?? ruleset.threats[index].title,
            level: ruleset.header.levelName(rank: rank), share: share(result, counts[rank]),
            label: label(result, counts.max() ?? 0),
            levels: counts.indices.filter { counts[$0] > 0 }.map {
                .init(outcome: ruleset.header.levelName(rank: $0), share: share(result, counts[$0]))
            },
            movedBy: movers(movedBy, result), rules: context.varying(naming),
            borderline: context.borderline(reported?.borderline ?? [], naming))
    }

    // MARK: Strategies

    private func strategyIndexes(_ result: RobustnessResult, _ report: Report) -> [Int] {
        let reported = report.strategies.compactMap { ruleset.strategyIndex[$0.id] }
        let listed = Set(reported)
        let others = ruleset.strategies.indices.filter {
            !listed.contains($0) && result.recommendedCount(strategy: $0) > 0
        }
        .sorted {
            (result.recommendedCount(strategy: $0), ruleset.strategies[$1].id)
                > (result.recommendedCount(strategy: $1), ruleset.strategies[$0].id)
        }
        return reported + others
    }

    private func strategy(_ index: Int, _ context: Context) -> Report.Robustness.Strategy {
        let result = context.result
        let id = ruleset.strategies[index].id
        let count = result.recommendedCount(strategy: index)
        let reported = context.report.strategies.first { $0.id == id }
        let movedBy = result.sensitivity.compactMap { entry -> (String, Int)? in
            entry.strategies.first { $0.strategy == index }.map { (result.uncertain[entry.input].indicator, $0.draws) }
        }
        let naming = Set(ruleset.rules.filter { $0.strategies.contains { $0.value == id } }.map(\.id))
        return Report.Robustness.Strategy(
            id: id, title: reported?.title ?? context.titles.strategy(id) ?? ruleset.strategies[index].title,
            recommended: result.baseline.strategyRecommended[index], share: share(result, count),
            label: label(result, max(count, result.draws - count)), movedBy: movers(movedBy, result),
            rules: context.varying(naming), borderline: context.borderline(reported?.borderline ?? [], naming))
    }

    // MARK: Instruments

    private func instrumentIndexes(_ result: RobustnessResult, _ report: Report) -> [Int] {
        let reported = report.instruments.compactMap { ruleset.instrumentIndex[$0.id] }
        let listed = Set(reported)
        let others = ruleset.instruments.indices.filter {
            !listed.contains($0) && result.count(instrument: $0, action: nil) < result.draws
        }.sorted {
            (result.count(instrument: $0, action: nil), ruleset.instruments[$0].id)
                < (result.count(instrument: $1, action: nil), ruleset.instruments[$1].id)
        }
        return reported + others
    }

    private func instrument(_ result: RobustnessResult, _ index: Int, _ titles: CatalogTitles)
        -> Report.Robustness.Instrument
    {
        let id = ruleset.instruments[index].id
        let action = result.baseline.instrumentActions[index]
        let outcomes = ([nil] + InstrumentAction.allCases.map(Optional.some)).map { action in
            (name: action?.rawValue ?? "not_listed", count: result.count(instrument: index, action: action))
        }
        let reached = outcomes.enumerated().filter { $0.element.count > 0 }
            .sorted { ($0.element.count, $1.offset) > ($1.element.count, $0.offset) }.map(\.element)
        return Report.Robustness.Instrument(
            id: id, title: titles.instrument(id) ?? ruleset.instruments[index].title,
            action: action?.rawValue ?? "not_listed",
            share: share(result, result.count(instrument: index, action: action)),
            label: label(result, reached.first?.count ?? 0),
            actions: reached.map { .init(outcome: $0.name, share: share(result, $0.count)) })
    }
}
