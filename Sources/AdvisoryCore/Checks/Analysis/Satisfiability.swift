/// Decides whether a `TruthFormula` can hold, by expanding it into a disjunction of
/// conjunctions (terms) and dropping each term in which one reference must be in two
/// disjoint sets of states. The expansion gives up past a fixed number of terms, and then
/// nothing is claimed.
struct Satisfiability {
    /// Leaves that cannot hold together in one term: all are about one reference.
    struct Conflict: Hashable {
        var mentions: [LeafMention]
    }

    /// One conjunction: the allowed states of each reference it constrains.
    struct Term {
        var states: [Int: StateSet] = [:]
        var mentions: [Int: [(LeafMention, StateSet)]] = [:]
    }

    /// The result of an expansion: the terms that can hold, and why others cannot.
    struct Expansion {
        var terms: [Term]
        var conflicts: [Conflict]
    }

    static let termLimit = 4096
    static let conflictLimit = 32

    /// nil when the formula is too large to decide (or the budget runs out); else whether it
    /// can hold, with the conflicts found (when it cannot, they explain why).
    static func check(_ formula: TruthFormula, budget: AnalysisBudget) -> (satisfiable: Bool, conflicts: [Conflict])? {
        guard let expansion = expand(formula, budget: budget) else { return nil }
        var seen: Set<Conflict> = []
        let conflicts = expansion.conflicts.filter { seen.insert($0).inserted }
        return (!expansion.terms.isEmpty, conflicts)
    }

    static func expand(_ formula: TruthFormula, budget: AnalysisBudget) -> Expansion? {
        switch formula {
        case .constant(let value):
            return Expansion(terms: value ? [Term()] : [], conflicts: [])
        case .atom(let slot, let states, let mentions):
            guard !states.isEmpty else { return Expansion(terms: [], conflicts: [Conflict(mentions: mentions)]) }
            var term = Term()
            term.states[slot] = states
            term.mentions[slot] = mentions.map { ($0, states) }
            return Expansion(terms: [term], conflicts: [])
        case .or(let parts):
            var result = Expansion(terms: [], conflicts: [])
            for part in parts {
                guard let expansion = expand(part, budget: budget) else { return nil }
                result.terms += expansion.terms
                result.conflicts = merge(result.conflicts, expansion.conflicts)
                if result.terms.count > termLimit { return nil }
            }
            return result
        case .and(let parts):
            var result = Expansion(terms: [Term()], conflicts: [])
            for part in parts {
                guard let expansion = expand(part, budget: budget) else { return nil }
                guard let product = conjoin(result, expansion, budget: budget) else { return nil }
                result = product
            }
            return result
        case .atLeast(let count, let parts):
            if count <= 0 { return Expansion(terms: [Term()], conflicts: []) }
            if count > parts.count { return Expansion(terms: [], conflicts: []) }
            // reached[j]: at least j of the parts seen so far hold (j = 0...count).
            var reached =
                [Expansion(terms: [Term()], conflicts: [])]
                + Array(repeating: Expansion(terms: [], conflicts: []), count: count)
            for part in parts {
                guard let expansion = expand(part, budget: budget) else { return nil }
                for j in stride(from: count, through: 1, by: -1) {
                    guard let withPart = conjoin(reached[j - 1], expansion, budget: budget) else { return nil }
                    reached[j].terms += withPart.terms
                    reached[j].conflicts = merge(reached[j].conflicts, withPart.conflicts)
                    if reached[j].terms.count > termLimit { return nil }
                }
            }
            return reached[count]
        }
    }

    /// Every pairing of a term of `left` with a term of `right`, without the contradictory ones.
    private static func conjoin(_ left: Expansion, _ right: Expansion, budget: AnalysisBudget) -> Expansion? {
        // Each pairing copies the left term and merges the right one into it.
        let leftSize = left.terms.reduce(0) { $0 + 1 + $1.states.count }
        let rightSize = right.terms.reduce(0) { $0 + 1 + $1.states.count }
        guard left.terms.count * right.terms.count <= termLimit * 4,
            budget.spend(1 + leftSize * right.terms.count + rightSize * left.terms.count)
        else { return nil }
        var result = Expansion(terms: [], conflicts: merge(left.conflicts, right.conflicts))
        for a in left.terms {
            for b in right.terms {
                var merged = a
                var conflict: Conflict?
                for (slot, states) in b.states {
                    let both = merged.states[slot].map { $0.intersection(states) } ?? states
                    merged.mentions[slot, default: []] += b.mentions[slot] ?? []
                    merged.states[slot] = both
                    if both.isEmpty {
                        conflict = minimalConflict(merged.mentions[slot] ?? [])
                        break
                    }
                }
                if let conflict {
                    result.conflicts = merge(result.conflicts, [conflict])
                } else {
                    result.terms.append(merged)
                    if result.terms.count > termLimit { return nil }
                }
            }
        }
        return result
    }

    /// The conflicts of both, without repeats, at most `conflictLimit` (they only explain findings).
    private static func merge(_ left: [Conflict], _ right: [Conflict]) -> [Conflict] {
        guard !right.isEmpty else { return left }
        var result = left
        for conflict in right where result.count < conflictLimit && !result.contains(conflict) {
            result.append(conflict)
        }
        return result
    }

    /// A pair of mentions that cannot hold together, else all of them.
    private static func minimalConflict(_ mentions: [(LeafMention, StateSet)]) -> Conflict {
        for (index, first) in mentions.enumerated() {
            if first.1.isEmpty { return Conflict(mentions: [first.0]) }
            for second in mentions[(index + 1)...] where first.1.intersection(second.1).isEmpty {
                return Conflict(mentions: [first.0, second.0])
            }
        }
        return Conflict(mentions: mentions.map(\.0))
    }
}
