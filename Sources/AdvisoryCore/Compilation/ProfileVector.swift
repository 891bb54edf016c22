/// A profile as flat arrays indexed by slot: what the compiled evaluator reads.
///
/// Slots are the catalog indexes (``CompiledRuleset/indicatorSlot(_:)``,
/// ``CompiledRuleset/instrumentSlot(_:)``). A vector is a value: copying one is cheap (its arrays
/// are shared until written), so a caller can keep a country's vector and evaluate modified
/// copies of it (``LeanEvaluator``).
public struct ProfileVector: Sendable {
    /// Whether an indicator has a value (§6), has none, or does not apply to the country (§10.2).
    enum ValueState: UInt8, Sendable {
        case missing, present, notApplicable
    }

    /// Number value, 0/1 for booleans, value index for categories (0 unless present); after the
    /// indicators' slots, one slot per ``DerivedQuantity`` of the ruleset (a trend or an
    /// expression a leaf compares).
    var values: [Double]
    var states: [ValueState]
    /// Instrument status code (``code(_:)``), or `unknownStatus`.
    var statuses: [Int8]

    /// The number of indicator slots (the derived quantities' slots follow them).
    public let indicatorCount: Int

    static let unknownStatus: Int8 = -1

    /// A vector with every indicator and derived quantity missing and every status unknown.
    init(indicators: Int, derived: Int = 0, instruments: Int) {
        values = Array(repeating: 0, count: indicators + derived)
        states = Array(repeating: .missing, count: indicators + derived)
        statuses = Array(repeating: Self.unknownStatus, count: instruments)
        indicatorCount = indicators
    }

    static func code(_ status: InstrumentStatus) -> Int8 {
        switch status {
        case .party: 0
        case .signatory: 1
        case .none: 2
        case .withdrawn: 3
        }
    }

    /// The status a code stands for; nil for `unknownStatus`.
    static func status(_ code: Int8) -> InstrumentStatus? {
        switch code {
        case 0: .party
        case 1: .signatory
        case 2: InstrumentStatus.none
        case 3: .withdrawn
        default: nil
        }
    }

    /// Takes `other`'s contents, in place when the sizes agree (no allocation in a loop).
    mutating func assign(_ other: ProfileVector) {
        guard values.count == other.values.count, statuses.count == other.statuses.count,
            indicatorCount == other.indicatorCount
        else {
            self = other
            return
        }
        for slot in values.indices {
            values[slot] = other.values[slot]
            states[slot] = other.states[slot]
        }
        for slot in statuses.indices { statuses[slot] = other.statuses[slot] }
    }

    /// Whether the indicator in `slot` has a value that applies.
    func isPresent(_ slot: Int) -> Bool { states[slot] == .present }

    /// The number of instrument slots.
    public var instrumentCount: Int { statuses.count }

    /// The value of the indicator in `slot` as the evaluator compares it: the number, 0 or 1 for
    /// a boolean, the index among the indicator's `values` for a category; nil when missing (or,
    /// in a vector after applicability, not applicable).
    public func value(at slot: Int) -> Double? {
        states[slot] == .present ? values[slot] : nil
    }

    /// Sets (or, with nil, removes) the value of the indicator in `slot`, coded as
    /// ``value(at:)`` returns it. The value is used as given: a number outside the indicator's
    /// range, or a category index out of bounds, is compared like any other.
    public mutating func setValue(_ value: Double?, at slot: Int) {
        values[slot] = value ?? 0
        states[slot] = value == nil ? .missing : .present
    }

    /// The country's status towards the instrument in `slot`; nil when unknown.
    public func status(at slot: Int) -> InstrumentStatus? { Self.status(statuses[slot]) }

    /// Sets (or, with nil, forgets) the status towards the instrument in `slot`.
    public mutating func setStatus(_ status: InstrumentStatus?, at slot: Int) {
        statuses[slot] = status.map(Self.code) ?? Self.unknownStatus
    }
}
