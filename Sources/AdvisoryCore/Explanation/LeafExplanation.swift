/// One leaf of a rule as evaluated on a profile: the value, its provenance, the threshold and
/// the outcome.
public struct LeafExplanation: Sendable, Equatable, Encodable {
    /// The leaf as written in the rule.
    public var condition: String
    public var reference: String
    public var truth: Truth
    /// The profile's value with its unit; nil when missing or not applicable.
    public var value: String?
    /// Why the indicator does not apply to the country (§10.2); nil when it applies.
    public var notApplicable: String? = nil
    public var year: Int?
    public var source: String?
    public var stale: Bool
    /// The operator and literal(s): ">= 6", "in [tier_2_watch_list, tier_3]", "is missing".
    public var test: String
    /// For number comparisons: value − threshold (nil when it is too large for a Double).
    public var margin: Double?
    /// Whether the leaf sits under an odd number of `not`s; `condition` and `truth` are then
    /// those of the negated leaf.
    public var negated: Bool
    /// For a leaf comparing a number that has a standard error: the 90 % interval and whether
    /// the leaf is borderline; nil otherwise.
    public var uncertainty: LeafUncertainty? = nil

    /// For a trend (`change(x, 5)`): the points of the series it read, by year; `value` is then
    /// the computed trend and `year` the latest point's.
    public var points: [SeriesPoint]? = nil
    /// For an expression (`a - b`): each operand with its value; `value` is then the computed
    /// result.
    public var operands: [LeafOperand]? = nil

    /// Whether the value's 90 % interval reaches the leaf's threshold.
    public var isBorderline: Bool { uncertainty?.borderline == true }
}

/// An operand of an expression leaf as the profile gives it.
public struct LeafOperand: Sendable, Equatable, Encodable {
    /// The indicator id.
    public var reference: String
    /// The value with its unit; nil when missing or not applicable.
    public var value: String?
    public var year: Int?
    /// Whether the indicator does not apply to the country (§10.2).
    public var notApplicable: Bool
}

/// One rule as evaluated on a profile, with its leaves.
public struct RuleExplanation: Sendable, Equatable, Encodable {
    public var id: String
    public var title: String?
    public var truth: Truth
    public var confidence: Double
    /// The evidence group the rule counts in (§10.1).
    public var group: String
    /// The rendered `because` text.
    public var because: String?
    public var leaves: [LeafExplanation]
    /// The condition as its tree, each node with its truth.
    public var tree: ConditionTree
    /// For unknown rules: the references that would decide them.
    public var missing: [String]
    /// How many leaves would have to change for the rule to flip (0 when it already holds).
    public var distance: Int

    /// The borderline leaves the rule's result hinges on (``LeafUncertainty/hinge``).
    public var hinges: [LeafExplanation] { leaves.filter { $0.uncertainty?.hinge == true } }
}
