import Foundation

@testable import AdvisoryCore

/// A direct, uncompiled interpretation of §6 and §10 over the condition trees and the profile's
/// dictionaries: the reference the compiled evaluator is checked against. Written for clarity,
/// not speed: recursion, sets and fixpoints.
struct ReferenceInterpreter {
    let ruleset: Ruleset

    /// What the reference expects of an evaluation.
    struct Findings {
        var notApplicable: [String]
        /// (id, score), ranked.
        var threats: [(String, Double)]
        var strategies: [(String, Double)]
        var instruments: [Instrument]

        struct Instrument {
            var id: String
            var relevance: Double
            var eligibility: Eligibility
            var requires: String?
            var action: InstrumentAction
        }
    }

    // MARK: Conditions

    func truth(_ condition: Condition, _ profile: Profile) -> Truth {
        truth(condition, profile, notApplicable: notApplicable(profile))
    }

    func truth(_ condition: Condition, _ profile: Profile, notApplicable: Set<String>) -> Truth {
        switch condition {
        case .leaf(let leaf): return truth(leaf, profile, notApplicable: notApplicable)
        case .all(let parts, _):
            let truths = parts.map { truth($0, profile, notApplicable: notApplicable) }
            if truths.contains(.false) { return .false }
            return truths.contains(.unknown) ? .unknown : .true
        case .any(let parts, _):
            let truths = parts.map { truth($0, profile, notApplicable: notApplicable) }
            if truths.contains(.true) { return .true }
            return truths.contains(.unknown) ? .unknown : .false
        case .not(let inner, _):
            switch truth(inner, profile, notApplicable: notApplicable) {
            case .true: return .false
            case .false: return .true
            case .unknown: return .unknown
            }
        case .atLeast(let count, let parts, _):
            let truths = parts.map { truth($0, profile, notApplicable: notApplicable) }
            let trues = truths.filter { $0 == .true }.count
            let unknowns = truths.filter { $0 == .unknown }.count
            if trues >= count { return .true }
            return trues + unknowns >= count ? .unknown : .false
        }
    }

    private func truth(_ leaf: Leaf, _ profile: Profile, notApplicable: Set<String>) -> Truth {
        if leaf.measure != .value { return computedTruth(leaf, profile, notApplicable: notApplicable) }
        switch leaf.reference {
        case .indicator(let id):
            if notApplicable.contains(id) {
                // §10.2: comparisons and `in` false, `is missing` true, `is present` false.
                if case .isMissing = leaf.test { return .true }
                return .false
            }
            let value = profile.indicators[id]?.value
            switch leaf.test {
            case .isMissing: return value == nil ? .true : .false
            case .isPresent: return value == nil ? .false : .true
            case .compare(let op, let literal):
                guard let value else { return .unknown }
                return compare(value, op, literal) ? .true : .false
            case .member(let literals):
                guard let value else { return .unknown }
                return literals.contains { compare(value, .equal, $0) } ? .true : .false
            }
        case .instrument(let id):
            let status = profile.instruments[id]?.status
            switch leaf.test {
            case .isMissing: return status == nil ? .true : .false
            case .isPresent: return status == nil ? .false : .true
            case .compare(let op, .word(let word)):
                guard let status else { return .unknown }
                return (op == .equal) == (status.rawValue == word) ? .true : .false
            case .member(let literals):
                guard let status else { return .unknown }
                return literals.contains(.word(status.rawValue)) ? .true : .false
            default: return .unknown
            }
        }
    }

