/// A rule whose result changed for one profile, and why.
public struct RuleResultChange: Sendable, Equatable, Encodable {
    public var id: String
    public var title: String?
    /// `fired`, `not_fired`, `unknown`, or `absent` (the rule does not exist on that side).
    public var before: String
    public var after: String
    /// The changes that decide it: the rule's own condition changes (`when`), else the catalog
    /// changes of the indicators it reads; empty for a rule added or removed.
    public var reasons: [Reason]

    public init(id: String, title: String?, before: String, after: String, reasons: [Reason]) {
        self.id = id
        self.title = title
        self.before = before
        self.after = after
        self.reasons = reasons
    }
}

/// One change of the ruleset behind a changed result, with the profile's value of what it reads.
public struct Reason: Sendable, Equatable, Encodable {
    /// The entry that changed, as `rules.ID` or `indicators.ID`.
    public var entry: String
    public var change: FieldChange
    /// The head profile's value of the change's reference (`-0.95`, `party`), or `missing`,
    /// `not applicable`, `unknown` (no instrument status).
    public var value: String?

    public init(entry: String, change: FieldChange, value: String?) {
        self.entry = entry
        self.change = change
        self.value = value
    }
}
