import AdvisoryCore

/// A profile's values as a rule author reads them next to a changed leaf: the head's reading,
/// else the base's for what only the base ruleset defines.
struct ProfileValues {
    private let base: Evaluation
    private let head: Evaluation
    private let baseNotApplicable: Set<String>
    private let headNotApplicable: Set<String>

    init(base: Evaluation, head: Evaluation) {
        self.base = base
        self.head = head
        baseNotApplicable = Set(base.notApplicable)
        headNotApplicable = Set(head.notApplicable)
    }

    /// `-0.95`, `true`, `party`; `missing`, `not applicable`, or `unknown` for an instrument
    /// without status.
    func text(_ reference: String) -> String {
        switch Reference(parsing: reference) {
        case .indicator(let id):
            if headNotApplicable.contains(id) { return "not applicable" }
            if let value = head.profile.indicators[id] ?? base.profile.indicators[id] {
                return value.value.description
            }
            return baseNotApplicable.contains(id) ? "not applicable" : "missing"
        case .instrument(let id):
            return (head.profile.instruments[id] ?? base.profile.instruments[id])?.status.rawValue ?? "unknown"
        }
    }
}
