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
        let changed = diff.changedProfiles
        if changed.isEmpty {
            out.append("No advice changes for the \(diff.profiles.count) profile(s) compared.")
        } else {
            out.append(
                "Advice changes for **\(changed.count) of \(diff.profiles.count)** profile(s): "
                    + escape(changed.map(\.country.code).joined(separator: ", ")) + ".")
            out.append("")
            out += summary(changed)
            for profile in changed {
                out.append("")
                out += self.profile(profile)
            }
            let unchanged = diff.profiles.filter { !$0.changed }
            if !unchanged.isEmpty {
                out.append("")
                out.append("Unchanged: " + escape(unchanged.map(\.country.code).joined(separator: ", ")) + ".")
            }
        }
        out.append("")
        out += rulesetChanges(diff.rulesetChanges)
        return out.joined(separator: "\n") + "\n"
    }

    private static func summary(_ changed: [ProfileImpact]) -> [String] {
        let profiles = changed.filter { $0.baseErrors.isEmpty }
        let threats = DiffWording.summaryThreats(profiles)
        guard !threats.isEmpty else { return ["No threat level or score changed."] }
        var out = ["### Threat levels (base → head)", ""]
        out.append("| country | " + threats.map(escape).joined(separator: " | ") + " |")
        out.append("| --- |" + String(repeating: " --- |", count: threats.count))
        for profile in profiles {
            let byID = Dictionary(profile.threats.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            out.append(
                "| \(escape(profile.country.code)) | "
                    + threats.map { escape(DiffWording.summaryCell(byID[$0])) }.joined(separator: " | ") + " |")
        }
        return out
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
