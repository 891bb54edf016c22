/// The recommended action for an instrument (contract §10.3), from its kind, how it is joined,
/// its signature deadline and the country's status.
public enum InstrumentAction: String, Sendable, Codable, CaseIterable {
    case sign, accede, ratify, accept
    case strengthenImplementation = "strengthen_implementation"
    case apply
    case verifyStatus = "verify_status"

    /// Treaty or protocol: status `none` (or `withdrawn`) → `sign` while the report date is on
    /// or before `open_for_signature_until`, else `accede`, `ratify` or `accept` by its joining
    /// mode; `signatory` → `ratify` (`accept` for instruments joined by acceptance); `party` →
    /// `strengthen_implementation`; unknown → `verify_status`. Resolution, standard, guidance →
    /// `apply`.
    public init(_ instrument: Instrument, status: InstrumentStatus?, date: CalendarDate) {
        self.init(Traits(instrument), status: status, date: date)
    }

    /// What an instrument's action depends on besides the status and the date, taken from the
    /// catalog once per ruleset (the lean evaluator reads these, not the `Instrument`).
    struct Traits: Sendable {
        var isTreatyLike: Bool
        var joining: Instrument.Joining
        var openForSignatureUntil: CalendarDate?

        init(_ instrument: Instrument) {
            isTreatyLike = instrument.kind.isTreatyLike
            joining = instrument.joiningMode
            openForSignatureUntil = instrument.openForSignatureUntil?.value
        }
    }

    init(_ traits: Traits, status: InstrumentStatus?, date: CalendarDate) {
        guard traits.isTreatyLike else {
            self = .apply
            return
        }
        switch status {
        case .none?, .withdrawn?:
            if let until = traits.openForSignatureUntil, date <= until {
                self = .sign
                return
            }
            switch traits.joining {
            case .accession: self = .accede
            case .ratification: self = .ratify
            case .acceptance: self = .accept
            }
        case .signatory?: self = traits.joining == .acceptance ? .accept : .ratify
        case .party?: self = .strengthenImplementation
        case nil: self = .verifyStatus
        }
    }

    /// Whether the action makes the State a signatory or a party: what an action plan lists.
    public var joinsInstrument: Bool {
        switch self {
        case .sign, .accede, .ratify, .accept: true
        case .strengthenImplementation, .apply, .verifyStatus: false
        }
    }
}
