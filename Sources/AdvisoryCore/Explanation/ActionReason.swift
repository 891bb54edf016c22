extension InstrumentAction {
    /// Why this action is advised for `instrument` (§10.3), in one sentence.
    public static func reason(
        _ instrument: Instrument, status: InstrumentStatusEntry?, date: CalendarDate
    ) -> String {
        guard instrument.kind.isTreatyLike else {
            return "a \(instrument.kind.rawValue) is applied, not joined"
        }
        let mode = instrument.joiningMode
        switch status?.status {
        case nil:
            return "the profile does not give the country's status; verify it before advising"
        case .party?:
            return "the country is a party\(status?.since.map { " since \($0)" } ?? ""); the task is implementation"
        case .signatory?:
            return mode == .acceptance
                ? "the country has signed; acceptance makes it a party"
                : "the country has signed; ratification makes it a party"
        case .none?, .withdrawn?:
            var start = "the country is not a party"
            if status?.status == .withdrawn {
                start = "the country withdrew\(status?.since.map { " in \($0)" } ?? ""), and is treated as not a party"
            }
            if let until = instrument.openForSignatureUntil?.value, date <= until {
                return "\(start); the instrument is open for signature until \(until) (report date \(date))"
            }
            let closed = instrument.openForSignatureUntil.map { "; signature closed on \($0.value)" } ?? ""
            switch mode {
            case .accession: return "\(start)\(closed); it joins by accession"
            case .ratification: return "\(start)\(closed); the instrument is joined by ratification, without signature"
            case .acceptance: return "\(start)\(closed); the instrument is joined by acceptance"
            }
        }
    }
}
