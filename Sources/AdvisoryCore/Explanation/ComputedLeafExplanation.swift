/// How a leaf over a trend or an expression explains itself: the computed quantity as its
/// value, and what it was computed from (the series points a trend read, an expression's
/// operands).
extension Explainer {
    /// `explanation` (the leaf's text, truth and test) completed for the computed `leaf`, whose
    /// quantity sits in `slot` of the prepared `vector`.
    func computed(
        _ explanation: LeafExplanation, _ leaf: Leaf, slot: Int, _ profile: Profile, _ vector: ProfileVector
    ) -> LeafExplanation {
        var explanation = explanation
        let subject = leaf.subject
        if vector.states[slot] == .present {
            let value = vector.values[slot]
            explanation.value = formatter.withUnit(
                NumberFormat.plain(NumberFormat.rounded(value)), ruleset.unit(of: subject))
            if case .compare(_, .number(let threshold)) = leaf.test, (value - threshold).isFinite {
                explanation.margin = NumberFormat.withoutBinaryNoise(value - threshold)
            }
        }
        switch subject.measure {
        case .change(let years), .slope(let years):
            guard case .indicator(let id) = subject.reference else { return explanation }
            let indicator = ruleset.indicator(id)
            explanation.source = indicator?.source
            if let reason = notApplicableReason(indicator: id, profile, vector: vector) {
                explanation.notApplicable = reason
                explanation.value = nil
            } else if let entry = profile.indicators[id] {
                explanation.points = SeriesTrend.window(entry.series, years: years)
                explanation.year = entry.series.map(\.year).max() ?? entry.year
                explanation.source = entry.source ?? indicator?.source
                explanation.stale = isStale(entry, indicator, profile)
            }
        case .arithmetic:
            var operands: [LeafOperand] = []
            for reference in subject.references {
                guard case .indicator(let id) = reference, let operandSlot = ruleset.indicatorIndex[id] else {
                    continue
                }
                let entry = profile.indicators[id]
                let applies = vector.states[operandSlot] != .notApplicable
                if !applies, explanation.notApplicable == nil,
                    let reason = notApplicableReason(indicator: id, profile, vector: vector)
                {
                    explanation.notApplicable = "\(id) \(reason)"
                }
                if let entry, applies, isStale(entry, ruleset.indicators[operandSlot], profile) {
                    explanation.stale = true
                }
                operands.append(
                    LeafOperand(
                        reference: id,
                        value: applies && vector.states[operandSlot] == .present
                            ? entry.map { formatter.text(of: $0.value, indicator: ruleset.indicators[operandSlot]) }
                            : nil,
                        year: entry?.year, notApplicable: !applies))
            }
            explanation.operands = operands
        case .value:
            break
        }
        return explanation
    }
}
