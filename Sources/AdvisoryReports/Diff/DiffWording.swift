import AdvisoryAnalysis
import AdvisoryCore

/// The words of a ruleset diff that the text and Markdown renderers share: each change as one
/// plain line, for the renderer to clean (text) or escape (Markdown).
enum DiffWording {
    /// Longer values (a `because` text, a description) are cut to this many characters.
    static let valueLimit = 100

    /// One line of a section: its marker, its words and its detail lines.
    typealias Item = (marker: String, line: String, details: [String])

    /// What changed for one profile, section by section (empty sections left out).
    static func sections(_ profile: ProfileImpact) -> [(title: String, items: [Item])] {
        let sections: [(String, [Item])] = [
            ("threats", profile.threats.map { (marker($0), threat($0), []) }),
            ("strategies", profile.strategies.map { (marker($0), strategy($0), []) }),
            ("instruments", profile.instruments.map { (marker($0), instrument($0), []) }),
            (
                "rules",
                profile.rules.map { change in
                    (marker(change), rule(change), change.reasons.map { reason($0, rule: change.id) })
                }
            ),
        ]
        return sections.filter { !$0.1.isEmpty }
    }

    /// The ruleset changes, section by section (empty sections left out).
    static func sections(_ changes: RulesetChanges) -> [(title: String, items: [Item])] {
        let header: [Item] = changes.header.map { (marker($0), field($0), []) }
        let entries = changes.sections.map { name, entries -> (String, [Item]) in
            (
                name,
                entries.map { entry in
                    (marker(entry.change), entry.id + (entry.title.map { " " + $0 } ?? ""), entry.changes.map(field))
                }
            )
        }
        return ([("header", header)] + entries).filter { !$0.1.isEmpty }
    }

    /// `+`, `-` or `~`.
    static func marker<State>(_ change: FindingChange<State>) -> String {
        change.before == nil ? "+" : change.after == nil ? "-" : "~"
    }

    static func marker(_ change: RuleResultChange) -> String {
        change.before == "absent" ? "+" : change.after == "absent" ? "-" : "~"
    }

    static func marker(_ change: FieldChange) -> String {
        change.before == nil ? "+" : change.after == nil ? "-" : "~"
    }

    static func marker(_ change: EntryChange.Kind) -> String {
        switch change {
        case .added: "+"
        case .removed: "-"
        case .changed: "~"
        }
    }

    /// `organized_crime: high 0.72 → critical 0.83`; `new_threat: low 0.3 (new)`.
    static func threat(_ change: ThreatChange) -> String {
        let text = finding(change) { "\($0.level) \(number($0.score))" }
        return text + causes(change.causes)
    }

    /// `sp2_fiu: rank 3 → 5, score 0.6 → 0.55`; `sp1_x: rank 4, score 0.5 (new)`.
    static func strategy(_ change: StrategyChange) -> String {
        let fields: [(String, (StrategyState) -> String?)] = [
            ("rank", { String($0.rank) }), ("score", { number($0.score) }),
        ]
        return describeFields(change, fields) + causes(change.causes)
    }

    /// `untoc: action ratify → accede, relevance 0.7 → 0.8`.
    static func instrument(_ change: InstrumentChange) -> String {
        let fields: [(String, (InstrumentState) -> String?)] = [
            ("action", { $0.action }), ("status", { $0.status }), ("relevance", { number($0.relevance) }),
            ("eligibility", { $0.eligibility }), ("requires", { $0.requires }),
        ]
        return describeFields(change, fields) + causes(change.causes)
    }

    /// `ROL-002: not_fired → fired`; `ROL-009: fired (new rule)`.
    static func rule(_ change: RuleResultChange) -> String {
        switch (change.before, change.after) {
        case ("absent", let after): "\(change.id): \(after) (new rule)"
        case (let before, "absent"): "\(change.id): \(before) (rule removed)"
        default: "\(change.id): \(change.before) → \(change.after)"
        }
    }

    /// `when: wgi_rule_of_law <= -1.0 → <= -0.8 (wgi_rule_of_law = -0.95)`, with the entry
    /// named when it is not the rule itself.
    static func reason(_ reason: Reason, rule: String) -> String {
        let entry = reason.entry == "rules." + rule ? "" : reason.entry + " "
        var value = ""
        if let reference = reason.change.reference, let read = reason.value { value = " (\(reference) = \(read))" }
        return entry + field(reason.change) + value
    }

    /// `confidence: 0.6 → 0.5`, `+ then.strategies: sp1`, `- when.all[2]: x is missing`.
    static func field(_ change: FieldChange) -> String {
        switch (change.before, change.shortAfter) {
        case (let before?, let after?): "\(change.path): \(cut(before)) → \(cut(after))"
        case (nil, let after?): "+ \(change.path): \(cut(after))"
        case (let before?, nil): "- \(change.path): \(cut(before))"
        case (nil, nil): change.path
        }
    }

    /// ` ← ROL-002, strategy sp1, levels`, or nothing.
    static func causes(_ causes: [String]) -> String {
        guard !causes.isEmpty else { return "" }
        let words = causes.map { cause -> String in
            guard let dot = cause.firstIndex(of: ".") else { return cause }
            let section = cause[..<dot]
            let id = String(cause[cause.index(after: dot)...])
            switch section {
            case "rules": return id
            case "strategies": return "strategy " + id
            case "instruments": return "instrument " + id
            case "ruleset": return id
            default: return cause
            }
        }
        return " ← " + words.joined(separator: ", ")
    }