    /// A trend or an expression: false when an indicator it reads does not apply; unknown when a
    /// value is missing, the window holds fewer than two points, or a division is by zero; else
    /// the comparison of the quantity, to 15 significant digits.
    private func computedTruth(_ leaf: Leaf, _ profile: Profile, notApplicable: Set<String>) -> Truth {
        guard case .compare(let op, let literal) = leaf.test else { return .unknown }
        let ids = leaf.references.compactMap { reference -> String? in
            if case .indicator(let id) = reference { return id }
            return nil
        }
        if ids.contains(where: notApplicable.contains) { return .false }
        let numbers = ids.compactMap { id -> Double? in
            if case .number(let value)? = profile.indicators[id]?.value { return value }
            return nil
        }
        guard numbers.count == ids.count, let first = numbers.first else { return .unknown }
        var quantity: Double?
        switch leaf.measure {
        case .value: quantity = first
        case .change(let years), .slope(let years):
            let series = profile.indicators[ids[0]]?.series ?? []
            let latest = series.map(\.year).max() ?? 0
            let window = series.filter { $0.year >= latest - years }.sorted { $0.year < $1.year }
            guard window.count >= 2, let earliest = window.first, let last = window.last else { return .unknown }
            if case .change = leaf.measure {
                quantity = last.value - earliest.value
            } else {
                let n = Double(window.count)
                let sx = window.reduce(0.0) { $0 + Double($1.year) }
                let sy = window.reduce(0.0) { $0 + $1.value }
                let sxy = window.reduce(0.0) { $0 + Double($1.year) * $1.value }
                let sxx = window.reduce(0.0) { $0 + Double($1.year) * Double($1.year) }
                quantity = (n * sxy - sx * sy) / (n * sxx - sx * sx)
            }
        case .arithmetic(let arithmetic, _):
            let right = numbers[numbers.count - 1]
            switch arithmetic {
            case .add: quantity = first + right
            case .subtract: quantity = first - right
            case .multiply: quantity = first * right
            case .divide: quantity = right == 0 ? nil : first / right
            }
        }
        guard let quantity, quantity.isFinite else { return .unknown }
        let rounded = Double(String(format: "%.15g", quantity)) ?? quantity
        return compare(.number(rounded), op, literal) ? .true : .false
    }

    private func compare(_ value: Value, _ op: ComparisonOperator, _ literal: Literal) -> Bool {
        switch (value, literal) {
        case (.number(let x), .number(let y)):
            switch op {
            case .less: return x < y
            case .lessOrEqual: return x <= y
            case .greater: return x > y
            case .greaterOrEqual: return x >= y
            case .equal: return x == y
            case .notEqual: return x != y
            }
        case (.bool(let x), .bool(let y)): return op == .equal ? x == y : x != y
        case (.category(let x), .word(let y)): return op == .equal ? x == y : x != y
        default: return false
        }
    }

    // MARK: Applicability (§10.2)

    /// The indicators whose `applies_if` is false, each decided after those its condition reads.
    func notApplicable(_ profile: Profile) -> Set<String> {
        var decided: [String: Bool] = [:]
        func isNotApplicable(_ id: String, depth: Int) -> Bool {
            if let known = decided[id] { return known }
            guard depth < 64, let condition = ruleset.indicator(id)?.appliesIf else { return false }
            var reads: Set<String> = []
            for leaf in condition.leaves {
                if case .indicator(let read) = leaf.reference, isNotApplicable(read, depth: depth + 1) {
                    reads.insert(read)
                }
            }
            let result = truth(condition, profile, notApplicable: reads) == .false
            decided[id] = result
            return result
        }
        return Set(ruleset.indicators.map(\.id).filter { isNotApplicable($0, depth: 0) })
    }

    // MARK: Findings (§6, §10)

