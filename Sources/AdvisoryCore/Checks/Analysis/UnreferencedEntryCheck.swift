/// PA505: catalog entries nothing uses: indicators no rule condition or `because` text reads,
/// instruments no rule (consequence, condition or text) or strategy names, priorities
/// without a strategy.
struct UnreferencedEntryCheck: AnalysisCheck {
    let name = "unreferenced-entries"

    func run(_ ruleset: Ruleset, budget: AnalysisBudget) -> [Diagnostic] {
        var indicators: Set<String> = []
        var instruments: Set<String> = []
        func use(_ reference: Reference) {
            switch reference {
            case .indicator(let id): indicators.insert(id)
            case .instrument(let id): instruments.insert(id)
            }
        }
        for rule in ruleset.rules {
            for leaf in rule.condition.leaves { leaf.references.forEach(use) }
            for part in rule.because?.parts ?? [] {
                if case .reference(let reference) = part { use(reference) }
            }
            for instrument in rule.instruments { instruments.insert(instrument.value) }
        }
        for strategy in ruleset.strategies {
            for instrument in strategy.instruments { instruments.insert(instrument.value) }
        }
        for (_, condition) in ruleset.catalogConditions {
            for leaf in condition.leaves { leaf.references.forEach(use) }
        }
        let prioritized = Set(ruleset.strategies.map(\.priority.value))

        var diagnostics: [Diagnostic] = []
        for indicator in ruleset.indicators where !indicators.contains(indicator.id) {
            diagnostics.append(
                .warning(
                    .unreferencedEntry,
                    "indicator '\(indicator.id)' is not read by any rule condition or 'because' text",
                    at: indicator.location, help: "use it in a rule, or remove it from the catalog"))
        }
        for instrument in ruleset.instruments where !instruments.contains(instrument.id) {
            diagnostics.append(
                .warning(
                    .unreferencedEntry,
                    "instrument '\(instrument.id)' is named by no rule or strategy, so no report can list it",
                    at: instrument.location,
                    help: "name it in a strategy's or a rule's 'instruments', or remove it from the catalog"))
        }
        for priority in ruleset.priorities where !prioritized.contains(priority.id) {
            diagnostics.append(
                .warning(
                    .unreferencedEntry, "priority '\(priority.id)' has no strategy",
                    at: priority.location,
                    help: "add a strategy with 'priority: \(priority.id)', or remove the priority"))
        }
        return diagnostics
    }
}
