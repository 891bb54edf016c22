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
        for change in changes {
            let line: String
            switch (change.before, change.after) {
            case (nil, let after?): line = "+ \(change.id): \(describe(after, change.scoreAfter)) (added)"
            case (let before?, nil): line = "- \(change.id): \(describe(before, change.scoreBefore)) (removed)"
            default:
                line =
                    "~ \(change.id): \(describe(change.before ?? "", change.scoreBefore)) → \(describe(change.after ?? "", change.scoreAfter))"
            }
            out.append(TerminalText.clean("  \(line)  \(change.title)"))
        }
    }

    private func describe(_ state: String, _ score: Double?) -> String {
        score.map { "\(state) \(NumberFormat.fixed($0, decimals: 2))" } ?? state
    }
}
