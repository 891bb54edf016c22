import AdvisoryCore

/// The report for a terminal: plain text, ANSI styling only when `color` is on.
public struct TextReportRenderer: Sendable {
    public var color: Bool
    public var width: Int

    public init(color: Bool = false, width: Int = 100) {
        self.color = color
        self.width = width
    }

    public func render(_ report: Report) -> String {
        let report = report.mapText(TerminalText.clean)
        var out: [String] = []
        out.append(
            bold(
                "Advisory report: \(report.country.name) (\(report.country.code)), assessment year \(report.country.year)"
            ))
        out.append(
            "Ruleset \(report.provenance.ruleset.id) \(report.provenance.ruleset.version) · \(report.provenance.engine) · \(report.provenance.date)"
        )
        out.append("")
        out.append(heading("Summary"))
        out += wrap(report.summary, indent: "  ")
        let data = report.data
        out.append(
            "  Data: \(data.indicatorsProvided) of \(data.indicatorsInRuleset) indicators, \(data.instrumentStatusesProvided) of \(data.instrumentsInRuleset) instrument statuses; rules: \(data.rulesFired) fired, \(data.rulesNotFired) not fired, \(data.rulesUnknown) unknown."
        )
        out.append("")
        out.append(heading("Threats (\(report.threats.count))"))
        if report.threats.isEmpty { out.append("  None raised.") }
        if !report.threats.isEmpty, !report.levels.isEmpty {
            out += wrap(
                "Score 0-1, the combined confidence of the rules; levels: "
                    + report.levels.map { "\($0.name) from \(NumberFormat.fixed($0.threshold, decimals: 2))" }.joined(
                        separator: ", ") + ".",
                indent: "  ")
        }
        for threat in report.threats {
            out.append(
                "  \(levelTag(threat.level)) \(NumberFormat.fixed(threat.score, decimals: 2))  \(bold(threat.title)) [\(threat.id)]"
            )
            out.append("      rules: \(threat.rules.joined(separator: ", "))")
            for reason in threat.reasons {
                out += wrap("\(reason.rule): \(reason.text)", indent: "      - ", hanging: "        ")
            }
        }
        out.append("")
        out.append(heading("Recommended strategies (\(report.strategies.count)), by strategic priority"))
        if report.strategies.isEmpty { out.append("  None recommended.") }
        let strategies = Dictionary(report.strategies.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for group in report.priorities {
            out.append("  \(bold(group.title))")
            for id in group.strategies {
                guard let strategy = strategies[id] else { continue }
                out += wrap(
                    "\(strategy.rank). \(strategy.title) [\(strategy.id)] score \(NumberFormat.fixed(strategy.score, decimals: 2)); rules: \(strategy.rules.joined(separator: ", "))",
                    indent: "    ", hanging: "       ")
                for reason in strategy.rationale {
                    out += wrap("\(reason.rule): \(reason.text)", indent: "       - ", hanging: "         ")
                }
            }
        }
        out.append("")
        out.append(heading("International instruments (\(report.instruments.count))"))
        if report.instruments.isEmpty { out.append("  None relevant.") }
        for instrument in report.instruments {
            let since = instrument.since.map { " since \($0)" } ?? ""
            out += wrap(
                "\(bold(instrument.short ?? instrument.title)) [\(instrument.id)], \(instrument.kind): status \(instrument.status)\(since) → \(actionText(instrument.action))",
                indent: "  ", hanging: "      ")
            let basis =
                (instrument.rules.isEmpty ? [] : ["rules: " + instrument.rules.joined(separator: ", ")])
                + (instrument.strategies.isEmpty
                    ? [] : ["strategies: " + instrument.strategies.joined(separator: ", ")])
            out += wrap(basis.joined(separator: "; "), indent: "      ")
        }
        out.append("")
        let gaps = report.dataGaps.count
        out.append(heading("Data gaps (\(gaps) undecided rule\(gaps == 1 ? "" : "s"))"))
        if report.dataGaps.isEmpty { out.append("  None: every rule was decided.") }
        for item in report.collect {
            out += wrap(
                "collect \(item.name) [\(item.reference)]\(item.source.map { " (\($0))" } ?? ""): decides \(item.rules.joined(separator: ", "))",
                indent: "  ", hanging: "    ")
        }
        for gap in report.dataGaps {
            out += wrap(
                "undecided \(gap.rule)\(gap.title.map { " \($0)" } ?? ""): missing \(gap.missing.joined(separator: ", "))",
                indent: "  ", hanging: "    ")
        }
        out.append("")
        out.append(heading("Stale data (\(report.stale.count))"))
        if report.stale.isEmpty { out.append("  None.") }
        for stale in report.stale {
            out.append(
                "  \(stale.name) [\(stale.indicator)]: \(stale.year), \(stale.age) years old (limit \(stale.limit))")
        }
        out.append("")
        out.append(heading("Explanation annex (fired rules)"))
        if report.annex.isEmpty { out.append("  No rule fired.") }
        for entry in report.annex {
            out.append(
                "  \(bold(entry.rule))\(entry.title.map { ": \($0)" } ?? "") (confidence \(NumberFormat.plain(entry.confidence)))"
            )
            for leaf in entry.leaves {
                let value = leaf.value ?? "missing"
                let provenance = [leaf.source, leaf.year.map(String.init)].compactMap { $0 }.joined(separator: ", ")
                out += wrap(
                    "\(leaf.result == "true" ? "✓" : leaf.result == "false" ? "✗" : "?") \(leaf.condition): value \(value)\(provenance.isEmpty ? "" : " (\(provenance))")\(leaf.stale ? " [stale]" : "")",
                    indent: "      ", hanging: "        ")
            }
        }
        out.append("")
        out.append(heading("Provenance"))
        let provenance = report.provenance
        out.append("  ruleset: \(provenance.ruleset.id) \(provenance.ruleset.version) (\(provenance.ruleset.hash))")
        out.append("  engine: \(provenance.engine)")
        out.append("  profile: \(provenance.profileHash)")
        out.append("  date: \(provenance.date)")
        return out.joined(separator: "\n") + "\n"
    }

    func actionText(_ action: String) -> String {
        switch action {
        case "accede": "accede"
        case "ratify": "ratify"
        case "strengthen_implementation": "strengthen implementation"
        case "apply": "apply"
        case "verify_status": "verify status"
        default: action
        }
    }

    private func levelTag(_ level: String) -> String {
        let padded = level.uppercased().padding(toLength: 8, withPad: " ", startingAt: 0)
        guard color else { return padded }
        let code =
            switch level {
            case "critical": "1;31"
            case "high": "31"
            case "medium": "33"
            default: "36"
            }
        return "\u{1B}[\(code)m\(padded)\u{1B}[0m"
    }

    private func heading(_ text: String) -> String { bold(text) }

    private func bold(_ text: String) -> String { color ? "\u{1B}[1m\(text)\u{1B}[0m" : text }

    /// Greedy word wrap.
    func wrap(_ text: String, indent: String, hanging: String? = nil) -> [String] {
        var lines: [String] = []
        var current = indent
        let continuation = hanging ?? indent
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let prefix = lines.isEmpty ? indent : continuation
            if current.count + word.count + 1 > width, current.count > prefix.count {
                lines.append(current)
                current = continuation + word
            } else {
                current += (current.count > prefix.count ? " " : "") + word
            }
        }
        if current.count > (lines.isEmpty ? indent : continuation).count { lines.append(current) }
        return lines
    }
}
