/// A catalog entry or rule that was added, removed or changed between two rulesets.
public struct EntryChange: Sendable, Equatable, Encodable {
    /// What happened to the entry.
    public enum Kind: String, Sendable, Equatable, Encodable {
        case added, removed, changed
    }

    public var id: String
    public var change: Kind
    /// The head's title (the base's for a removed entry), when the entry has one.
    public var title: String?
    /// For a changed entry, each field that differs, in the order of the format's keys; for an
    /// added or removed rule, its condition.
    public var changes: [FieldChange]

    public init(id: String, change: Kind, title: String?, changes: [FieldChange]) {
        self.id = id
        self.change = change
        self.title = title
        self.changes = changes
    }
}
