/// Leaves over trends (`change(x, 5)`, `slope(x, 5)`) and expressions (`a - b`): they read
/// number indicators (PA207) and compare with a number (PA203) that the quantity can reach given
/// the indicators' ranges (a warning otherwise: the leaf is constant, PA205); a sum or difference
/// adds values of one unit (a warning otherwise, PA208); `applies_if` reads values only, since
/// applicability is decided before trends and expressions are (PA209).
struct ComputedLeafCheck: RulesetCheck {
    let name = "computed-leaves"

    func run(_ ruleset: Ruleset) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for condition in ruleset.rules.map(\.condition) + ruleset.catalogConditions.map(\.condition) {
            for leaf in condition.leaves where leaf.measure != .value {
                diagnostics += check(leaf, ruleset)
            }
        }
        for indicator in ruleset.indicators {
            for leaf in indicator.appliesIf?.leaves ?? [] where leaf.measure != .value {
                diagnostics.append(
                    .error(
                        .computedLeafInApplicability,
                        "'applies_if' of '\(indicator.id)' reads '\(leaf.subject)'; whether an indicator applies is decided from values, before trends and expressions",
                        at: leaf.location,
                        help: "compare the indicators' own values here, and move the trend or expression to the rules"))
            }
        }
        return diagnostics
    }

    private func check(_ leaf: Leaf, _ ruleset: Ruleset) -> [Diagnostic] {
        let subject = leaf.subject
        var diagnostics: [Diagnostic] = []
        var readsNumbers = true
        for reference in leaf.references {
            // Unknown references are ReferenceCheck's.
            let kind: String
            switch reference {
            case .indicator(let id):
                guard let indicator = ruleset.indicator(id) else {
                    readsNumbers = false
                    continue
                }
                if indicator.kind == .number { continue }
                kind = "the \(indicator.kind.rawValue) indicator '\(id)'"
            case .instrument:
                kind = "an instrument status"
            }
            readsNumbers = false
            let what = subject.measure.isTrend ? "a trend reads" : "an expression combines"
            diagnostics.append(
                .error(
                    .operandNotNumber, "'\(subject)' reads \(kind), but \(what) number indicators only",
                    at: leaf.location(of: reference)))
        }
        guard case .compare(_, let literal) = leaf.test else { return diagnostics }
        guard case .number(let threshold) = literal else {
            diagnostics.append(
                .error(
                    .literalTypeMismatch,
                    "'\(subject)' is a number; expected a number, found \(LeafTypeCheck.describe(literal))",
                    at: leaf.valueLocation))
            return diagnostics
        }
        guard readsNumbers else { return diagnostics }
        if let range = ruleset.possibleRange(of: subject), !range.contains(threshold) {
            diagnostics.append(
                .warning(
                    .thresholdOutOfRange,
                    "\(NumberFormat.plain(threshold)) is outside the range [\(NumberFormat.plain(range.lowerBound)), \(NumberFormat.plain(range.upperBound))] that '\(subject)' can take, so this condition is constant",
                    at: leaf.valueLocation,
                    help: rangeHelp(subject, ruleset)))
        }
        if case .arithmetic(let op, let other) = subject.measure, op.keepsUnit,
            case .indicator(let id) = subject.reference,
            let left = ruleset.indicator(id)?.unit, let right = ruleset.indicator(other)?.unit, left != right
        {
            diagnostics.append(
                .warning(
                    .unitMismatch,
                    "'\(subject)' \(op == .add ? "adds" : "subtracts") values in different units: '\(id)' is in \(left), '\(other)' in \(right)",
                    at: leaf.location(of: .indicator(other)),
                    help: "compare indicators of one unit, or give them the same 'unit' if they share one"))
        }
        return diagnostics
    }

    /// How the range follows from the indicators' ranges.
    private func rangeHelp(_ subject: Leaf.Subject, _ ruleset: Ruleset) -> String? {
        let ranges = subject.references.compactMap { reference -> String? in
            guard case .indicator(let id) = reference, let range = ruleset.indicator(id)?.range else { return nil }
            return "'\(id)' is in [\(NumberFormat.plain(range.lowerBound)), \(NumberFormat.plain(range.upperBound))]"
        }
        guard !ranges.isEmpty else { return nil }
        let rule =
            subject.measure.isTrend
            ? "; a change, or a slope per year, is at most the range's width either way" : ""
        return ranges.joined(separator: " and ") + rule
    }
}
