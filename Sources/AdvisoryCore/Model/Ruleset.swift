/// A loaded ruleset: header, catalogs and rules, with lookups by id.
public struct Ruleset: Sendable {
    public var root: String
    public var header: RulesetHeader
    public var indicators: [Indicator]
    public var threats: [Threat]
    public var priorities: [Priority]
    public var strategies: [Strategy]
    public var instruments: [Instrument]
    public var rules: [Rule]
    /// SHA-256 over the loaded files (relative path and bytes, in path order).
    public var contentHash: String
    /// The files the ruleset was read from, relative to the root, in load order.
    public var files: [String]
    /// What the files may define but could not be read (references to it are not reported).
    public var unread = UnreadDefinitions()

    public private(set) var indicatorIndex: [String: Int] = [:]
    public private(set) var threatIndex: [String: Int] = [:]
    public private(set) var priorityIndex: [String: Int] = [:]
    public private(set) var strategyIndex: [String: Int] = [:]
    public private(set) var instrumentIndex: [String: Int] = [:]
    public private(set) var ruleIndex: [String: Int] = [:]

    public init(
        root: String, header: RulesetHeader, indicators: [Indicator], threats: [Threat], priorities: [Priority],
        strategies: [Strategy], instruments: [Instrument], rules: [Rule], contentHash: String, files: [String]
    ) {
        self.root = root
        self.header = header
        self.indicators = indicators
        self.threats = threats
        self.priorities = priorities
        self.strategies = strategies
        self.instruments = instruments
        self.rules = rules
        self.contentHash = contentHash
        self.files = files
        indicatorIndex = Self.index(indicators.map(\.id))
        threatIndex = Self.index(threats.map(\.id))
        priorityIndex = Self.index(priorities.map(\.id))
        strategyIndex = Self.index(strategies.map(\.id))
        instrumentIndex = Self.index(instruments.map(\.id))
        ruleIndex = Self.index(rules.map(\.id))
    }

    /// First occurrence wins, so a duplicate id (reported as an error) cannot crash a lookup.
    private static func index(_ ids: [String]) -> [String: Int] {
        var index: [String: Int] = [:]
        for (offset, id) in ids.enumerated() where index[id] == nil { index[id] = offset }
        return index
    }

    /// The catalog's own conditions: each indicator's `applies_if` and each instrument's
    /// `open_to` (§10.2, §10.3), with a phrase naming their owner.
    public var catalogConditions: [(owner: String, condition: Condition)] {
        indicators.compactMap { indicator in
            indicator.appliesIf.map { ("'applies_if' of indicator '\(indicator.id)'", $0) }
        }
            + instruments.compactMap { instrument in
                instrument.openTo.map { ("'open_to' of instrument '\(instrument.id)'", $0) }
            }
    }

    public func indicator(_ id: String) -> Indicator? { indicatorIndex[id].map { indicators[$0] } }
    public func threat(_ id: String) -> Threat? { threatIndex[id].map { threats[$0] } }
    public func priority(_ id: String) -> Priority? { priorityIndex[id].map { priorities[$0] } }
    public func strategy(_ id: String) -> Strategy? { strategyIndex[id].map { strategies[$0] } }
    public func instrument(_ id: String) -> Instrument? { instrumentIndex[id].map { instruments[$0] } }
    public func rule(_ id: String) -> Rule? { ruleIndex[id].map { rules[$0] } }

    /// The data age limit of an indicator: its own, else the ruleset's.
    public func staleAfterYears(for indicator: Indicator) -> Int? {
        indicator.staleAfterYears ?? header.staleAfterYears
    }

    /// The age and the limit of a value of `indicator` from `year`, assessed in
    /// `assessmentYear`, when it is stale (`assessmentYear − year > limit`); nil when it is not,
    /// or when the indicator has no limit.
    public func staleness(ofYear year: Int, indicator: Indicator, assessmentYear: Int) -> (age: Int, limit: Int)? {
        guard let limit = staleAfterYears(for: indicator) else { return nil }
        let age = Self.age(ofYear: year, in: assessmentYear)
        return age > limit ? (age, limit) : nil
    }

    /// `assessmentYear − year`, saturating at the bounds of `Int`: both years come from input,
    /// and any two integers must give an answer, not an overflow.
    public static func age(ofYear year: Int, in assessmentYear: Int) -> Int {
        let (age, overflow) = assessmentYear.subtractingReportingOverflow(year)
        guard overflow else { return age }
        return assessmentYear > year ? .max : .min
    }
}
