/// The rule conditions laid out for evaluation in one pass without recursion or short-circuit
/// (``CompiledRuleset/evaluateRulePass(_:into:truths:)``): the number comparisons grouped by
/// operator, so that each group is a tight loop without a branch per leaf, the other leaves, and
/// the combinators in node order (the compiler writes a node's parts before it).
///
/// Every leaf is evaluated, where short-circuits would skip some; the cost is a few
/// predictable instructions per leaf instead of a mispredicted branch, which is what bounds a
/// recursive evaluator on rules whose outcome varies from country to country.
struct RulePlan: Sendable {
    /// The comparison leaves of one operator.
    struct CompareGroup: Sendable {
        var op: ComparisonOperator
        var slots: [Int32] = []
        var thresholds: [Double] = []
        var nodes: [Int32] = []
    }

    /// Nodes `0..<nodeCount` are the rules' (catalog conditions come after them).
    var nodeCount = 0
    var compareGroups: [CompareGroup] = []
    /// The instrument status comparisons, by operator (`slots` index statuses).
    var statusGroups: [CompareGroup] = []
    /// Every other leaf of the rule conditions, by kind.
    var otherLeaves: [Int32] = []
    /// Combinators of one kind that follow each other in evaluation order, with their parts
    /// laid out back to back in that order (read sequentially, no branch on the kind per node).
    struct CombinatorRun: Sendable {
        var kind: CompiledNode.Kind
        /// The combinators' nodes.
        var nodes: [Int32] = []
        /// Where each combinator's parts end in `parts` (each begins where the previous ends).
        var partEnds: [Int32] = []
        var parts: [Int32] = []
        /// For `at_least`: the N of each.
        var needed: [Int32] = []
    }

    /// The combinators of the rule conditions, each after its parts (by height, then kind).
    var runs: [CombinatorRun] = []
    /// The leaves of the rule conditions (for counting leaf evaluations).
    var leafCount: Int {
        (compareGroups + statusGroups).reduce(otherLeaves.count) { $0 + $1.nodes.count }
    }

    init() {}

    /// `children` and `members` are the compiled arrays the nodes index.
    init(nodes: ArraySlice<CompiledNode>, children: [Int32], members: [Double]) {
        nodeCount = nodes.count
        var groups = ComparisonOperator.allCases.map { CompareGroup(op: $0) }
        var combinators: [Int] = []
        var statuses = ComparisonOperator.allCases.map { CompareGroup(op: $0) }
        func add(
            _ index: Int, _ op: ComparisonOperator, _ slot: Int32, _ threshold: Double, to groups: inout [CompareGroup]
        ) {
            let group = ComparisonOperator.allCases.firstIndex(of: op) ?? 0
            groups[group].slots.append(slot)
            groups[group].thresholds.append(threshold)
            groups[group].nodes.append(Int32(index))
        }
        for (index, node) in zip(nodes.indices, nodes) {
            switch node.kind {
            case .compare: add(index, node.op, node.slot, node.threshold, to: &groups)
            // `x in [v]` is `x == v` (unknown when missing, false when not applicable alike).
            case .member where node.count == 1: add(index, .equal, node.slot, members[Int(node.start)], to: &groups)
            case .statusCompare: add(index, node.op, node.slot, node.threshold, to: &statuses)
            case .statusMember where node.count == 1:
                add(index, .equal, node.slot, members[Int(node.start)], to: &statuses)
            case .member, .statusMember, .missing, .present, .statusMissing, .statusPresent:
                otherLeaves.append(Int32(index))
            case .all, .any, .not, .atLeast:
                combinators.append(index)
            }
        }
        compareGroups = groups.filter { !$0.nodes.isEmpty }
        statusGroups = statuses.filter { !$0.nodes.isEmpty }
        otherLeaves.sort { (nodes[Int($0)].kind.rawValue, $0) < (nodes[Int($1)].kind.rawValue, $1) }
        // By height (a combinator comes after every part of it), then by kind, so that runs of
        // one kind follow each other and the branch on the kind is predictable.
        var height = [Int](repeating: 0, count: nodes.count)
        for index in combinators {
            let node = nodes[index]
            for offset in Int(node.start)..<Int(node.start) + Int(node.count) {
                height[index] = max(height[index], height[Int(children[offset])] + 1)
            }
        }
        combinators.sort { a, b in
            (height[a], nodes[a].kind.rawValue, a) < (height[b], nodes[b].kind.rawValue, b)
        }
        for index in combinators {
            let node = nodes[index]
            if runs.last?.kind != node.kind { runs.append(CombinatorRun(kind: node.kind)) }
            runs[runs.count - 1].nodes.append(Int32(index))
            runs[runs.count - 1].parts += children[Int(node.start)..<Int(node.start) + Int(node.count)]
            runs[runs.count - 1].partEnds.append(Int32(runs[runs.count - 1].parts.count))
            runs[runs.count - 1].needed.append(Int32(node.threshold))
        }
    }
}
