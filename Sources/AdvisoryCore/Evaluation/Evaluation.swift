/// The recommended action for an instrument, from its kind and the country's status.
public enum InstrumentAction: String, Sendable, Codable, CaseIterable {
    case accede, ratify
    case strengthenImplementation = "strengthen_implementation"
    case apply
    case verifyStatus = "verify_status"

    /// Treaty or protocol: `none` → accede, `signatory` → ratify, `party` → strengthen
    /// implementation, unknown → verify status. Resolution, standard, guidance → apply.
    public init(kind: Instrument.Kind, status: InstrumentStatus?) {
        guard kind.isTreatyLike else {
            self = .apply
            return
        }
        switch status {
        case .none?: self = .accede
        case .signatory?: self = .ratify
        case .party?: self = .strengthenImplementation
        case nil: self = .verifyStatus
        }
    }
}

/// A threat raised by at least one fired rule.
public struct ThreatFinding: Sendable, Equatable {
    public var id: String
    public var title: String
    public var score: Double
    public var level: String
    /// Fired rules naming the threat, sorted.
    public var rules: [String]
}

/// A strategy recommended by at least one fired rule.
public struct StrategyFinding: Sendable, Equatable {
    public var id: String
    public var title: String
    public var priority: String
    public var score: Double
    public var rules: [String]
}

/// An instrument named by a fired rule or a recommended strategy.
public struct InstrumentFinding: Sendable, Equatable {
    public var id: String
    public var title: String
    public var kind: Instrument.Kind
    /// The country's status, nil when the profile does not say.
    public var status: InstrumentStatus?
    public var action: InstrumentAction
    public var rules: [String]
    public var strategies: [String]

    /// `party|signatory|none|unknown`.
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
    /// Each rule's truth, in ruleset order.
    public var ruleTruths: [Truth]
    /// Ranked by score (descending), then id.
    public var threats: [ThreatFinding]
    /// Ranked by score (descending), then id.
    public var strategies: [StrategyFinding]
    /// Sorted by id.
    public var instruments: [InstrumentFinding]
    /// Sorted by rule id.
    public var dataGaps: [DataGap]
    /// Sorted by indicator id.
    public var stale: [StaleValue]

    /// The result name of a truth as reports print it.
    public static func resultName(_ truth: Truth) -> String {
        switch truth {
        case .true: "fired"
        case .false: "not_fired"
        case .unknown: "unknown"
        }
    }
}
