/// One difference in one field of a ruleset entry, base → head: a value that changed, an item
/// added to a list or a condition (before nil), or one removed (after nil).
public struct FieldChange: Sendable, Equatable, Encodable {
    /// Where the field sits in the entry: `confidence`, `then.strategies`, `levels.high`, or a
    /// part of a condition (`when`, `when.all[1].any[0]`, `applies_if`). Indexes in a condition
    /// count in the head's condition, and in the base's for a part that was removed.
    public var path: String
    /// The value on the base side, as a rule author writes it; nil when absent there.
    public var before: String?
    /// The value on the head side; nil when absent there.
    public var after: String?
    /// For a condition leaf (both sides leaves over one reference, or a leaf added or removed):
    /// the indicator id or `instrument.ID` it reads.
    public var reference: String?

    public init(path: String, before: String?, after: String?, reference: String? = nil) {
        self.path = path
        self.before = before
        self.after = after
        self.reference = reference
    }

    /// Whether the change is in a condition (`when`, `applies_if`, `open_to`) rather than a value.
    public var isConditionChange: Bool {
        let root = path.prefix { $0 != "." && $0 != "[" }
        return root == "when" || root == "applies_if" || root == "open_to"
    }

    /// The head side written for reading after the base side: a leaf over the same reference
    /// drops the reference (`wgi_rule_of_law <= -1.0` → `<= -0.8`).
    public var shortAfter: String? {
        guard let after, let reference, before != nil, after.hasPrefix(reference + " ") else { return after }
        return String(after.dropFirst(reference.count + 1))
    }

    enum CodingKeys: String, CodingKey { case path, before, after, reference }

    /// `before` and `after` are always written, null on the side where the value is absent.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(before, forKey: .before)
        try container.encode(after, forKey: .after)
        try container.encodeIfPresent(reference, forKey: .reference)
    }
}
