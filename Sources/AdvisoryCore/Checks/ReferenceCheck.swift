/// Every id a ruleset names (threat, strategy, instrument, indicator, priority, parent) exists.
struct ReferenceCheck: RulesetCheck {
    let name = "references"

    func run(_ ruleset: Ruleset) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func check(_ reference: Located<String>, _ kind: String, _ index: [String: Int]) {
            guard index[reference.value] == nil else { return }
            diagnostics.append(
                .error(
                    .unknownReference, "unknown \(kind) '\(reference.value)'", at: reference.location,
                    help: Suggestion.help(for: reference.value, in: index.keys)))
        }
        for strategy in ruleset.strategies {
            check(strategy.priority, "priority", ruleset.priorityIndex)
            for address in strategy.addresses { check(address, "threat", ruleset.threatIndex) }
            for instrument in strategy.instruments { check(instrument, "instrument", ruleset.instrumentIndex) }
        }
        for instrument in ruleset.instruments {
            if let parent = instrument.parent { check(parent, "parent instrument", ruleset.instrumentIndex) }
        }
        for rule in ruleset.rules {
            for threat in rule.threats { check(threat.id, "threat", ruleset.threatIndex) }
            for strategy in rule.strategies { check(strategy, "strategy", ruleset.strategyIndex) }
            for instrument in rule.instruments { check(instrument, "instrument", ruleset.instrumentIndex) }
        }
        for condition in ruleset.rules.map(\.condition) + ruleset.catalogConditions.map(\.condition) {
            for leaf in condition.leaves {
                let place = leaf.idLocation ?? leaf.location
                switch leaf.reference {
                case .indicator(let id): check(Located(id, at: place), "indicator", ruleset.indicatorIndex)
                case .instrument(let id): check(Located(id, at: place), "instrument", ruleset.instrumentIndex)
                }
            }
        }
        return diagnostics
    }
}
