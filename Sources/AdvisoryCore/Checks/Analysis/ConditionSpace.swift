/// The finite state space of the subjects some conditions compare, and their conditions as
/// two-valued formulas over it.
///
/// Each subject (a reference's value, a trend, an expression) gets a slot whose states are
/// "missing" plus its values: the declared values of a category, `false`/`true`, the instrument
/// statuses, or for a number the regions the conditions' literals cut the real line into (below
/// the first literal, each literal, between two literals, above the last). Every leaf is constant
/// on each state, so reasoning over these finitely many states is exact for every profile,
/// missing values included, as long as the conditions compare values only.
///
/// A trend or an expression is a slot of its own, as if it were independent of the indicators it
/// is computed from. That over-approximates what profiles can do (it admits a trend whose
/// indicator is missing, or `a - b > 0` with `a < 1` and `b > 2`): a proof over every state still
/// holds for every profile, so a finding is never false, but a clash between a value and a
/// quantity computed from it goes unseen (docs/static-analysis.md).
///
/// Three-valued logic becomes two-valued by asking two questions of each condition: is it
/// true (`truth`) and is it false (`falsity`). A leaf over a missing value is neither.
struct ConditionSpace {
    struct Slot {
        var subject: Leaf.Subject
        /// The number of states (state 0 is missing).
        var count: Int
        /// For numbers: the value standing for each state (index 0 unused).
        var representatives: [Double] = []
        /// For finite kinds: the literal of each state (index 0 unused).
        var values: [Literal] = []
        var isNumber: Bool
        /// The state of each literal a leaf can compare with for equality: a value of a finite
        /// kind, or a number the conditions mention (each is a region of its own).
        var stateOf: [Literal: Int] = [:]
        /// For an indicator with `applies_if`: one more state, "not applicable" (§10.2), in
        /// which comparisons and `in` are false, `is missing` true and `is present` false.
        var notApplicableState: Int?

        init(
            subject: Leaf.Subject, count: Int, representatives: [Double] = [], values: [Literal] = [], isNumber: Bool,
            canBeNotApplicable: Bool = false
        ) {
            self.subject = subject
            self.count = count + (canBeNotApplicable ? 1 : 0)
            self.representatives = representatives
            self.values = values
            self.isNumber = isNumber
            if canBeNotApplicable { notApplicableState = count }
            if isNumber {
                for (state, value) in representatives.enumerated().dropFirst() { stateOf[.number(value)] = state }
            } else {
                for (state, value) in values.enumerated().dropFirst() where stateOf[value] == nil {
                    stateOf[value] = state
                }
            }
        }
    }

    private(set) var slots: [Slot] = []
    private var slotIndex: [Leaf.Subject: Int] = [:]
    /// What building state sets and deciding formulas over this space may spend.
    let budget: AnalysisBudget

    /// The space of `conditions`; nil when a leaf names an unknown reference or a literal of
    /// the wrong type (validation reports those; analysis skips the rule), or when the budget
    /// is spent.
    init?(_ conditions: [Condition], ruleset: Ruleset, budget: AnalysisBudget) {
        let leaves = conditions.flatMap(\.leaves)
        // Building a space has a cost of its own beyond its state sets.
        guard budget.spend(64 + 8 * leaves.count) else { return nil }
        self.budget = budget
        var literals: [Leaf.Subject: Set<Double>] = [:]
        var subjects: [Leaf.Subject] = []
        for leaf in leaves {
            let subject = leaf.subject
            if literals[subject] == nil {
                literals[subject] = []
                subjects.append(subject)
            }
            for literal in leaf.literals {
                if case .number(let value) = literal { literals[subject, default: []].insert(value) }
            }
        }
        for subject in subjects {
            let slot =
                subject.measure == .value
                ? Self.slot(subject.reference, literals: literals[subject] ?? [], ruleset: ruleset)
                : Self.computedSlot(subject, literals: literals[subject] ?? [], ruleset: ruleset)
            guard let slot else { return nil }
            slotIndex[subject] = slots.count
            slots.append(slot)
        }
        // Check every leaf fits its slot before formulas are built.
        for leaf in leaves where sets(leaf) == nil { return nil }
    }

    /// A trend's or an expression's slot: a number, not applicable where an indicator it reads
    /// can be; nil when it reads something other than number indicators.
    private static func computedSlot(_ subject: Leaf.Subject, literals: Set<Double>, ruleset: Ruleset) -> Slot? {
        var canBeNotApplicable = false
        for reference in subject.references {
            guard case .indicator(let id) = reference, let indicator = ruleset.indicator(id), indicator.kind == .number
            else { return nil }
            canBeNotApplicable = canBeNotApplicable || indicator.appliesIf != nil
        }
        let representatives = numberRegions(literals.sorted())
        return Slot(
            subject: subject, count: representatives.count + 1, representatives: [0] + representatives,
            isNumber: true, canBeNotApplicable: canBeNotApplicable)
    }

