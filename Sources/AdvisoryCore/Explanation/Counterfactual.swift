/// The smallest change to a single indicator (or instrument status) that flips a rule.
public struct Counterfactual: Sendable, Equatable, Encodable {
    /// The indicator id or `instrument.ID` that changes.
    public var reference: String
    /// The current value with its unit, nil when missing.
    public var from: String?
    /// The value that flips the rule, with its unit.
    public var to: String
    /// The outcome the change produces.
    public var result: Truth

    /// "basel_aml_index = 5.9 (now 7.1 index)".
    public var description: String {
        "\(reference) = \(to) (now \(from ?? "missing"))"
    }
}

extension Explainer {
    /// For a fired rule, the smallest single change that stops it firing; for a rule that did
    /// not fire (or is unknown), the smallest single change that fires it. Nil when no single
    /// change can. Changes are compared by their size relative to the indicator's range;
    /// changing a boolean, category or status counts as a whole-range change.
    public func counterfactual(rule index: Int, _ profile: Profile) -> Counterfactual? {
        counterfactual(rule: index, profile, vector: compiled.rawVector(for: profile))
    }

    /// The same, with the profile's vector already built, before applicability (a change may
    /// make an indicator applicable or not, so applicability is decided again for each change).
    func counterfactual(rule index: Int, _ profile: Profile, vector raw: ProfileVector) -> Counterfactual? {
        let target: Truth = truth(rule: index, raw) == .true ? .false : .true
        var best: (cost: Double, counterfactual: Counterfactual)?
        for reference in references(rule: index) {
            for candidate in candidates(for: reference, rule: index, vector: raw) {
                guard truth(rule: index, raw, changing: reference, to: candidate.code) == target else { continue }
                let counterfactual = Counterfactual(
                    reference: reference.description,
                    from: currentText(reference, profile), to: candidate.text, result: target)
                if let current = best,
                    (current.cost, current.counterfactual.reference) <= (candidate.cost, counterfactual.reference)
                {
                    continue
                }
                best = (candidate.cost, counterfactual)
            }
        }
        return best?.counterfactual
    }

    /// For a fired rule, the policy lever that would stop it: signing, or else joining, an
    /// instrument the rule reads and the country is not a party to; nil when none would.
    func lever(rule index: Int, _ profile: Profile, vector raw: ProfileVector) -> Counterfactual? {
        guard truth(rule: index, raw) == .true else { return nil }
        for status in [InstrumentStatus.signatory, .party] {
            for reference in references(rule: index) {
                guard case .instrument(let id) = reference, let slot = ruleset.instrumentIndex[id] else { continue }
                let current = raw.statuses[slot]
                guard current != ProfileVector.code(.party), current != ProfileVector.code(status) else { continue }
                let code = Double(ProfileVector.code(status))
                guard truth(rule: index, raw, changing: reference, to: code) == .false else { continue }
                return Counterfactual(
                    reference: reference.description, from: currentText(reference, profile), to: status.rawValue,
                    result: .false)
            }
        }
        return nil
    }

    /// The rule's truth on `raw` (before applicability), with one reference changed when given.
    private func truth(
        rule index: Int, _ raw: ProfileVector, changing reference: Reference? = nil, to code: Double = 0
    ) -> Truth {
        var vector = raw
        if let reference { apply(code, to: reference, in: &vector) }
        compiled.prepare(&vector)
        var noTrace = NoTracer()
        return compiled.evaluateRule(index, vector, tracer: &noTrace)
    }

    private struct Candidate {
        var code: Double
        var text: String
        var cost: Double
    }

    /// The distinct references of a rule's leaves, in document order.
    /// The distinct references a rule reads, in document order, then those that decide whether
    /// its indicators apply (their `applies_if`, transitively).
    private func references(rule index: Int) -> [Reference] {
        leaves(rule: index).reduce(into: [Reference]()) { references, leaf in
            for reference in leaf.references where !references.contains(reference) { references.append(reference) }
        }
    }

    /// The leaves of a rule in document order, then the leaves of the `applies_if` conditions of
    /// the indicators they read, transitively (each condition once).
    private func leaves(rule index: Int) -> [Leaf] {
        var result = compiled.leafNodes(rule: index).compactMap { node -> Leaf? in
            if case .leaf(let leaf) = compiled.sources[Int(node)] { return leaf }
            return nil
        }
        var visited: Set<String> = []
        var position = 0
        while position < result.count {
            if case .indicator(let id) = result[position].reference, visited.insert(id).inserted,
                let condition = ruleset.indicator(id)?.appliesIf
            {
                result += condition.leaves
            }
            position += 1
        }
        return result
    }

    private func currentText(_ reference: Reference, _ profile: Profile) -> String? {
        formatter.presentText(of: reference, in: profile)
    }

