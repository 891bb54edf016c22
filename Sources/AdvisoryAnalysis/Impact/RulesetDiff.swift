import AdvisoryCore

/// The impact of a ruleset change (`advisor diff`): what differs between the base and head
/// rulesets, and how the advice changes for each profile. JSON: `policyadvisor.diff/v1`
/// (docs/diff-schema.json).
public struct RulesetDiff: Sendable, Encodable {
    /// One of the two rulesets compared.
    public struct Side: Sendable, Encodable {
        /// How the user named it: a folder, or `REV:path` for a git revision.
        public var label: String
        public var id: String
        public var version: String
        public var hash: String

        public init(label: String, ruleset: Ruleset) {
            self.label = label
            id = ruleset.header.id
            version = ruleset.header.version
            hash = ruleset.contentHash
        }
    }

    public static let schemaName = "policyadvisor.diff/v1"

    public var base: Side
    public var head: Side
    /// The date both evaluations were made on (it decides signature deadlines).
    public var date: CalendarDate
    /// The static part: what differs in the rulesets themselves.
    public var rulesetChanges: RulesetChanges
    /// Every profile compared, in the order given.
    public var profiles: [ProfileImpact]

    /// Compares every profile on both rulesets.
    public init(
        analysis: ImpactAnalysis, baseLabel: String, headLabel: String, profiles: [ProfilePair], date: CalendarDate
    ) {
        base = Side(label: baseLabel, ruleset: analysis.base.ruleset)
        head = Side(label: headLabel, ruleset: analysis.head.ruleset)
        self.date = date
        rulesetChanges = analysis.changes
        self.profiles = profiles.map { analysis.impact(of: $0, on: date) }
    }

    /// Whether the advice changed for at least one profile.
    public var adviceChanged: Bool { profiles.contains(where: \.changed) }

    /// The profiles whose advice changed.
    public var changedProfiles: [ProfileImpact] { profiles.filter(\.changed) }

    enum CodingKeys: String, CodingKey {
        case schema, engine, base, head, date, rulesetChanges, profiles, summary
    }

    struct Summary: Encodable {
        var profiles: Int
        var changed: Int
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.schemaName, forKey: .schema)
        try container.encode(Engine.version, forKey: .engine)
        try container.encode(base, forKey: .base)
        try container.encode(head, forKey: .head)
        try container.encode(date.description, forKey: .date)
        try container.encode(rulesetChanges, forKey: .rulesetChanges)
        try container.encode(profiles, forKey: .profiles)
        try container.encode(Summary(profiles: profiles.count, changed: changedProfiles.count), forKey: .summary)
    }
}
