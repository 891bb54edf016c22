/// A leaf's value with its measurement error: the standard error, the 90 % interval around the
/// value, and whether that interval reaches the leaf's threshold (the leaf is *borderline*).
///
/// The interval is two-sided, value ± 1.645 standard errors, so each of its ends is a
/// one-sided 95 % bound; a leaf is borderline when a threshold lies inside it, ends included:
/// |value − threshold| ≤ 1.645 · stderr. Only leaves that compare a number with a number
/// (`<`, `<=`, `>`, `>=`, `==`, `!=`, and `in` lists of numbers) can be borderline.
public struct LeafUncertainty: Sendable, Equatable, Encodable {
    /// The standard error of the value (the profile's `stderr`, else the catalog default).
    public var stderr: Double
    /// The ends of the 90 % interval, value ∓ 1.645 · stderr, shown to one decimal more than the
    /// value and its error carry (``interval(value:stderr:)``).
    public var low: Double
    public var high: Double
    /// Whether a threshold of the leaf lies within the interval.
    public var borderline: Bool
    /// For a borderline leaf: whether the rule's result hinges on it, that is whether the
    /// leaf's outcome alone, negated, would change the rule's result (every other leaf as it
    /// is). False for leaves that are not borderline.
    public var hinge: Bool

    /// The multiple of the standard error that makes the two-sided 90 % interval.
    public static let z = 1.645

    /// The uncertainty of `value` against the leaf's `thresholds` (nil when `stderr` is not
    /// positive: a value without an error is certain).
    public init?(value: Double, stderr: Double, thresholds: [Double]) {
        guard stderr > 0, stderr.isFinite else { return nil }
        self.stderr = stderr
        (low, high) = Self.interval(value: value, stderr: stderr)
        borderline = thresholds.contains { Self.isWithin($0, value: value, stderr: stderr) }
        hinge = false
    }

    /// The 90 % interval of `value`, rounded to one decimal more than the more precise of the
    /// value and its error (at most 6): −1.02 ± 0.19 gives −1.333 to −0.707, 24 ± 2.9 gives
    /// 19.23 to 28.77. Whether a leaf is borderline is decided on the exact ends, not these.
    public static func interval(value: Double, stderr: Double) -> (low: Double, high: Double) {
        let decimals = min(6, max(NumberFormat.decimals(of: value), NumberFormat.decimals(of: stderr)) + 1)
        return (
            NumberFormat.rounded(value - z * stderr, decimals: decimals),
            NumberFormat.rounded(value + z * stderr, decimals: decimals)
        )
    }

    /// "90% interval -1.333 to -0.707 (stderr 0.19)".
    public var intervalText: String {
        "90% interval \(NumberFormat.plain(low)) to \(NumberFormat.plain(high)) (stderr \(NumberFormat.plain(stderr)))"
    }

    /// Whether `threshold` lies within 1.645 standard errors of `value`, ends included (with a
    /// relative tolerance of 1e-12 for binary rounding, so that a value exactly 1.645 · stderr
    /// away counts as within).
    public static func isWithin(_ threshold: Double, value: Double, stderr: Double) -> Bool {
        let reach = z * stderr
        return abs(value - threshold) <= reach + 1e-12 * max(reach, abs(value), abs(threshold))
    }
}

extension ConditionTree {
    /// For each leaf position given (0-based, in document order): the truth of the whole tree
    /// when that leaf's outcome alone is negated and every other leaf keeps its truth. A change
    /// is carried up from the leaf and stops at the first node whose truth does not change, so
    /// each position costs at most the tree's depth.
    ///
    /// Recursion (building the flat form) is bounded by the YAML nesting limit.
    func truths(negatingLeavesAt positions: [Int]) -> [Truth] {
        guard !positions.isEmpty else { return [] }
        var flat = FlatTree()
        flat.add(self, parent: -1)
        return positions.map { position in
            guard position >= 0, position < flat.leaves.count else { return truth }
            var node = flat.leaves[position]
            var old = flat.truths[node]
            var new = old.negated
            while new != old, case let parent = flat.parents[node], parent >= 0 {
                let before = flat.truths[parent]
                new = flat.truth(of: parent, replacing: old, with: new)
                old = before
                node = parent
            }
            return node == 0 ? new : truth
        }
    }

    /// The tree as arrays (node 0 is the root), with each node's children's truths counted.
    private struct FlatTree {
        var kinds: [String] = []
        var counts: [Int] = []
        var truths: [Truth] = []
        var parents: [Int] = []
        /// Per node: how many children are true, and how many unknown.
        var trueChildren: [Int] = []
        var unknownChildren: [Int] = []
        var childCount: [Int] = []
        var leaves: [Int] = []

        mutating func add(_ tree: ConditionTree, parent: Int) {
            let index = kinds.count
            kinds.append(tree.kind)
            counts.append(tree.count ?? 0)
            truths.append(tree.truth)
            parents.append(parent)
            trueChildren.append(tree.children.count(where: { $0.truth == .true }))
            unknownChildren.append(tree.children.count(where: { $0.truth == .unknown }))
            childCount.append(tree.children.count)
            if tree.kind == "leaf" { leaves.append(index) }
            for child in tree.children { add(child, parent: index) }
        }

        /// The truth of `node` when one child's truth changes from `old` to `new`.
        func truth(of node: Int, replacing old: Truth, with new: Truth) -> Truth {
            var trues = trueChildren[node] - (old == .true ? 1 : 0) + (new == .true ? 1 : 0)
            var unknowns = unknownChildren[node] - (old == .unknown ? 1 : 0) + (new == .unknown ? 1 : 0)
            trues = max(trues, 0)
            unknowns = max(unknowns, 0)
            let falses = childCount[node] - trues - unknowns
            switch kinds[node] {
            case "all": return falses > 0 ? .false : unknowns > 0 ? .unknown : .true
            case "any": return trues > 0 ? .true : unknowns > 0 ? .unknown : .false
            case "not": return new.negated
            case "at_least": return Truth.atLeast(counts[node], trueCount: trues, unknownCount: unknowns)
            default: return new
            }
        }
    }
}
