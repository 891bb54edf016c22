/// PA307: the `applies_if` conditions of indicators may not depend on each other in a cycle
/// (§10.2): whether `a` applies cannot hang on `b` while `b` hangs on `a`. Each cycle is
/// reported once, spelled out, at the leaf where its first indicator reads the next.
struct ApplicabilityCycleCheck: RulesetCheck {
    let name = "applicability-cycles"

    func run(_ ruleset: Ruleset) -> [Diagnostic] {
        // Edges: indicator → each indicator with `applies_if` that its own `applies_if` reads,
        // with the leaf that reads it (the first one).
        var edges: [[(to: Int, at: SourceLocation)]] = Array(repeating: [], count: ruleset.indicators.count)
        for (slot, indicator) in ruleset.indicators.enumerated() {
            guard let condition = indicator.appliesIf, ruleset.indicatorIndex[indicator.id] == slot else { continue }
            var seen: Set<Int> = []
            for leaf in condition.leaves {
                guard case .indicator(let id) = leaf.reference, let target = ruleset.indicatorIndex[id],
                    ruleset.indicators[target].appliesIf != nil, seen.insert(target).inserted
                else { continue }
                edges[slot].append((target, leaf.idLocation ?? leaf.location))
            }
        }
        return StronglyConnected.components(edges.map { $0.map(\.to) }).compactMap { component in
            let members = Set(component)
            guard component.count > 1 || edges[component[0]].contains(where: { $0.to == component[0] }) else {
                return nil
            }
            // One cycle through the component, from its first member in catalog order.
            var path = [component.min() ?? component[0]]
            var steps: [SourceLocation] = []
            while let last = path.last, let next = edges[last].first(where: { members.contains($0.to) }) {
                steps.append(next.at)
                if let start = path.firstIndex(of: next.to) {
                    path = Array(path[start...]) + [next.to]
                    steps = Array(steps[start...])
                    break
                }
                path.append(next.to)
            }
            let names = path.map { ruleset.indicators[$0].id }
            guard let first = steps.first else { return nil }
            return .error(
                .applicabilityCycle,
                "the 'applies_if' conditions form a cycle: \(names.joined(separator: " → ")), so none of them can be decided",
                at: first,
                notes: steps.indices.dropFirst().map { index in
                    .init("'\(names[index])' reads '\(names[index + 1])' here", at: steps[index])
                },
                help: "whether an indicator applies must not depend, through other indicators, on itself")
        }
    }
}

/// Tarjan's strongly connected components, iterative (no recursion on input-sized graphs).
enum StronglyConnected {
    /// The components of the graph given as adjacency lists, each a list of node indexes.
    static func components(_ graph: [[Int]]) -> [[Int]] {
        var index = Array(repeating: -1, count: graph.count)
        var low = Array(repeating: 0, count: graph.count)
        var onStack = Array(repeating: false, count: graph.count)
        var stack: [Int] = []
        var result: [[Int]] = []
        var counter = 0
        for root in graph.indices where index[root] < 0 {
            var work: [(node: Int, edge: Int)] = [(root, 0)]
            index[root] = counter
            low[root] = counter
            counter += 1
            stack.append(root)
            onStack[root] = true
            while let (node, edge) = work.last {
                if edge < graph[node].count {
                    work[work.count - 1].edge += 1
                    let next = graph[node][edge]
                    if index[next] < 0 {
                        index[next] = counter
                        low[next] = counter
                        counter += 1
                        stack.append(next)
                        onStack[next] = true
                        work.append((next, 0))
                    } else if onStack[next] {
                        low[node] = min(low[node], index[next])
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node { low[parent] = min(low[parent], low[node]) }
                guard low[node] == index[node] else { continue }
                var component: [Int] = []
                while let member = stack.popLast() {
                    onStack[member] = false
                    component.append(member)
                    if member == node { break }
                }
                result.append(component)
            }
        }
        return result
    }
}
