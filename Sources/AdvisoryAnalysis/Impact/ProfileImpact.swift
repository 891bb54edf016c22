import AdvisoryCore

/// How the advice for one profile changes from the base ruleset to the head ruleset.
public struct ProfileImpact: Sendable, Encodable {
    /// Who the profile describes.
    public struct CountryInfo: Sendable, Equatable, Encodable {
        public var code: String
        public var name: String
        public var year: Int
    }

    /// The file the profile was read from (`path:line` for a row of a table).
    public var source: String
    public var country: CountryInfo
    /// The errors that kept the base ruleset from reading the profile (`path:line:column:
    /// message`); the profile is then not compared, and counts as changed.
    public var baseErrors: [String]
    /// Threats whose level or score changed, added or removed, by id.
    public var threats: [ThreatChange]
    /// Strategies added, removed, re-ranked or whose score changed, by id.
    public var strategies: [StrategyChange]
    /// Instruments whose action, status reading, eligibility, requirement or relevance changed,
    /// added or removed, by id.
    public var instruments: [InstrumentChange]
    /// Rules whose result changed, by id.
    public var rules: [RuleResultChange]

    /// Whether any advice changed for the profile.
    public var changed: Bool {
        !baseErrors.isEmpty || !threats.isEmpty || !strategies.isEmpty || !instruments.isEmpty || !rules.isEmpty
    }

    enum CodingKeys: String, CodingKey {
        case source, country, changed, baseErrors, threats, strategies, instruments, rules
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(source, forKey: .source)
        try container.encode(country, forKey: .country)
        try container.encode(changed, forKey: .changed)
        try container.encode(baseErrors, forKey: .baseErrors)
        try container.encode(threats, forKey: .threats)
        try container.encode(strategies, forKey: .strategies)
        try container.encode(instruments, forKey: .instruments)
        try container.encode(rules, forKey: .rules)
    }
}