    func findings(_ profile: Profile) -> Findings {
        let excluded = notApplicable(profile)
        let fired = ruleset.rules.filter { truth($0.condition, profile, notApplicable: excluded) == .true }
        func noisyOr(_ values: [Double]) -> Double { 1 - values.reduce(1) { $0 * (1 - $1) } }
        func grouped(_ contributions: [(rule: Rule, confidence: Double)]) -> Double {
            var best: [String: Double] = [:]
            for (rule, confidence) in contributions {
                best[rule.evidenceGroup] = max(best[rule.evidenceGroup] ?? 0, confidence)
            }
            return noisyOr(best.keys.sorted().compactMap { best[$0] })
        }
        func ranked(_ scores: [String: Double]) -> [(String, Double)] {
            scores.map { ($0.key, $0.value) }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        }
        var threatScores: [String: Double] = [:]
        for threat in ruleset.threats {
            let naming = fired.compactMap { rule -> (Rule, Double)? in
                guard let reference = rule.threats.first(where: { $0.id.value == threat.id }) else { return nil }
                return (rule, reference.confidence?.value ?? rule.confidence)
            }
            if !naming.isEmpty { threatScores[threat.id] = grouped(naming) }
        }
        var strategyScores: [String: Double] = [:]
        for strategy in ruleset.strategies {
            let naming = fired.filter { $0.strategies.contains { $0.value == strategy.id } }.map { ($0, $0.confidence) }
            if !naming.isEmpty { strategyScores[strategy.id] = grouped(naming) }
        }
        return Findings(
            notApplicable: excluded.sorted(), threats: ranked(threatScores), strategies: ranked(strategyScores),
            instruments: instruments(profile, fired: fired, strategies: strategyScores, excluded: excluded))
    }

    private func instruments(_ profile: Profile, fired: [Rule], strategies: [String: Double], excluded: Set<String>)
        -> [Findings.Instrument]
    {
        func eligibility(_ instrument: Instrument) -> Eligibility? {
            guard let condition = instrument.openTo else { return .eligible }
            switch truth(condition, profile, notApplicable: excluded) {
            case .true: return .eligible
            case .unknown: return .unknown
            case .false: return nil
            }
        }
        var relevance: [String: Double] = [:]
        for instrument in ruleset.instruments where eligibility(instrument) != nil {
            let rules = fired.filter { $0.instruments.contains { $0.value == instrument.id } }
                .sorted { $0.id < $1.id }.map(\.confidence)
            let naming = ruleset.strategies.filter { strategy in
                strategies[strategy.id] != nil && strategy.instruments.contains { $0.value == instrument.id }
            }.map(\.id).sorted().compactMap { strategies[$0] }
            if !rules.isEmpty || !naming.isEmpty {
                relevance[instrument.id] = 1 - (rules + naming).reduce(1) { $0 * (1 - $1) }
            }
        }
        // `requires`, to a fixpoint: a listed instrument that is not a party, whose parent is not
        // a party, requires it; the parent is listed when eligible, with at least its relevance.
        let status = { (id: String) in profile.instruments[id]?.status }
        var requires: [String: String] = [:]
        var changed = true
        while changed {
            changed = false
            for id in relevance.keys.sorted() {
                guard let parent = ruleset.instrument(id)?.parent?.value, parent != id,
                    ruleset.instrument(parent) != nil, status(id) != .party, status(parent) != .party
                else { continue }
                if requires[id] != parent {
                    requires[id] = parent
                    changed = true
                }
                guard let parentInstrument = ruleset.instrument(parent), eligibility(parentInstrument) != nil else {
                    continue
                }
                let raised = max(relevance[parent] ?? 0, relevance[id] ?? 0)
                if relevance[parent] != raised {
                    relevance[parent] = raised
                    changed = true
                }
            }
        }
        return relevance.map { id, value in
            let instrument = ruleset.instrument(id)
            return Findings.Instrument(
                id: id, relevance: value, eligibility: instrument.flatMap(eligibility) ?? .unknown,
                requires: requires[id], action: action(instrument, status(id)))
        }.sorted { $0.relevance != $1.relevance ? $0.relevance > $1.relevance : $0.id < $1.id }
    }

    /// §10.3's action table (no signature deadline in the generated rulesets).
    private func action(_ instrument: Instrument?, _ status: InstrumentStatus?) -> InstrumentAction {
        guard let instrument, instrument.kind == .treaty || instrument.kind == .protocol else { return .apply }
        let joining = instrument.joining ?? .accession
        switch (status, joining) {
        case (nil, _): return .verifyStatus
        case (.party?, _): return .strengthenImplementation
        case (.signatory?, .acceptance): return .accept
        case (.signatory?, _): return .ratify
        case (_, .accession): return .accede
        case (_, .ratification): return .ratify
        case (_, .acceptance): return .accept
        }
    }
}
