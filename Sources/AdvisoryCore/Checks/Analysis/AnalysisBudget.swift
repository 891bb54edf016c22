/// The work static analysis may do on one ruleset, shared by its stages.
///
/// Deciding a condition is exponential at worst, and comparing rules pairwise quadratic in
/// their number, so without a bound a ruleset of a few hundred kilobytes could keep
/// `advisor validate` busy for minutes. Every question first asks the budget; once it is spent
/// the question is undecided, and an undecided question never produces a finding. A condition
/// larger than `maxConditionNodes` is never analysed.
final class AnalysisBudget {
    /// Units of work for one ruleset: states of a leaf's state set built, terms copied and
    /// merged while expanding a formula, a fixed cost per condition space and per condition
    /// written in canonical form. The default ruleset spends about 7% of it; the whole budget
    /// is about a second of work.
    static let standardUnits = 2_000_000

    /// Conditions with more nodes (leaves and combinators) are not analysed. The default
    /// ruleset's largest has 46.
    static let maxConditionNodes = 256

    private(set) var remaining: Int

    init(units: Int = AnalysisBudget.standardUnits) { remaining = units }

    var isExhausted: Bool { remaining <= 0 }

    /// Spends `units`; false when the budget is (now) exhausted.
    @discardableResult
    func spend(_ units: Int) -> Bool {
        remaining -= min(units, remaining)
        return remaining > 0
    }
}
