import AdvisoryAnalysis
import AdvisoryCore

/// `advisor diff` as GitHub-flavoured Markdown, for a pull-request comment: the summary table of
/// threat levels, then each changed profile, then the ruleset changes. Every text from the
/// rulesets and profiles is escaped (``MarkdownEscaping``), so it reads as written.
public enum DiffMarkdownRenderer {
    public static func render(_ diff: RulesetDiff) -> String {
        var out: [String] = ["## Ruleset diff", ""]
        out.append(
            "**Base:** \(escape(DiffWording.side(diff.base))) · **Head:** \(escape(DiffWording.side(diff.head))) · evaluated on \(diff.date)"
        )
        out.append("")
        out += DiffWording.body(
            diff, headline: { "**" + escape($0) + "**" }, line: escape, summary: summary, profile: profile,
            rulesetChanges: rulesetChanges)
        return out.joined(separator: "\n") + "\n"
    }

    private static func summary(_ changed: [ProfileImpact]) -> [String] {
        guard let rows = DiffWording.summaryTable(changed) else { return ["No threat level or score changed."] }
        let table = rows.map { row in "| " + row.map(escape).joined(separator: " | ") + " |" }
        return [
            "### Threat levels (base → head)", "", table[0],
            "| --- |" + String(repeating: " --- |", count: rows[0].count - 1),
        ]
            + table.dropFirst()
    }

    private static func profile(_ profile: ProfileImpact) -> [String] {
        var out = ["### " + escape(DiffWording.country(profile)), "", "Source: " + escape(profile.source)]
        if !profile.baseErrors.isEmpty {
            out += ["", "The base ruleset cannot read this profile, so it is not compared:", ""]
            out += profile.baseErrors.map { "- " + escape($0) }
            return out
        }
        for (title, items) in DiffWording.sections(profile) { out += list(title, items) }
        return out
    }

    private static func rulesetChanges(_ changes: RulesetChanges) -> [String] {
        var out = ["### Ruleset changes"]
        if changes.isEmpty {
            return out + ["", "None: the two rulesets define the same header, catalogs and rules."]
        }
        for (title, items) in DiffWording.sections(changes) { out += list(title, items) }
        return out
    }

    /// A bold title and a list of marked items, each with its nested details; nothing when empty.
    private static func list(_ title: String, _ items: [DiffWording.Item]) -> [String] {
        guard !items.isEmpty else { return [] }
        var out = ["", "**\(title.prefix(1).uppercased() + title.dropFirst())**", ""]
        for item in items {
            out.append("- `\(item.marker)` " + escape(item.line))
            out += item.details.map { "  - " + escape($0) }
        }
        return out
    }

    private static func escape(_ text: String) -> String { MarkdownEscaping.escape(text) }
}
