/// The work and output one render may spend (``TemplateLimits``), counted as the template
/// engine asks for values.
///
/// The engine cannot be interrupted, so the budget works through what it hands out: every
/// name looked up and every list item entered is a step, and is charged the text that the
/// section entered writes (measured by ``TemplateScan``) and the strings it prints. Once the
/// budget is spent, every lookup finds nothing and every list ends, so the render finishes
/// quickly with a short result that ``ReportTemplate`` replaces with an error.
final class TemplateBudget {
    enum Overrun: Equatable {
        /// The output would be larger than the limit.
        case output
        /// More steps than the limit.
        case steps(limit: Int)
    }

    let limits: TemplateLimits
    /// What each section writes when entered, by the name it is looked up with.
    let sectionCosts: [String: TemplateScan.SectionCost]
    private(set) var steps = 0
    private(set) var stepLimit: Int
    private(set) var bytes = 0
    private(set) var overrun: Overrun?

    /// A budget for one render; the template's own text outside sections, `topLevelBytes`,
    /// is charged at once.
    init(limits: TemplateLimits, sectionCosts: [String: TemplateScan.SectionCost], topLevelBytes: Int) {
        self.limits = limits
        self.sectionCosts = sectionCosts
        stepLimit = limits.baseSteps
        bytes = topLevelBytes
    }

    /// Counts one step writing about `bytes`; false once the budget is spent.
    func charge(bytes: Int) -> Bool {
        guard overrun == nil else { return false }
        steps += 1
        self.bytes += bytes
        if self.bytes > limits.maximumOutputBytes {
            overrun = .output
        } else if steps > stepLimit {
            overrun = .steps(limit: stepLimit)
        }
        return overrun == nil
    }

    /// What entering the section named `name` once writes, with `value` as its `{{.}}`.
    func entryCost(_ name: String, value: Any?) -> Int {
        guard let cost = sectionCosts[name] else { return 0 }
        let dotBytes = cost.dots > 0 ? (value as? String)?.utf8.count ?? 0 : 0
        return cost.textBytes + cost.dots * dotBytes
    }

    /// Widens the step limit for a list of `count` items the template has reached.
    func grant(items count: Int) {
        stepLimit += limits.stepsPerItem * count
    }
}
