/// Lists and ranks the instruments of one evaluation (§10.3, §10.4): those named by fired rules
/// or recommended strategies that the country may join, the parents they require, each with its
/// action and relevance.
struct InstrumentRanking {
    let compiled: CompiledRuleset
    let vector: ProfileVector
    let date: CalendarDate
    var ruleset: Ruleset { compiled.ruleset }

    /// `fired` in rule id order.
    func findings(fired: [Int], strategies: [StrategyFinding]) -> [InstrumentFinding] {
        var rules: [Int: [Int]] = [:]
        var naming: [Int: [StrategyFinding]] = [:]
        for rule in fired {
            for instrument in compiled.consequences[rule].instruments {
                rules[Int(instrument), default: []].append(rule)
            }
        }
        for finding in strategies.sorted(by: { $0.id < $1.id }) {
            guard let strategy = ruleset.strategy(finding.id) else { continue }
            var seen: Set<Int> = []
            for reference in strategy.instruments {
                guard let slot = ruleset.instrumentIndex[reference.value], seen.insert(slot).inserted else { continue }
                naming[slot, default: []].append(finding)
            }
        }
        var relevance: [Int: Double] = [:]
        for slot in Set(rules.keys).union(naming.keys) where eligibility(slot) != nil {
            // Rules in id order, then strategies in id order: a fixed order for the product.
            let terms =
                (rules[slot] ?? []).map { ruleset.rules[$0].confidence } + (naming[slot] ?? []).map(\.score)
            relevance[slot] = Evaluator.noisyOr(terms)
        }
        let requires = addRequiredParents(to: &relevance)
        return relevance.map { slot, value in
            let instrument = ruleset.instruments[slot]
            let status = ProfileVector.status(vector.statuses[slot])
            return InstrumentFinding(
                id: instrument.id, title: instrument.title, kind: instrument.kind, status: status,
                action: InstrumentAction(instrument, status: status, date: date), relevance: value,
                eligibility: eligibility(slot) ?? .unknown, requires: requires[slot].map { ruleset.instruments[$0].id },
                rules: (rules[slot] ?? []).map { ruleset.rules[$0].id }.sorted(),
                strategies: (naming[slot] ?? []).map(\.id).sorted())
        }.sorted { ($0.relevance, $1.id) > ($1.relevance, $0.id) }
    }

    /// Whether the country may join the instrument in `slot`: nil when `open_to` is false.
    func eligibility(_ slot: Int) -> Eligibility? {
        let root = compiled.openToRoots[slot]
        guard root >= 0 else { return .eligible }
        var noTrace = NoTracer()
        switch compiled.evaluate(node: root, vector, tracer: &noTrace) {
        case .true: return .eligible
        case .unknown: return .unknown
        case .false: return nil
        }
    }

    /// Lists the parents that listed instruments require (a listed instrument that is not a
    /// party, whose parent is not a party either), transitively, unless `open_to` excludes them;
    /// a parent's relevance is at least each requiring child's. Returns child slot → parent slot.
    ///
    /// Parents form a forest (a cycle is a validation error; the walk stops at a repeated slot),
    /// so each instrument is listed once and relevance flows up from the deepest first.
    private func addRequiredParents(to relevance: inout [Int: Double]) -> [Int: Int] {
        let party = ProfileVector.code(.party)
        var requires: [Int: Int] = [:]
        var pending = Array(relevance.keys)
        var visited = Set(pending)
        while let child = pending.popLast() {
            let parent = Int(compiled.parentSlots[child])
            guard parent >= 0, parent != child, vector.statuses[child] != party, vector.statuses[parent] != party
            else { continue }
            requires[child] = parent
            if relevance[parent] == nil, eligibility(parent) != nil {
                relevance[parent] = 0
            }
            if relevance[parent] != nil, visited.insert(parent).inserted { pending.append(parent) }
        }
        // Deepest children first, so that a grandparent sees its grandchild's relevance.
        var depth: [Int: Int] = [:]
        func depthOf(_ slot: Int) -> Int {
            var chain: [Int] = []
            var current = slot
            while depth[current] == nil, let parent = requires[current], relevance[parent] != nil,
                chain.count <= requires.count
            {
                chain.append(current)
                current = parent
            }
            var value = depth[current] ?? 0
            for slot in chain.reversed() {
                value += 1
                depth[slot] = value
            }
            return depth[slot] ?? value
        }
        let order = requires.keys.map { ($0, depthOf($0)) }.sorted { ($0.1, $0.0) > ($1.1, $1.0) }
        for (child, _) in order {
            guard let parent = requires[child], let parentRelevance = relevance[parent],
                let childRelevance = relevance[child]
            else { continue }
            relevance[parent] = max(parentRelevance, childRelevance)
        }
        return requires
    }
}