    /// A score or relevance as reports show it (already rounded to 6 decimals).
    static func number(_ value: Double) -> String { NumberFormat.plain(value) }

    /// `ARC Republic of Arcadia (2024)`.
    static func country(_ profile: ProfileImpact) -> String {
        "\(profile.country.code) \(profile.country.name) (\(profile.country.year))"
    }

    /// `Rules (unicri-spf 1.0.0)`.
    static func side(_ side: RulesetDiff.Side) -> String { "\(side.label) (\(side.id) \(side.version))" }

    /// The body both renderers write, each part drawn by the renderer: the headline, the
    /// summary table, each changed profile, the unchanged ones, the ruleset changes, with a blank
    /// line between parts.
    static func body(
        _ diff: RulesetDiff, headline: (String) -> String, line: (String) -> String,
        summary: ([ProfileImpact]) -> [String], profile: (ProfileImpact) -> [String],
        rulesetChanges: (RulesetChanges) -> [String]
    ) -> [String] {
        let changed = diff.changedProfiles
        var parts: [[String]] = [[headline(self.headline(diff))]]
        if !changed.isEmpty { parts.append(summary(changed)) }
        parts += changed.map(profile)
        if let unchanged = unchanged(diff) { parts.append([line(unchanged)]) }
        parts.append(rulesetChanges(diff.rulesetChanges))
        return Array(parts.joined(separator: [""]))
    }

    /// `Advice changes for 2 of 5 profile(s): ARC, XMT.`, or that none changed.
    static func headline(_ diff: RulesetDiff) -> String {
        let changed = diff.changedProfiles
        guard !changed.isEmpty else { return "No advice changes for the \(diff.profiles.count) profile(s) compared." }
        let codes = changed.map(\.country.code).joined(separator: ", ")
        return "Advice changes for \(changed.count) of \(diff.profiles.count) profile(s): \(codes)."
    }

    /// `Unchanged: BOR, CVD.`; nil when every profile changed, or none did (the headline says so).
    static func unchanged(_ diff: RulesetDiff) -> String? {
        let unchanged = diff.profiles.filter { !$0.changed }
        guard !unchanged.isEmpty, unchanged.count < diff.profiles.count else { return nil }
        return "Unchanged: \(unchanged.map(\.country.code).joined(separator: ", "))."
    }

    /// The summary table, country by threat: a header row (`country`, then each threat that
    /// changed for some profile, sorted), then a row per changed profile the base could read,
    /// each cell `high → critical`, `high (0.72 → 0.75)` or `·`; nil when no threat changed.
    static func summaryTable(_ changed: [ProfileImpact]) -> [[String]]? {
        let profiles = changed.filter { $0.baseErrors.isEmpty }
        let threats = Set(profiles.flatMap { $0.threats.map(\.id) }).sorted()
        guard !threats.isEmpty else { return nil }
        return [["country"] + threats]
            + profiles.map { profile in
                let byID = Dictionary(profile.threats.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
                return [profile.country.code] + threats.map { summaryCell(byID[$0]) }
            }
    }

    private static func summaryCell(_ change: ThreatChange?) -> String {
        guard let change else { return "·" }
        let before = change.before?.level ?? "not listed"
        let after = change.after?.level ?? "not listed"
        if before == after, let a = change.before, let b = change.after {
            return "\(before) (\(number(a.score)) → \(number(b.score)))"
        }
        return "\(before) → \(after)"
    }

    private static func finding<State>(_ change: FindingChange<State>, _ describe: (State) -> String) -> String {
        switch (change.before, change.after) {
        case (let before?, let after?): "\(change.id): \(describe(before)) → \(describe(after))"
        case (nil, let after?): "\(change.id): \(describe(after)) (new)"
        case (let before?, nil): "\(change.id): \(describe(before)) (no longer listed)"
        case (nil, nil): change.id
        }
    }

    /// The fields that differ (`rank 3 → 5, score 0.6 → 0.55`), or every field that has a
    /// value for a finding listed on one side only.
    private static func describeFields<State>(_ change: FindingChange<State>, _ fields: [(String, (State) -> String?)])
        -> String
    {
        func all(_ state: State) -> String {
            fields.compactMap { name, value in value(state).map { "\(name) \($0)" } }.joined(separator: ", ")
        }
        switch (change.before, change.after) {
        case (let before?, let after?):
            let differing = fields.filter { $0.1(before) != $0.1(after) }.map { name, value in
                "\(name) \(value(before) ?? "none") → \(value(after) ?? "none")"
            }
            // Nothing of its own changed: it moved among the others (its rank is the same
            // because one came or went ahead of it).
            guard !differing.isEmpty else { return "\(change.id): \(all(after)), reordered among the others" }
            return "\(change.id): " + differing.joined(separator: ", ")
        case (nil, let after?): return "\(change.id): \(all(after)) (new)"
        case (let before?, nil): return "\(change.id): \(all(before)) (no longer listed)"
        case (nil, nil): return change.id
        }
    }

    /// A long value cut to ``valueLimit`` characters.
    static func cut(_ text: String) -> String {
        text.count <= valueLimit ? text : String(text.prefix(valueLimit - 1)) + "…"
    }
}
