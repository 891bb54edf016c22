import AdvisoryCore

/// `advisor explain` for a terminal: the finding, then each rule as its condition tree (every
/// node with its truth, each leaf with value, threshold, margin and source), the policy lever
/// that would stop it, then the single change that would flip it; wrapped to `width`. Text from
/// the inputs goes through ``TerminalText``.
public struct ExplanationTextRenderer: Sendable {
    public var color: Bool
    public var width: Int

    public init(color: Bool = false, width: Int = 100) {
        self.color = color
        self.width = width
    }

    public func render(_ explanation: FindingExplanation, country: Country) -> String {
        var out: [String] = []
        let subject = explanation.subject
        out += wrap(bold("\(subject.kind.capitalized) \(subject.id): \(clean(explanation.title))"), indent: "")
        out += wrap(
            "\(clean(country.name)) (\(clean(country.code)), \(country.year)): \(explanation.verdict)", indent: "")
        for note in explanation.notes { out += wrap("- " + clean(note), indent: "  ", hanging: "    ") }
        if !explanation.strategies.isEmpty {
            out.append("")
            out.append(bold("Strategies naming it"))
            for link in explanation.strategies {
                let state =
                    link.recommended
                    ? "recommended, score \(NumberFormat.fixed(link.score ?? 0, decimals: 2))" : "not recommended"
                out += wrap(
                    "\(link.recommended ? "✓" : "·") \(link.id): \(clean(link.title)) (\(state))", indent: "  ",
                    hanging: "    ")
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
        let group = rule.group == rule.id ? "" : ", group \(clean(rule.group))"
        out += wrap(
            "\(mark(rule.truth)) \(bold(clean(rule.id)))\(rule.title.map { " \(clean($0))" } ?? "") (confidence \(NumberFormat.plain(rule.confidence))\(group); \(state))",
            indent: "  ", hanging: "    ")
        out += tree(rule.tree, depth: 0)
        if let because = rule.because, rule.truth == .true {
            out += wrap("because: " + clean(because), indent: "      ")
        }
        if let lever = ruleCase.lever {
            out += wrap(
                "policy lever: it would stop firing if \(lever.reference) became \(lever.to) (now \(lever.from ?? "unknown"))",
                indent: "      ", hanging: "        ")
        }
        if let counterfactual = ruleCase.counterfactual {
            let effect = counterfactual.result == .true ? "would fire" : "would stop firing"
            out += wrap(
                "what would change it: it \(effect) if \(clean(counterfactual.description))", indent: "      ",
                hanging: "        ")
        } else {
            out += wrap(
                "what would change it: no change to a single indicator or instrument status can \(rule.truth == .true ? "stop it firing" : "make it fire")",
                indent: "      ", hanging: "        ")
        }
        return out
    }

    /// The condition tree, one line per node, indented by depth (bounded by the YAML nesting limit).
    private func tree(_ node: ConditionTree, depth: Int) -> [String] {
        let indent = "      " + String(repeating: "  ", count: depth)
        guard let leaf = node.leaf else {
            let name = node.kind == "at_least" ? "at least \(node.count ?? 0) of" : node.kind
            return [indent + "\(mark(node.truth)) \(name)"]
                + node.children.flatMap { tree($0, depth: depth + 1) }
        }
        var parts: [String] = []
        if let reason = leaf.notApplicable {
            parts.append("not applicable: \(reason)")
        } else {
            parts.append("value \(leaf.value ?? "missing")")
        }
        if let margin = leaf.margin {
            parts.append("margin \(margin >= 0 ? "+" : "")\(NumberFormat.plain(NumberFormat.rounded(margin)))")
        }
        if let inputs = Self.inputs(of: leaf) { parts.append(inputs) }
        if let uncertainty = leaf.uncertainty {
            parts.append(uncertainty.intervalText)
            if uncertainty.borderline {
                parts.append(uncertainty.hinge ? "BORDERLINE: the rule hinges on it" : "BORDERLINE")
            }
        }
        let provenance = [leaf.source, leaf.year.map { "\($0)" }].compactMap { $0 }.joined(separator: ", ")
        if !provenance.isEmpty { parts.append(provenance) }
        if leaf.stale { parts.append("STALE") }
        return wrap(
            clean("\(mark(node.truth)) \(leaf.condition) — \(parts.joined(separator: "; "))"), indent: indent,
            hanging: indent + "    ")
    }

    /// What a trend or an expression was computed from: "points 2019: -0.4, 2023: -0.7",
    /// "from goci_criminality 6.9 (2023), goci_resilience 4.5 (2023)"; nil for other leaves.
    static func inputs(of leaf: LeafExplanation) -> String? {
        if let points = leaf.points {
            guard !points.isEmpty else { return "no points in the window" }
            return "points " + points.map { "\($0.year): \(NumberFormat.plain($0.value))" }.joined(separator: ", ")
        }
        guard let operands = leaf.operands else { return nil }
        return "from "
            + operands.map { operand in
                let value = operand.notApplicable ? "not applicable" : operand.value ?? "missing"
                return "\(operand.reference) \(value)\(operand.year.map { " (\($0))" } ?? "")"
            }.joined(separator: ", ")
    }

    private func mark(_ truth: Truth) -> String {
        switch truth {
        case .true: color ? "\u{1B}[32m✓\u{1B}[0m" : "✓"
        case .false: color ? "\u{1B}[31m✗\u{1B}[0m" : "✗"
        case .unknown: color ? "\u{1B}[33m?\u{1B}[0m" : "?"
        }
    }

    private func bold(_ text: String) -> String { color ? "\u{1B}[1m\(text)\u{1B}[0m" : text }

    /// Text from YAML for a terminal: no control characters.
    private func clean(_ text: String) -> String { TerminalText.clean(text) }

    private func wrap(_ text: String, indent: String, hanging: String? = nil) -> [String] {
        TextReportRenderer(color: color, width: width).wrap(text, indent: indent, hanging: hanging)
    }
}
