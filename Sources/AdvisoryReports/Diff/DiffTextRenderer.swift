import AdvisoryAnalysis
import AdvisoryCore

/// `advisor diff` for a terminal: the profiles whose advice changed with a summary table of
/// threat levels, then what changed for each, then the ruleset changes themselves. ANSI styling
/// only when `color` is on; text from the rulesets and profiles is cleaned of control characters.
public struct DiffTextRenderer: Sendable {
    public var color: Bool

    public init(color: Bool = false) { self.color = color }

    public func render(_ diff: RulesetDiff) -> String {
        var out: [String] = []
        out.append(
            bold(
                clean(
                    "Ruleset diff: \(DiffWording.side(diff.base)) → \(DiffWording.side(diff.head)), evaluated on \(diff.date)"
                )))
        out += DiffWording.body(
            diff, headline: clean, line: clean, summary: summary, profile: profile, rulesetChanges: rulesetChanges)
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: Sections

    /// Country × threat, base → head, for the threats that changed somewhere.
    private func summary(_ changed: [ProfileImpact]) -> [String] {
        guard let rows = DiffWording.summaryTable(changed)?.map({ $0.map(clean) }) else {
            return [bold("Threat levels"), "  no threat level or score changed"]
        }
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return [bold("Threat levels (base → head)")]
            + rows.map { row in
                "  "
                    + zip(row, widths).map { cell, width in cell.padding(toLength: width, withPad: " ", startingAt: 0) }
                    .joined(separator: "  ").trimmingTrailingSpaces()
            }
    }

    private func profile(_ profile: ProfileImpact) -> [String] {
        var out = [bold(clean("\(DiffWording.country(profile)) — \(profile.source)"))]
        if !profile.baseErrors.isEmpty {
            out.append("  the base ruleset cannot read this profile, so it is not compared:")
            out += profile.baseErrors.map { "    " + clean($0) }
            return out
        }
        for (title, items) in DiffWording.sections(profile) { out += section(title, items) }
        return out
    }

    private func rulesetChanges(_ changes: RulesetChanges) -> [String] {
        var out = [bold("Ruleset changes")]
        if changes.isEmpty {
            out.append("  none: the two rulesets define the same header, catalogs and rules")
            return out
        }
        for (title, items) in DiffWording.sections(changes) { out += section(title, items) }
        return out
    }

    /// A titled list of marked lines, each with its detail lines; nothing when empty.
    private func section(_ title: String, _ items: [DiffWording.Item]) -> [String] {
        guard !items.isEmpty else { return [] }
        var out = ["  " + title]
        for item in items {
            out.append("    " + paint(item.marker) + " " + clean(item.line))
            out += item.details.map { "        " + clean($0) }
        }
        return out
    }

    // MARK: Styling

    private func clean(_ text: String) -> String { TerminalText.clean(text) }

    private func bold(_ text: String) -> String { color ? "\u{1B}[1m\(text)\u{1B}[0m" : text }

    private func paint(_ marker: String) -> String {
        guard color else { return marker }
        let code =
            switch marker {
            case "+": "32"
            case "-": "31"
            default: "33"
            }
        return "\u{1B}[\(code)m\(marker)\u{1B}[0m"
    }
}

extension String {
    /// The text without the spaces that end it.
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
