/// Instrument parents form no cycle, and an instrument is not its own parent.
struct InstrumentParentCheck: RulesetCheck {
    let name = "instrument-parents"

    func run(_ ruleset: Ruleset) -> [Diagnostic] {
        // Only an instrument on a cycle is reported, not one whose ancestors merely lead into
        // a cycle. Each instrument is walked once (linear time: a chain of twenty thousand
        // parents took minutes when every instrument walked its whole ancestry).
        enum State { case unvisited, onPath, done }
        var state = Array(repeating: State.unvisited, count: ruleset.instruments.count)
        var onCycle = Array(repeating: false, count: ruleset.instruments.count)
        func parentIndex(_ index: Int) -> Int? {
            ruleset.instruments[index].parent.flatMap { ruleset.instrumentIndex[$0.value] }
        }
        for start in ruleset.instruments.indices where state[start] == .unvisited {
            var path: [Int] = []
            var current: Int? = start
            while let index = current, state[index] == .unvisited {
                state[index] = .onPath
                path.append(index)
                current = parentIndex(index)
            }
            if let index = current, state[index] == .onPath, let cycleStart = path.lastIndex(of: index) {
                for member in path[cycleStart...] { onCycle[member] = true }
            }
            for index in path { state[index] = .done }
        }
        return ruleset.instruments.enumerated().compactMap { index, instrument in
            // A repeated id (reported elsewhere) is not a node of the parent graph.
            guard ruleset.instrumentIndex[instrument.id] == index, onCycle[index] else { return nil }
            return .error(
                .parentCycle, "instrument '\(instrument.id)' is its own ancestor through 'parent'",
                at: instrument.parent?.location ?? instrument.location)
        }
    }
}
