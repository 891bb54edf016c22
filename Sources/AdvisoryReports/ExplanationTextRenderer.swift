import AdvisoryCore

/// `advisor explain` for a terminal: the finding, then each rule down to its leaves with value,
/// threshold, margin and source, then the single change that would flip it. Text from the
/// inputs goes through ``TerminalText``.
public struct ExplanationTextRenderer: Sendable {
    public var color: Bool

    public init(color: Bool = false) { self.color = color }

    public func render(_ explanation: FindingExplanation, country: Country) -> String {
        var out: [String] = []
        let subject = explanation.subject
        out.append(bold(clean("\(subject.kind.capitalized) \(subject.id): \(explanation.title)")))
        out.append(clean("\(country.name) (\(country.code), \(country.year)): \(explanation.verdict)"))
        if !explanation.strategies.isEmpty {
            out.append("")
            out.append(bold("Strategies naming it"))
            for link in explanation.strategies {
                let state =
                    link.recommended
                    ? "recommended, score \(NumberFormat.fixed(link.score ?? 0, decimals: 2))" : "not recommended"
                out.append("  \(link.recommended ? "✓" : "·") " + clean("\(link.id): \(link.title) (\(state))"))
            }
        }
        out.append("")
        if subject.kind == "rule" {
            for ruleCase in explanation.supporting + explanation.others { out += render(ruleCase) }
            return out.joined(separator: "\n") + "\n"
        }
        if explanation.supporting.isEmpty {
            out.append(bold("Why not: no rule behind it fired."))
        } else {
            out.append(
                bold("Why: \(explanation.supporting.count) fired rule\(explanation.supporting.count == 1 ? "" : "s")"))
            for ruleCase in explanation.supporting { out += render(ruleCase) }
        }
        if !explanation.others.isEmpty {
            out.append("")
            out.append(
                bold(
                    explanation.supporting.isEmpty
                        ? "Rules that could produce it, nearest first"
                        : "Other rules that could add to it, nearest first"))
            for ruleCase in explanation.others { out += render(ruleCase) }
        }
        if explanation.supporting.isEmpty && explanation.others.isEmpty {
            out.append("  No rule of this ruleset can produce it.")
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func render(_ ruleCase: RuleCase) -> [String] {
        let rule = ruleCase.rule
        var out: [String] = []
        let state =
            switch rule.truth {
            case .true: "fired"
            case .false: "not fired, \(rule.distance) leaf change\(rule.distance == 1 ? "" : "s") away"
            case .unknown: "unknown: missing \(rule.missing.joined(separator: ", "))"
            }
        out.append(
            "  \(mark(rule.truth)) \(bold(clean(rule.id)))"
                + clean(
                    "\(rule.title.map { " \($0)" } ?? "") (confidence \(NumberFormat.plain(rule.confidence)); \(state))"
                )
        )
        for leaf in rule.leaves {
            var parts = ["value \(leaf.value ?? "missing")"]
            parts.append("test \(leaf.test)")
            if let margin = leaf.margin {
                parts.append("margin \(margin >= 0 ? "+" : "")\(NumberFormat.plain(NumberFormat.rounded(margin)))")
            }
            let provenance = [leaf.source, leaf.year.map { "\($0)" }].compactMap { $0 }.joined(separator: ", ")
            if !provenance.isEmpty { parts.append(provenance) }
            if leaf.stale { parts.append("STALE") }
            out.append("      \(mark(leaf.truth)) " + clean("\(leaf.condition) — \(parts.joined(separator: "; "))"))
        }
        if let because = rule.because, rule.truth == .true { out.append("      because: " + clean(because)) }
        if let counterfactual = ruleCase.counterfactual {
            let effect = counterfactual.result == .true ? "would fire" : "would stop firing"
            out.append("      what would change it: it \(effect) if " + clean(counterfactual.description))
        } else {
            out.append(
                "      what would change it: no change to a single indicator or instrument status can \(rule.truth == .true ? "stop it firing" : "make it fire")"
            )
        }
        return out
    }

    private func mark(_ truth: Truth) -> String {
        switch truth {
        case .true: color ? "\u{1B}[32m✓\u{1B}[0m" : "✓"
        case .false: color ? "\u{1B}[31m✗\u{1B}[0m" : "✗"
        case .unknown: color ? "\u{1B}[33m?\u{1B}[0m" : "?"
        }
    }

    private func bold(_ text: String) -> String { color ? "\u{1B}[1m\(text)\u{1B}[0m" : text }

    /// Text from the ruleset, the profile or the command line, cleaned for the terminal.
    private func clean(_ text: String) -> String { TerminalText.clean(text) }
}
