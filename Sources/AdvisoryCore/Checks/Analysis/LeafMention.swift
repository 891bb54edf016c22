/// A leaf as it takes part in a formula: as written, or negated (`not`, or pushed inward).
struct LeafMention: Hashable, Sendable {
    var text: String
    var location: SourceLocation
    var negated: Bool

    init(_ leaf: Leaf, negated: Bool) {
        text = leaf.text
        location = leaf.location
        self.negated = negated
    }

    /// `'x >= 6'` or `'not (x >= 6)'`.
    var quoted: String { negated ? "'not (\(text))'" : "'\(text)'" }
}
