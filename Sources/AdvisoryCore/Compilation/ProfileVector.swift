/// A profile as flat arrays indexed by slot: what the compiled evaluator reads.
public struct ProfileVector: Sendable {
    /// Number value, 0/1 for booleans, value index for categories.
    var values: [Double]
    var present: [Bool]
    /// Instrument status code (party 0, signatory 1, none 2), or -1 when unknown.
    var statuses: [Int8]

    static let unknownStatus: Int8 = -1

    static func code(_ status: InstrumentStatus) -> Int8 {
        switch status {
        case .party: 0
        case .signatory: 1
        case .none: 2
        }
    }
}
