/// Every id a ruleset names (threat, strategy, instrument, indicator, priority, parent) exists,
/// or may be defined where the ruleset could not be read (`Ruleset.unread`).
struct ReferenceCheck: RulesetCheck {
    let name = "references"

    func run(_ ruleset: Ruleset) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func check(
            _ reference: Located<String>, _ kind: String, _ section: UnreadDefinitions.Kind, _ index: [String: Int]
        ) {
            guard index[reference.value] == nil, !ruleset.unread.mayDefine(section, reference.value) else { return }
            diagnostics.append(
                .error(
                    .unknownReference, "unknown \(kind) '\(reference.value)'", at: reference.location,
                    help: Suggestion.help(for: reference.value, in: index.keys)))
        }
        for strategy in ruleset.strategies {
            check(strategy.priority, "priority", .priorities, ruleset.priorityIndex)
            for address in strategy.addresses { check(address, "threat", .threats, ruleset.threatIndex) }
            for instrument in strategy.instruments {
                check(instrument, "instrument", .instruments, ruleset.instrumentIndex)
            }
        }
        for instrument in ruleset.instruments {
            if let parent = instrument.parent {
                check(parent, "parent instrument", .instruments, ruleset.instrumentIndex)
            }
        }
        for rule in ruleset.rules {
            for threat in rule.threats { check(threat.id, "threat", .threats, ruleset.threatIndex) }
            for strategy in rule.strategies { check(strategy, "strategy", .strategies, ruleset.strategyIndex) }
            for instrument in rule.instruments {
                check(instrument, "instrument", .instruments, ruleset.instrumentIndex)
            }
        }
        for condition in ruleset.rules.map(\.condition) + ruleset.catalogConditions.map(\.condition) {
            for leaf in condition.leaves {
                for reference in leaf.references {
                    let place = leaf.location(of: reference)
                    switch reference {
                    case .indicator(let id):
                        check(Located(id, at: place), "indicator", .indicators, ruleset.indicatorIndex)
                    case .instrument(let id):
                        check(Located(id, at: place), "instrument", .instruments, ruleset.instrumentIndex)
                    }
                }
            }
        }
        return diagnostics
    }
}
