/// Every id a ruleset names (threat, strategy, instrument, indicator, priority, parent) exists.
struct ReferenceCheck: RulesetCheck {
    let name = "references"

    func run(_ ruleset: Ruleset) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func check(_ reference: Located<String>, _ kind: String, _ index: [String: Int]) {
            guard index[reference.value] == nil else { return }
            diagnostics.append(.error(.unknownReference, "unknown \(kind) '\(reference.value)'", at: reference.location,
                                      help: Suggestion.help(for: reference.value, in: index.keys)))
        }
        for strategy in ruleset.strategies {
            check(strategy.priority, "priority", ruleset.priorityIndex)
            strategy.addresses.forEach { check($0, "threat", ruleset.threatIndex) }
            strategy.instruments.forEach { check($0, "instrument", ruleset.instrumentIndex) }
        }
        for instrument in ruleset.instruments {
            if let parent = instrument.parent { check(parent, "parent instrument", ruleset.instrumentIndex) }
        }
        for rule in ruleset.rules {
            rule.threats.forEach { check($0.id, "threat", ruleset.threatIndex) }
            rule.strategies.forEach { check($0, "strategy", ruleset.strategyIndex) }
            rule.instruments.forEach { check($0, "instrument", ruleset.instrumentIndex) }
            for leaf in rule.condition.leaves {
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
