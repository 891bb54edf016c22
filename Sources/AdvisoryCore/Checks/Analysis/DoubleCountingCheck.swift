/// PA508: two rules in different evidence groups raise the same threat from a common
/// indicator or instrument status (§10.1): noisy-OR then counts one piece of evidence twice.
/// Indicators marked `context: true` (a gate that sets the scene) do not count, nor do rules that
/// can never fire (PA501). One finding per pair of rules, at the later rule's leaf, with a note
/// at the earlier one's.
struct DoubleCountingCheck: AnalysisCheck {
    let name = "double-counting"

    func run(_ ruleset: Ruleset, budget: AnalysisBudget) -> [Diagnostic] {
        // Per threat and reference: the rules reading it (ruleset order), each with its first
        // leaf reading it.
        var readers: [String: [Reference: [(rule: Int, leaf: Leaf)]]] = [:]
        for (index, rule) in ruleset.rules.enumerated() {
            if rule.threats.isEmpty || ConditionAnalysis.ruleNeverTrue(rule, ruleset: ruleset, budget: budget) {
                continue
            }
            var firstLeaf: [Reference: Leaf] = [:]
            var order: [Reference] = []
            for leaf in rule.condition.leaves {
                for reference in leaf.references where firstLeaf[reference] == nil && counts(reference, ruleset) {
                    firstLeaf[reference] = leaf
                    order.append(reference)
                }
            }
            for threat in Set(rule.threats.map(\.id.value)) {
                for reference in order {
                    if let leaf = firstLeaf[reference] {
                        readers[threat, default: [:]][reference, default: []].append((index, leaf))
                    }
                }
            }
        }
        // Per pair of rules (earlier, later): what they share, in a stable order.
        struct Shared {
            var threats: Set<String> = []
            var references: [Reference: (earlier: Leaf, later: Leaf)] = [:]
        }
        var pairs: [Pair: Shared] = [:]
        for threat in readers.keys.sorted() {
            for (reference, list) in readers[threat] ?? [:] {
                for (offset, first) in list.enumerated() {
                    for second in list[(offset + 1)...] {
                        guard budget.spend(1) else { return [] }
                        let a = ruleset.rules[first.rule]
                        let b = ruleset.rules[second.rule]
                        guard a.evidenceGroup != b.evidenceGroup else { continue }
                        let pair = Pair(earlier: first.rule, later: second.rule)
                        pairs[pair, default: Shared()].threats.insert(threat)
                        pairs[pair]?.references[reference] = (first.leaf, second.leaf)
                    }
                }
            }
        }
        return pairs.keys.sorted().compactMap { pair -> Diagnostic? in
            guard let shared = pairs[pair], let reference = shared.references.keys.sorted().first,
                let leaves = shared.references[reference]
            else { return nil }
            let earlier = ruleset.rules[pair.earlier]
            let later = ruleset.rules[pair.later]
            let threats = shared.threats.sorted().map { "'\($0)'" }.joined(separator: ", ")
            let references = shared.references.keys.sorted().map { "'\($0)'" }.joined(separator: ", ")
            return .warning(
                .doubleCounting,
                "rules '\(earlier.id)' and '\(later.id)' both raise \(threats) from \(references) but count as separate lines of evidence (groups '\(earlier.evidenceGroup)' and '\(later.evidenceGroup)'): possible double counting",
                at: leaves.later.location(of: reference),
                notes: [
                    .init(
                        "'\(earlier.id)' reads '\(reference)' here",
                        at: leaves.earlier.location(of: reference))
                ],
                help:
                    "put them in one group (e.g. 'group: \(earlier.evidenceGroup)' on both) so that only the stronger counts, or mark the indicator 'context: true' if it only sets the scene"
            )
        }
    }

    /// Whether reading `reference` counts as evidence: instrument statuses do, indicators unless
    /// marked `context: true`.
    private func counts(_ reference: Reference, _ ruleset: Ruleset) -> Bool {
        switch reference {
        case .instrument: true
        case .indicator(let id): !(ruleset.indicator(id)?.context ?? false)
        }
    }

    private struct Pair: Hashable, Comparable {
        var earlier: Int
        var later: Int
        static func < (lhs: Pair, rhs: Pair) -> Bool { (lhs.later, lhs.earlier) < (rhs.later, rhs.earlier) }
    }
}
