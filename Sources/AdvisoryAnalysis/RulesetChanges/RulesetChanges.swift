import AdvisoryCore

/// What differs between two rulesets, without any profile: the header, and each catalog entry
/// and rule added, removed or changed (matched by id), each change field by field and
/// conditions leaf by leaf. Entries are sorted by id.
public struct RulesetChanges: Sendable, Encodable {
    public var header: [FieldChange]
    public var indicators: [EntryChange]
    public var threats: [EntryChange]
    public var priorities: [EntryChange]
    public var strategies: [EntryChange]
    public var instruments: [EntryChange]
    public var rules: [EntryChange]

    public init(base: Ruleset, head: Ruleset) {
        header = CatalogComparison.header(base.header, head.header)
        indicators = Self.entries(base.indicators, head.indicators, id: \.id, title: \.name) {
            CatalogComparison.indicator($0, $1)
        }
        threats = Self.entries(base.threats, head.threats, id: \.id, title: \.title, CatalogComparison.threat)
        priorities = Self.entries(
            base.priorities, head.priorities, id: \.id, title: \.title, CatalogComparison.priority)
        strategies = Self.entries(
            base.strategies, head.strategies, id: \.id, title: \.title, CatalogComparison.strategy)
        instruments = Self.entries(
            base.instruments, head.instruments, id: \.id, title: \.title, CatalogComparison.instrument)
        rules = Self.entries(
            base.rules, head.rules, id: \.id, title: \.title, RuleComparison.changes,
            whole: { ConditionComparison.changes(nil, $0.condition, path: "when") })
    }

    /// Whether the two rulesets define the same things (texts and notes included).
    public var isEmpty: Bool {
        header.isEmpty && indicators.isEmpty && threats.isEmpty && priorities.isEmpty && strategies.isEmpty
            && instruments.isEmpty && rules.isEmpty
    }

    /// The changes of one section, in the order of the format's sections.
    public var sections: [(name: String, entries: [EntryChange])] {
        [
            ("indicators", indicators), ("threats", threats), ("priorities", priorities),
            ("strategies", strategies), ("instruments", instruments), ("rules", rules),
        ]
    }

    /// Entries matched by id (the first of a duplicated id; validation refuses duplicates).
    /// `whole` describes an added entry (and, with before and after swapped, a removed one).
    private static func entries<Entry>(
        _ base: [Entry], _ head: [Entry], id: (Entry) -> String, title: (Entry) -> String?,
        _ compare: (Entry, Entry) -> [FieldChange], whole: (Entry) -> [FieldChange] = { _ in [] }
    ) -> [EntryChange] {
        let old = Dictionary(base.map { (id($0), $0) }, uniquingKeysWith: { first, _ in first })
        let new = Dictionary(head.map { (id($0), $0) }, uniquingKeysWith: { first, _ in first })
        return Set(old.keys).union(new.keys).sorted().compactMap { key in
            switch (old[key], new[key]) {
            case (let a?, let b?):
                let changes = compare(a, b)
                return changes.isEmpty ? nil : EntryChange(id: key, change: .changed, title: title(b), changes: changes)
            case (nil, let b?):
                return EntryChange(id: key, change: .added, title: title(b), changes: whole(b))
            case (let a?, nil):
                let removed = whole(a).map {
                    FieldChange(path: $0.path, before: $0.after, after: nil, reference: $0.reference)
                }
                return EntryChange(id: key, change: .removed, title: title(a), changes: removed)
            case (nil, nil):
                return nil
            }
        }
    }

    enum CodingKeys: String, CodingKey {
        case header, indicators, threats, priorities, strategies, instruments, rules
    }
}
