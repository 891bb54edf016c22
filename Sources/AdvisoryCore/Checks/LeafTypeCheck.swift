/// Leaf literals match the type of what they compare: numbers for number indicators (inside
/// the range, else a warning: the leaf is constant), `true`/`false` for booleans, declared
/// values for categories, `party|signatory|none|withdrawn` for instruments. The catalog's own
/// conditions (`applies_if`, `open_to`) are checked as rules' are.
struct LeafTypeCheck: RulesetCheck {
    let name = "leaf-types"

    func run(_ ruleset: Ruleset) -> [Diagnostic] {
        (ruleset.rules.map(\.condition) + ruleset.catalogConditions.map(\.condition)).flatMap { condition in
            condition.leaves.flatMap { check($0, ruleset) }
        }
    }

    func check(_ leaf: Leaf, _ ruleset: Ruleset) -> [Diagnostic] {
        // Trends and expressions are checked by ``ComputedLeafCheck``.
        guard leaf.measure == .value else { return [] }
        let at = leaf.valueLocation
        switch leaf.reference {
        case .instrument(let id):
            guard ruleset.instrumentIndex[id] != nil else { return [] }
            if case .compare(let op, _) = leaf.test, op.isOrdering {
                return [
                    .error(
                        .operatorNotAllowed, "'\(op.rawValue)' cannot compare an instrument status; use ==, != or in",
                        at: leaf.location)
                ]
            }
            let statuses = InstrumentStatus.allCases.map(\.rawValue)
            return leaf.literals.compactMap { literal in
                if case .word(let word) = literal, statuses.contains(word) { return nil }
                return .error(
                    .literalTypeMismatch,
                    "instrument status must be one of \(statuses.joined(separator: ", ")); found \(Self.describe(literal))",
                    at: at, help: literalHelp(literal, statuses))
            }
        case .indicator(let id):
            guard let indicator = ruleset.indicator(id) else { return [] }
            return check(leaf, indicator, at: at)
        }
    }

    private func check(_ leaf: Leaf, _ indicator: Indicator, at: SourceLocation) -> [Diagnostic] {
        if case .compare(let op, _) = leaf.test, op.isOrdering, indicator.kind != .number {
            return [
                .error(
                    .operatorNotAllowed,
                    "'\(op.rawValue)' cannot compare the \(indicator.kind.rawValue) indicator '\(indicator.id)'; use ==, != or in",
                    at: leaf.location)
            ]
        }
        var diagnostics: [Diagnostic] = []
        for literal in leaf.literals {
            switch (indicator.kind, literal) {
            case (.number, .number(let value)):
                if let range = indicator.range, !range.contains(value) {
                    diagnostics.append(
                        .warning(
                            .thresholdOutOfRange,
                            "\(NumberFormat.plain(value)) is outside the range [\(NumberFormat.plain(range.lowerBound)), \(NumberFormat.plain(range.upperBound))] of '\(indicator.id)', so this condition is constant",
                            at: at))
                }
            case (.boolean, .bool): break
            case (.category, .word(let word)):
                if indicator.valueIndex[word] == nil {
                    diagnostics.append(
                        .error(
                            .unknownCategoryValue,
                            "'\(word)' is not a value of '\(indicator.id)'; expected one of: \(indicator.values.joined(separator: ", "))",
                            at: at, help: Suggestion.help(for: word, in: indicator.values)))
                }
            default:
                let expected =
                    switch indicator.kind {
                    case .number: "a number"
                    case .boolean: "true or false"
                    case .category: "one of its values (\(indicator.values.joined(separator: ", ")))"
                    }
                diagnostics.append(
                    .error(
                        .literalTypeMismatch,
                        "'\(indicator.id)' is a \(indicator.kind.rawValue) indicator; expected \(expected), found \(Self.describe(literal))",
                        at: at, help: indicator.kind == .boolean ? literalHelp(literal, ["true", "false"]) : nil))
            }
        }
        return diagnostics
    }

    /// "the number 3", "the boolean true", "the word 'x'".
    static func describe(_ literal: Literal) -> String {
        switch literal {
        case .number(let value): "the number \(NumberFormat.plain(value))"
        case .bool(let value): "the boolean \(value)"
        case .word(let word): "the word '\(word)'"
        }
    }

    private func literalHelp(_ literal: Literal, _ choices: [String]) -> String? {
        if case .word(let word) = literal, ["yes", "no", "on", "off", "y", "n"].contains(word.lowercased()),
            choices == ["true", "false"]
        {
            return "YAML 1.2 reads only true and false as booleans; write true or false"
        }
        if case .word(let word) = literal, choices == ["true", "false"], choices.contains(word) {
            return "a quoted value is a word; write \(word) without quotes"
        }
        if case .word(let word) = literal { return Suggestion.help(for: word, in: choices) }
        return nil
    }
}
