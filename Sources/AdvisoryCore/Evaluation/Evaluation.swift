/// One evidence group behind a threat or strategy (§10.1): the largest confidence among the
/// group's fired rules, and those rules.
public struct EvidenceGroup: Sendable, Equatable, Encodable {
    public var group: String
    public var confidence: Double
    /// The group's fired rules naming the finding, sorted.
    public var rules: [String]

    public init(group: String, confidence: Double, rules: [String]) {
        self.group = group
        self.confidence = confidence
        self.rules = rules
    }

    /// "3 independent lines of evidence: gti 0.80 (VE-001, VE-002); VE-003 0.50" (a group of
    /// one rule named after it is shown by the rule alone).
    public static func describe(_ evidence: [EvidenceGroup]) -> String {
        let lines = evidence.map { group -> String in
            let value = NumberFormat.fixed(group.confidence, decimals: 2)
            if group.rules == [group.group] { return "\(group.group) \(value)" }
            return "\(group.group) \(value) (\(group.rules.joined(separator: ", ")))"
        }
        let head = evidence.count == 1 ? "1 line of evidence" : "\(evidence.count) independent lines of evidence"
        return "\(head): \(lines.joined(separator: "; "))"
    }
}

/// A threat raised by at least one fired rule.
public struct ThreatFinding: Sendable, Equatable {
    public var id: String
    public var title: String
    /// Noisy-OR of the evidence groups' confidences.
    public var score: Double
    public var level: String
    /// Fired rules naming the threat, sorted.
    public var rules: [String]
    /// By confidence (descending), then group id.
    public var evidence: [EvidenceGroup]
}

/// A strategy recommended by at least one fired rule.
public struct StrategyFinding: Sendable, Equatable {
    public var id: String
    public var title: String
    public var priority: String
    public var score: Double
    /// Fired rules recommending the strategy, sorted.
    public var rules: [String]
    /// By confidence (descending), then group id.
    public var evidence: [EvidenceGroup]
}

/// Whether a country may join an instrument (`open_to`, §10.3). Instruments it may not join
/// are not listed at all.
public enum Eligibility: String, Sendable, Equatable, Encodable {
    /// `open_to` holds, or the instrument has none.
    case eligible
    /// `open_to` cannot be decided on the data provided.
    case unknown
}

/// An instrument named by a fired rule or a recommended strategy, or required by one that is.
public struct InstrumentFinding: Sendable, Equatable {
    public var id: String
    public var title: String
    public var kind: Instrument.Kind
    /// The country's status, nil when the profile does not say.
    public var status: InstrumentStatus?
    public var action: InstrumentAction
    /// Noisy-OR of the naming rules' confidences and the naming strategies' scores; for a parent
    /// brought in by `requires`, at least its child's (§10.4).
    public var relevance: Double
    public var eligibility: Eligibility
    /// The parent the country must join first (§10.3), when this instrument needs it.
    public var requires: String?
    public var rules: [String]
    public var strategies: [String]

    /// `party|signatory|none|withdrawn|unknown`.
    public var statusName: String { status?.rawValue ?? "unknown" }
}

/// A rule whose condition is unknown, and the data that would decide it.
public struct DataGap: Sendable, Equatable {
    public var rule: String
    /// References (indicator ids or `instrument.ID`), sorted.
    public var missing: [String]
}

/// A value older than its data age limit.
public struct StaleValue: Sendable, Equatable {
    public var indicator: String
    public var year: Int
    /// `country.year − year`, saturating at the bounds of `Int`.
    public var age: Int
    public var limit: Int
}

/// The outcome of evaluating a ruleset on a profile.
public struct Evaluation: Sendable {
    public var profile: Profile
    /// The date actions were decided on (the report date).
    public var date: CalendarDate
    /// Each rule's truth, in ruleset order.
    public var ruleTruths: [Truth]
    /// Ranked by score (descending), then id.
    public var threats: [ThreatFinding]
    /// Ranked by score (descending), then id.
    public var strategies: [StrategyFinding]
    /// Ranked by relevance (descending), then id.
    public var instruments: [InstrumentFinding]
    /// Sorted by rule id.
    public var dataGaps: [DataGap]
    /// Sorted by indicator id.
    public var stale: [StaleValue]
    /// Indicators that do not apply to the country (§10.2), sorted.
    public var notApplicable: [String]

    /// The result name of a truth as reports print it.
    public static func resultName(_ truth: Truth) -> String {
        switch truth {
        case .true: "fired"
        case .false: "not_fired"
        case .unknown: "unknown"
        }
    }
}