    private static func slot(_ reference: Reference, literals: Set<Double>, ruleset: Ruleset) -> Slot? {
        let subject = Leaf.Subject(reference: reference)
        switch reference {
        case .instrument(let id):
            guard ruleset.instrument(id) != nil else { return nil }
            let values = InstrumentStatus.allCases.map { Literal.word($0.rawValue) }
            return Slot(subject: subject, count: values.count + 1, values: [.word("")] + values, isNumber: false)
        case .indicator(let id):
            guard let indicator = ruleset.indicator(id) else { return nil }
            switch indicator.kind {
            case .boolean:
                return Slot(
                    subject: subject, count: 3, values: [.word(""), .bool(false), .bool(true)], isNumber: false,
                    canBeNotApplicable: indicator.appliesIf != nil)
            case .category:
                let values = indicator.values.map { Literal.word($0) }
                return Slot(
                    subject: subject, count: values.count + 1, values: [.word("")] + values, isNumber: false,
                    canBeNotApplicable: indicator.appliesIf != nil)
            case .number:
                let representatives = numberRegions(literals.sorted())
                return Slot(
                    subject: subject, count: representatives.count + 1, representatives: [0] + representatives,
                    isNumber: true, canBeNotApplicable: indicator.appliesIf != nil)
            }
        }
    }

    /// One value per region of the real line cut at `points`: below, each point, between
    /// neighbours (skipped when no number lies between them), above.
    static func numberRegions(_ points: [Double]) -> [Double] {
        guard let first = points.first, let last = points.last else { return [0] }
        var result = [first.nextDown]
        for (index, point) in points.enumerated() {
            result.append(point)
            if index + 1 < points.count {
                let next = points[index + 1]
                let middle = point / 2 + next / 2
                if middle > point, middle < next { result.append(middle) }
            }
        }
        result.append(last.nextUp)
        return result
    }

    func slot(of subject: Leaf.Subject) -> Int? { slotIndex[subject] }

    /// The states where a leaf is true and where it is unknown; nil when it does not fit its slot.
    ///
    /// Equality and membership go straight to the literals' states, so a leaf costs its slot's
    /// size plus its literals (a test of every literal in every state was quadratic for an `in`
    /// list over a large category).
    func sets(_ leaf: Leaf) -> (true: StateSet, unknown: StateSet)? {
        guard let index = slotIndex[leaf.subject] else { return nil }
        let slot = slots[index]
        budget.spend(slot.count + leaf.literals.count)
        let missing = StateSet(count: slot.count) { $0 == 0 }
        // No value that counts: missing, or not applicable.
        let absent = StateSet(count: slot.count) { $0 == 0 || $0 == slot.notApplicableState }
        switch leaf.test {
        case .isMissing: return (absent, StateSet(count: slot.count))
        case .isPresent: return (absent.complement, StateSet(count: slot.count))
        case .compare(let op, let literal) where op.isOrdering:
            guard slot.isNumber, case .number(let threshold) = literal else { return nil }
            return (
                StateSet(count: slot.count) {
                    $0 != 0 && $0 != slot.notApplicableState
                        && CompiledRuleset.compare(slot.representatives[$0], op, threshold)
                }, missing
            )
        case .compare(let op, let literal):
            guard let state = slot.stateOf[literal] else { return nil }
            let equal = StateSet(count: slot.count, states: [state])
            return (op == .equal ? equal : equal.union(absent).complement, missing)
        case .member(let literals):
            var states: [Int] = []
            for literal in literals {
                guard let state = slot.stateOf[literal] else { return nil }
                states.append(state)
            }
            return (StateSet(count: slot.count, states: states), missing)
        }
    }

    /// The formula that holds exactly when `condition` is true.
    func truth(_ condition: Condition) -> TruthFormula {
        switch condition {
        case .leaf(let leaf):
            guard let index = slotIndex[leaf.subject], let sets = sets(leaf) else { return .constant(false) }
            return .atom(index, sets.true, [LeafMention(leaf, negated: false)])
        case .all(let parts, _): return .and(parts.map(truth))
        case .any(let parts, _): return .or(parts.map(truth))
        case .atLeast(let count, let parts, _): return .atLeast(count, parts.map(truth))
        case .not(let inner, _): return falsity(inner)
        }
    }

    /// The formula that holds exactly when `condition` is false (not unknown).
    func falsity(_ condition: Condition) -> TruthFormula {
        switch condition {
        case .leaf(let leaf):
            guard let index = slotIndex[leaf.subject], let sets = sets(leaf) else { return .constant(false) }
            return .atom(index, sets.true.union(sets.unknown).complement, [LeafMention(leaf, negated: true)])
        case .all(let parts, _): return .or(parts.map(falsity))
        case .any(let parts, _): return .and(parts.map(falsity))
        case .atLeast(let count, let parts, _): return .atLeast(parts.count - count + 1, parts.map(falsity))
        case .not(let inner, _): return truth(inner)
        }
    }
}
