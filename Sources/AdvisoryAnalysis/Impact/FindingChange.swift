/// A threat, strategy or instrument whose place in the advice changed for one profile: nil on a
/// side means it is not listed there.
public struct FindingChange<State: Sendable & Equatable & Encodable>: Sendable, Equatable, Encodable {
    public var id: String
    public var title: String
    public var before: State?
    public var after: State?
    /// What in the ruleset brought the change about, as entry paths of the static part
    /// (`rules.TOC-003`, `strategies.sp2_fiu`, `instruments.untoc`, `ruleset.levels`); empty when
    /// the finding only moved because others did.
    public var causes: [String]

    public init(id: String, title: String, before: State?, after: State?, causes: [String]) {
        self.id = id
        self.title = title
        self.before = before
        self.after = after
        self.causes = causes
    }

    enum CodingKeys: String, CodingKey { case id, title, before, after, causes }

    /// `before` and `after` are always written, null on the side where the finding is not listed.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(before, forKey: .before)
        try container.encode(after, forKey: .after)
        try container.encode(causes, forKey: .causes)
    }
}

/// A threat as listed for a profile.
public struct ThreatState: Sendable, Equatable, Encodable {
    public var level: String
    public var score: Double
}

/// A recommended strategy: its rank among the recommended strategies (1 is first) and score.
public struct StrategyState: Sendable, Equatable, Encodable {
    public var rank: Int
    public var score: Double
}

/// A listed instrument: the recommended action and what decides it.
public struct InstrumentState: Sendable, Equatable, Encodable {
    public var action: String
    /// `party|signatory|none|withdrawn|unknown`.
    public var status: String
    public var relevance: Double
    public var eligibility: String
    public var requires: String?
}

public typealias ThreatChange = FindingChange<ThreatState>
public typealias StrategyChange = FindingChange<StrategyState>
public typealias InstrumentChange = FindingChange<InstrumentState>
