/// A profile as flat arrays indexed by slot: what the compiled evaluator reads.
public struct ProfileVector: Sendable {
    /// Whether an indicator has a value (§6), has none, or does not apply to the country (§10.2).
    enum ValueState: UInt8, Sendable {
        case missing, present, notApplicable
    }

    /// Number value, 0/1 for booleans, value index for categories (0 unless present).
    var values: [Double]
    var states: [ValueState]
    /// Instrument status code (``code(_:)``), or `unknownStatus`.
    var statuses: [Int8]

    static let unknownStatus: Int8 = -1

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

    /// Whether the indicator in `slot` has a value that applies.
    func isPresent(_ slot: Int) -> Bool { states[slot] == .present }
}
