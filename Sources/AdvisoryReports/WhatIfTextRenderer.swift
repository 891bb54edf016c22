import AdvisoryCore

/// `advisor what-if` for a terminal: each section's changes as before → after, text from the
/// inputs cleaned for the terminal.
public struct WhatIfTextRenderer: Sendable {
    public init() {}

    public func render(_ diff: EvaluationDiff, changes: [String], country: Country) -> String {
        var out = [
            TerminalText.clean(
                "What if, for \(country.name) (\(country.code), \(country.year)): \(changes.joined(separator: ", "))")
        ]
        if diff.isEmpty {
            out.append("No change: every threat, strategy, instrument action and rule result stays the same.")
            return out.joined(separator: "\n") + "\n"
        }
        section("Threats", diff.threats, into: &out)
        section("Strategies", diff.strategies, into: &out)
        section("Instruments", diff.instruments, into: &out)
        section("Rules", diff.rules, into: &out)
        return out.joined(separator: "\n") + "\n"
    }

    private func section(_ name: String, _ changes: [EvaluationDiff.Change], into out: inout [String]) {
        guard !changes.isEmpty else { return }
        out.append("")
        out.append("\(name) (\(changes.count) changed)")
        for change in changes { out.append(TerminalText.clean("  \(Self.line(change))  \(change.title)")) }
    }

    /// `+ id: state score (added)`, `- ... (removed)` or `~ id: before → after`.
    static func line(_ change: EvaluationDiff.Change) -> String {
        switch (change.before, change.after) {
        case (nil, let after?): return "+ \(change.id): \(describe(after, change.scoreAfter)) (added)"
        case (let before?, nil): return "- \(change.id): \(describe(before, change.scoreBefore)) (removed)"
        default:
            let decimals = decimals(change)
            return
                "~ \(change.id): \(describe(change.before ?? "", change.scoreBefore, decimals)) → \(describe(change.after ?? "", change.scoreAfter, decimals))"
        }
    }

    private static func describe(_ state: String, _ score: Double?, _ decimals: Int = 2) -> String {
        score.map { "\(state) \(NumberFormat.fixed($0, decimals: decimals))" } ?? state
    }

    /// Scores show 2 decimals, or as many more (up to 6, the precision of a change) as it takes
    /// for the change to show: "critical 0.987 → critical 0.991", never "critical 0.99 →
    /// critical 0.99".
    static func decimals(_ change: EvaluationDiff.Change) -> Int {
        guard change.before == change.after, let before = change.scoreBefore, let after = change.scoreAfter else {
            return 2
        }
        return (2...6).first { NumberFormat.fixed(before, decimals: $0) != NumberFormat.fixed(after, decimals: $0) }
            ?? 6
    }
}