    private func apply(_ code: Double, to reference: Reference, in vector: inout ProfileVector) {
        switch reference {
        case .indicator(let id):
            guard let slot = ruleset.indicatorIndex[id] else { return }
            vector.values[slot] = code
            vector.states[slot] = .present
        case .instrument(let id):
            guard let slot = ruleset.instrumentIndex[id] else { return }
            vector.statuses[slot] = Int8(code)
        }
    }

    private func candidates(for reference: Reference, rule index: Int, vector: ProfileVector) -> [Candidate] {
        switch reference {
        case .instrument(let id):
            guard let slot = ruleset.instrumentIndex[id] else { return [] }
            return InstrumentStatus.allCases.compactMap { status in
                let code = ProfileVector.code(status)
                return code == vector.statuses[slot]
                    ? nil : Candidate(code: Double(code), text: status.rawValue, cost: 1)
            }
        case .indicator(let id):
            guard let slot = ruleset.indicatorIndex[id] else { return [] }
            let indicator = ruleset.indicators[slot]
            let present = vector.isPresent(slot)
            let current = vector.values[slot]
            switch indicator.kind {
            case .boolean:
                return [false, true].compactMap { flag in
                    let code: Double = flag ? 1 : 0
                    return present && code == current
                        ? nil : Candidate(code: code, text: flag ? "true" : "false", cost: present ? 1 : 0)
                }
            case .category:
                return indicator.values.enumerated().compactMap { offset, value in
                    present && Double(offset) == current
                        ? nil : Candidate(code: Double(offset), text: value, cost: present ? 1 : 0)
                }
            case .number:
                return numberCandidates(indicator, rule: index, current: present ? current : nil, vector: vector)
            }
        }
    }

    /// Each threshold on the indicator, and one step either side of it, inside the range. An
    /// expression's threshold counts as the indicator's value that reaches it, the other operand
    /// kept; a trend, computed from the series, changes with no single value.
    private func numberCandidates(_ indicator: Indicator, rule index: Int, current: Double?, vector: ProfileVector)
        -> [Candidate]
    {
        var thresholds: [Double] = []
        let reference = Reference.indicator(indicator.id)
        for leaf in leaves(rule: index) where leaf.references.contains(reference) {
            guard case .arithmetic(let op, let other) = leaf.measure else {
                if leaf.measure == .value {
                    for literal in leaf.literals { if case .number(let value) = literal { thresholds.append(value) } }
                }
                continue
            }
            guard case .compare(_, .number(let threshold)) = leaf.test, other != indicator.id,
                let otherSlot = ruleset.indicatorIndex[other],
                let solved = Self.operand(
                    reaching: threshold, op, otherValue: vector.value(at: otherSlot),
                    isLeft: leaf.reference == reference)
            else { continue }
            thresholds.append(solved)
        }
        var values: Set<Double> = []
        for threshold in thresholds {
            let step = Self.step(threshold, current)
            for value in [threshold - step, threshold, threshold + step] where indicator.range?.contains(value) ?? true
            {
                values.insert(Self.clean(value, step: step))
            }
        }
        let width = indicator.range.map { $0.upperBound - $0.lowerBound } ?? max(1, abs(current ?? 1))
        return values.sorted().compactMap { value in
            if let current, value == current { return nil }
            // With no current value, prefer values nearest a threshold (the threshold itself).
            let cost =
                current.map { abs(value - $0) / width }
                ?? (thresholds.map { abs(value - $0) }.min() ?? 0) / width
            return Candidate(
                code: value, text: formatter.withUnit(NumberFormat.plain(value), indicator.unit), cost: cost)
        }
    }

    /// The value of one operand of `left OP right` that makes it `threshold`, the other operand
    /// being `otherValue` (nil when it has none, or when no value reaches the threshold).
    static func operand(reaching threshold: Double, _ op: ArithmeticOperator, otherValue: Double?, isLeft: Bool)
        -> Double?
    {
        guard let other = otherValue else { return nil }
        let value: Double
        switch (op, isLeft) {
        case (.add, _): value = threshold - other
        case (.subtract, true): value = threshold + other
        case (.subtract, false): value = other - threshold
        case (.multiply, _): value = threshold / other
        case (.divide, true): value = threshold * other
        case (.divide, false): value = other / threshold
        }
        return value.isFinite ? NumberFormat.withoutBinaryNoise(value) : nil
    }

    /// The smallest decimal step of the threshold and the current value (1 for whole numbers).
    static func step(_ threshold: Double, _ current: Double?) -> Double {
        let decimals = max(decimalPlaces(threshold), current.map(decimalPlaces) ?? 0)
        var step = 1.0
        for _ in 0..<decimals { step /= 10 }
        return step
    }

    static func decimalPlaces(_ value: Double) -> Int {
        let text = NumberFormat.plain(value)
        guard let dot = text.firstIndex(of: "."), !text.contains("e") else { return 0 }
        return min(6, text.distance(from: dot, to: text.endIndex) - 1)
    }

    /// Removes binary noise from `threshold ± step`.
    static func clean(_ value: Double, step: Double) -> Double {
        let scale = (1 / step).rounded()
        return (value * scale).rounded() / scale
    }
}
