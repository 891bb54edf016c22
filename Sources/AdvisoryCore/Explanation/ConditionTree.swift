/// A rule's condition as its tree, each node with its truth on the profile, so that a false
/// leaf inside a fired `any` reads naturally (`advisor explain`).
public struct ConditionTree: Sendable, Equatable, Encodable {
    /// `all`, `any`, `not`, `at_least` or `leaf`.
    public var kind: String
    /// The N of `at_least`.
    public var count: Int?
    public var truth: Truth
    /// For a leaf: the leaf as evaluated (never negated: a `not` node above it says so).
    public var leaf: LeafExplanation?
    public var children: [ConditionTree]

    /// Sets ``LeafUncertainty/hinge`` on the leaves at `positions` (document order, counted
    /// from `position`). Recursion is bounded by the YAML nesting limit.
    mutating func markHinges(_ positions: Set<Int>, position: inout Int) {
        if leaf != nil {
            if positions.contains(position) { leaf?.uncertainty?.hinge = true }
            position += 1
        }
        for index in children.indices { children[index].markHinges(positions, position: &position) }
    }
}

extension Explainer {
    /// The tree of the compiled condition at `root` from a complete trace; recursion is bounded
    /// by the YAML nesting limit.
    func tree(_ root: Int32, truths: [Truth?], profile: Profile, vector: ProfileVector) -> ConditionTree {
        let node = compiled.nodes[Int(root)]
        let truth = truths[Int(root)] ?? .unknown
        let kind: String
        switch node.kind {
        case .all: kind = "all"
        case .any: kind = "any"
        case .not: kind = "not"
        case .atLeast: kind = "at_least"
        case .compare, .member, .statusCompare, .statusMember, .missing, .present, .statusMissing, .statusPresent:
            return ConditionTree(
                kind: "leaf", count: nil, truth: truth,
                leaf: leafExplanation(node: root, truth: truth, profile: profile, vector: vector), children: [])
        }
        return ConditionTree(
            kind: kind, count: node.kind == .atLeast ? Int(node.threshold) : nil, truth: truth, leaf: nil,
            children: compiled.children(of: node).map { tree($0, truths: truths, profile: profile, vector: vector) })
    }
}
