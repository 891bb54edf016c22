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
    /// Every other leaf of the rule conditions.
    var otherLeaves: [Int32] = []
    /// The combinators of the rule conditions, parts before the whole.
    var combinators: [Int32] = []
    /// The leaves of the rule conditions (for counting leaf evaluations).
    var leafCount: Int { compareGroups.reduce(otherLeaves.count) { $0 + $1.nodes.count } }

    init() {}

    init(nodes: ArraySlice<CompiledNode>) {
        nodeCount = nodes.count
        var groups = ComparisonOperator.allCases.map { CompareGroup(op: $0) }
        for (index, node) in zip(nodes.indices, nodes) {
            switch node.kind {
            case .compare:
                let group = ComparisonOperator.allCases.firstIndex(of: node.op) ?? 0
                groups[group].slots.append(node.slot)
                groups[group].thresholds.append(node.threshold)
                groups[group].nodes.append(Int32(index))
            case .member, .statusCompare, .statusMember, .missing, .present, .statusMissing, .statusPresent:
                otherLeaves.append(Int32(index))
            case .all, .any, .not, .atLeast:
                combinators.append(Int32(index))
            }
        }
        compareGroups = groups.filter { !$0.nodes.isEmpty }
    }
}
