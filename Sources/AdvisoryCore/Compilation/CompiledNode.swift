/// One node of a compiled condition, laid out flat so that evaluation needs no string lookups
/// and no allocation.
struct CompiledNode: Sendable {
    enum Kind: UInt8, Sendable {
        /// `value[slot] OP threshold` over a number, boolean (0/1) or category code.
        case compare
        /// `value[slot]` among `memberValues[start..<start+count]`.
        case member
        /// `status[slot] OP threshold` for instrument statuses (== or != only).
        case statusCompare
        /// `status[slot]` among `memberValues[start..<start+count]`.
        case statusMember
        case missing, present, statusMissing, statusPresent
        case all, any, not, atLeast

        /// Whether the node is a leaf (its `start` and `count` index members, not children).
        var isLeaf: Bool {
            switch self {
            case .compare, .member, .statusCompare, .statusMember, .missing, .present, .statusMissing,
                .statusPresent:
                true
            case .all, .any, .not, .atLeast: false
            }
        }
    }

    var kind: Kind
    var op: ComparisonOperator = .equal
    /// Indicator or instrument slot for leaves.
    var slot: Int32 = 0
    /// Start of the children (combinators) or members (member leaves).
    var start: Int32 = 0
    /// Number of children or members.
    var count: Int32 = 0
    /// The threshold or code compared with; the N of `at_least`.
    var threshold: Double = 0
}
