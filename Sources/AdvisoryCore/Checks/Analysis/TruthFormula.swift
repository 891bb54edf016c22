/// A two-valued formula over a `ConditionSpace`: atoms say "this reference is in one of
/// these states"; `and`, `or` and `atLeast` combine them.
indirect enum TruthFormula {
    case atom(Int, StateSet, [LeafMention])
    case and([TruthFormula])
    case or([TruthFormula])
    case atLeast(Int, [TruthFormula])
    case constant(Bool)

    /// The formula that holds exactly when this one does not.
    var negated: TruthFormula {
        switch self {
        case .atom(let slot, let states, let mentions): .atom(slot, states.complement, mentions)
        case .and(let parts): .or(parts.map(\.negated))
        case .or(let parts): .and(parts.map(\.negated))
        case .atLeast(let count, let parts): .atLeast(parts.count - count + 1, parts.map(\.negated))
        case .constant(let value): .constant(!value)
        }
    }
}
