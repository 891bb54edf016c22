/// What every rule concludes, and the orders findings are combined in, laid out flat (integer
/// indexes into the catalogs) so that the lean evaluator derives scores, levels and actions
/// without dictionaries, strings or sorting per profile.
///
/// The orders fix the floating-point results: threat and strategy scores fold evidence groups in
/// group id order (§10.1), instrument relevance folds rule confidences in rule id order, then
/// strategy scores in strategy id order (§10.4), exactly as the findings are defined.
struct ConsequenceTables: Sendable {
    /// A list per rule (or per strategy) stored back to back: entry `i`'s items are
    /// `items[starts[i]..<starts[i + 1]]`.
    struct Lists<Item: Sendable>: Sendable {
        var starts: [Int32] = [0]
        var items: [Item] = []

        mutating func append<S: Sequence>(_ list: S) where S.Element == Item {
            items += list
            starts.append(Int32(items.count))
        }

        func range(_ index: Int) -> Range<Int> { Int(starts[index])..<Int(starts[index + 1]) }
    }

    /// Rule indexes by evidence group (group id order), then by rule index.
    var rulesByGroup: [Int32] = []
    /// Per rule: its evidence group's index (group ids sorted).
    var groupOfRule: [Int32] = []
    /// Rule indexes in rule id order.
    var rulesByID: [Int32] = []
    /// Per rule: its `confidence`.
    var ruleConfidence: [Double] = []
    /// Per rule: each threat named (first naming wins) with the confidence the rule lends it.
    var threats = Lists<(threat: Int32, confidence: Double)>()
    /// Per rule: the distinct strategies named.
    var strategies = Lists<Int32>()
    /// Per rule: the distinct instruments named.
    var instruments = Lists<Int32>()
    /// Strategy indexes in strategy id order (a duplicate id counts once, as its first entry).
    var strategiesByID: [Int32] = []
    /// Per strategy: the distinct known instruments it names, in the order named.
    var strategyInstruments = Lists<Int32>()
    /// Per instrument: what its action depends on besides the status and the date.
    var instrumentTraits: [InstrumentAction.Traits] = []

    init() {}

    init(_ compiled: CompiledRuleset) {
        let ruleset = compiled.ruleset
        let consequences = compiled.consequences
        groupOfRule = consequences.map(\.group)
        rulesByGroup = consequences.indices.sorted { (groupOfRule[$0], $0) < (groupOfRule[$1], $1) }.map(Int32.init)
        rulesByID = ruleset.rules.indices.sorted { ruleset.rules[$0].id < ruleset.rules[$1].id }.map(Int32.init)
        ruleConfidence = ruleset.rules.map(\.confidence)
        for entry in consequences {
            threats.append(entry.threats)
            strategies.append(entry.strategies)
            instruments.append(entry.instruments)
        }
        var firstOfID: [String: Int] = [:]
        for (index, strategy) in ruleset.strategies.enumerated() where firstOfID[strategy.id] == nil {
            firstOfID[strategy.id] = index
        }
        strategiesByID = firstOfID.sorted { $0.key < $1.key }.map { Int32($0.value) }
        for strategy in ruleset.strategies {
            var seen: Set<Int> = []
            strategyInstruments.append(
                strategy.instruments.compactMap { reference -> Int32? in
                    guard let slot = ruleset.instrumentIndex[reference.value], seen.insert(slot).inserted else {
                        return nil
                    }
                    return Int32(slot)
                })
        }
        instrumentTraits = ruleset.instruments.map(InstrumentAction.Traits.init)
    }
}
