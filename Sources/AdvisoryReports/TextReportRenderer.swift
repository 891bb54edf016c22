import AdvisoryCore

/// The report for a terminal: plain text, ANSI styling only when `color` is on.
///
/// It opens with the action plan, says each rule's rationale once (under the first finding
/// that cites it), and shows the strongest strategies and instruments in the body (``BodySelection``),
/// the rest compactly in the annex.
public struct TextReportRenderer: Sendable {
    public var color: Bool
    public var width: Int

    public init(color: Bool = false, width: Int = 100) {
        self.color = color
        self.width = width
    }

    public func render(_ report: Report) -> String {
        let report = report.mapText(TerminalText.clean)
        let selection = BodySelection(report)
        let reasons = ReasonPlan(report, bodyStrategies: Set(selection.bodyStrategies.map(\.id)))
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
        out += wrap(
            "Data: \(data.indicatorsProvided) of \(data.indicatorsInRuleset) indicators, \(data.instrumentStatusesProvided) of \(data.instrumentsInRuleset) instrument statuses; rules: \(data.rulesFired) fired, \(data.rulesNotFired) not fired, \(data.rulesUnknown) unknown.",
            indent: "  ")
        out.append("")
        out += actionPlan(report)
        out.append("")
        out += threats(report, reasons)
        out.append("")
        out += strategies(report, selection, reasons)
        out.append("")
        out += instruments(report, selection)
        out.append("")
        if let robustness = report.robustness {
            out += RobustnessRenderer.text(RobustnessView(robustness, ReportLanguage(.en)), self)
            out.append("")
        }
        out += dataGaps(report)
        out.append("")
        out += annex(report, selection, reasons)
        out.append("")
        out.append(heading("Provenance"))
        let provenance = report.provenance
        out.append("  ruleset: \(provenance.ruleset.id) \(provenance.ruleset.version) (\(provenance.ruleset.hash))")
        out.append("  engine: \(provenance.engine)")
        out.append("  profile: \(provenance.profileHash)")
        out.append("  date: \(provenance.date)")
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: Sections

    private func actionPlan(_ report: Report) -> [String] {
        var out = [heading("Action plan")]
        let plan = report.actionPlan
        if plan.strategies.isEmpty && plan.instruments.isEmpty {
            out.append("  Nothing to act on: no rule fired.")
            return out
        }
        if !plan.strategies.isEmpty { out.append("  Strategies") }
        for (index, step) in plan.strategies.enumerated() {
            out += wrap(
                "\(index + 1). \(step.title) [\(step.id)] \(NumberFormat.fixed(step.score, decimals: 2))\(answers(step.threats))",
                indent: "    ", hanging: "       ")
        }
        if !plan.instruments.isEmpty { out.append("  Treaties to sign, join or accept") }
        for (index, step) in plan.instruments.enumerated() {
            let requires = step.requires.map { "; first join \($0)" } ?? ""
            let verb = SummaryWriter.verb(step.action).capitalizedFirst
            out += wrap(
                "\(index + 1). \(verb) the \(step.short ?? step.title) [\(step.id)], relevance \(NumberFormat.fixed(step.relevance, decimals: 2))\(requires)\(answers(step.threats))",
                indent: "    ", hanging: "       ")
        }
        return out
    }

    private func threats(_ report: Report, _ reasons: ReasonPlan) -> [String] {
        var out = [heading("Threats (\(report.threats.count))")]
        if report.threats.isEmpty { out.append("  None raised.") }
        if !report.threats.isEmpty, !report.levels.isEmpty {
            out += wrap(
                "Score 0-1: the noisy-OR of the independent lines of evidence (each the strongest fired rule of its group); levels: "
                    + report.levels.map { "\($0.name) from \(NumberFormat.fixed($0.threshold, decimals: 2))" }
                    .joined(separator: ", ") + ".",
                indent: "  ")
        }
        for threat in report.threats {
            out.append(
                "  \(levelTag(threat.level)) \(NumberFormat.fixed(threat.score, decimals: 2))  \(bold(threat.title)) [\(threat.id)]"
            )
            out += wrap(EvidenceGroup.describe(threat.evidence), indent: "      ", hanging: "        ")
            if let stability = report.robustness?.threats.first(where: { $0.id == threat.id }) {
                let lang = ReportLanguage(.en)
                let levels =
                    stability.label == RobustnessSection.fragile ? "; \(lang.levelShares(stability.levels))" : ""
                out += wrap(
                    "robustness: \(stability.label == RobustnessSection.fragile ? "FRAGILE" : "stable"), \(stability.level) in \(lang.percent(stability.share)) of the draws\(levels)",
                    indent: "      ", hanging: "        ")
            }
            for item in threat.borderline {
                out += wrap(
                    "borderline: " + ReportLanguage(.en).borderline(item), indent: "      ", hanging: "        ")
            }
            for reason in reasons.threatReasons[threat.id] ?? [] {
                out += wrap("\(reason.rule): \(reason.text)", indent: "      - ", hanging: "        ")
            }
            if let hidden = reasons.threatLinesHidden[threat.id], hidden > 0 {
                out.append("      (\(hidden) weaker line\(hidden == 1 ? "" : "s") of evidence: see the annex)")
            }
        }
        return out
    }

    private func strategies(_ report: Report, _ selection: BodySelection, _ reasons: ReasonPlan) -> [String] {
        let count = report.strategies.count
        var out = [heading("Recommended strategies (\(count)), by strategic priority")]
        if report.strategies.isEmpty { out.append("  None recommended.") }
        let shown = Set(selection.bodyStrategies.map(\.id))
        let strategies = Dictionary(report.strategies.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for group in report.priorities where group.strategies.contains(where: shown.contains) {
            out.append("  \(bold(group.title))")
            for id in group.strategies where shown.contains(id) {
                guard let strategy = strategies[id] else { continue }
                out += wrap(
                    "\(strategy.rank). \(strategy.title) [\(strategy.id)] score \(NumberFormat.fixed(strategy.score, decimals: 2)); rules: \(strategy.rules.joined(separator: ", "))",
                    indent: "    ", hanging: "       ")
                for reason in reasons.strategyReasons[strategy.id] ?? [] {
                    out += wrap("\(reason.rule): \(reason.text)", indent: "       - ", hanging: "         ")
                }
                for item in strategy.borderline {
                    out += wrap(
                        "borderline: " + ReportLanguage(.en).borderline(item), indent: "       ", hanging: "         ")
                }
            }
        }
        if !selection.annexStrategies.isEmpty {
            out.append("  \(selection.annexStrategies.count) more in the annex.")
        }
        return out
    }

    private func instruments(_ report: Report, _ selection: BodySelection) -> [String] {
        let count = report.instruments.count
        var out = [heading("International instruments (\(count)), most relevant first")]
        if report.instruments.isEmpty { out.append("  None relevant.") }
        for instrument in selection.bodyInstruments {
            out += wrap(instrumentLine(instrument), indent: "  ", hanging: "      ")
            var basis: [String] = []
            if !instrument.rules.isEmpty { basis.append("rules: " + instrument.rules.joined(separator: ", ")) }
            if !instrument.strategies.isEmpty {
                basis.append("strategies: " + instrument.strategies.joined(separator: ", "))
            }
            if !basis.isEmpty { out += wrap(basis.joined(separator: "; "), indent: "      ") }
        }
        if !selection.annexInstruments.isEmpty {
            out.append("  \(selection.annexInstruments.count) more in the annex.")
        }
        return out
    }

    /// "ATT [att], treaty, not yet in force: status signatory → ratify (relevance 0.82); requires …".
    private func instrumentLine(_ instrument: Report.Instrument) -> String {
        let since =
            instrument.since.map { instrument.status == "withdrawn" ? " in \($0)" : " since \($0)" } ?? ""
        var facts = [instrument.kind]
        if instrument.notInForce { facts.append("not yet in force") }
        if instrument.eligibility == "unknown" { facts.append("eligibility unknown") }
        let name: String = bold(instrument.short ?? instrument.title)
        let relevance: String = NumberFormat.fixed(instrument.relevance, decimals: 2)
        var line: String = "\(name) [\(instrument.id)], \(facts.joined(separator: ", "))"
        if instrument.isTreatyLike { line += ": status \(instrument.status)\(since)" }
        line += " → \(actionText(instrument.action)) (relevance \(relevance))"
        if let parent = instrument.requires { line += "; requires \(parent) first" }
        return line
    }

    private func dataGaps(_ report: Report) -> [String] {
        let gaps = report.dataGaps.count
        var out = [heading("Data gaps (\(gaps) undecided rule\(gaps == 1 ? "" : "s"))")]
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
        if !report.notApplicableReasons.isEmpty {
            out.append("")
            out.append(heading("Not applicable (\(report.notApplicableReasons.count))"))
            for item in report.notApplicableReasons {
                out += wrap("\(item.name) [\(item.indicator)]: \(item.reason)", indent: "  ", hanging: "    ")
            }
        }
        return out
    }

    private func annex(_ report: Report, _ selection: BodySelection, _ reasons: ReasonPlan) -> [String] {
        var out = [heading("Annex")]
        let moreStrategies = selection.annexStrategies
        if !moreStrategies.isEmpty {
            out.append("  \(bold("Further strategies (\(moreStrategies.count))"))")
            for strategy in moreStrategies {
                out += wrap(
                    "\(strategy.rank). \(strategy.title) [\(strategy.id)] \(NumberFormat.fixed(strategy.score, decimals: 2)); rules: \(strategy.rules.joined(separator: ", "))",
                    indent: "    ", hanging: "       ")
            }
        }
        let moreInstruments = selection.annexInstruments
        if !moreInstruments.isEmpty {
            out.append("  \(bold("Further instruments (\(moreInstruments.count))"))")
            for instrument in moreInstruments {
                out += wrap(instrumentLine(instrument), indent: "    ", hanging: "      ")
            }
        }
        out.append("  \(bold("Why each rule fired"))")
        if report.annex.isEmpty { out.append("    No rule fired.") }
        for entry in report.annex {
            out.append(
                "    \(bold(entry.rule))\(entry.title.map { ": \($0)" } ?? "") (confidence \(NumberFormat.plain(entry.confidence)))"
            )
            if let because = entry.because, !reasons.shownInBody.contains(entry.rule) {
                out += wrap(because, indent: "      ")
            }
            for leaf in entry.leaves {
                let value = leaf.value ?? "missing"
                let provenance = [leaf.source, leaf.year.map(String.init)].compactMap { $0 }.joined(separator: ", ")
                out += wrap(
                    "\(leaf.result == "true" ? "✓" : leaf.result == "false" ? "✗" : "?") \(leaf.condition): value \(value)\(provenance.isEmpty ? "" : " (\(provenance))")\(leaf.stale ? " [stale]" : "")\(Self.uncertaintyNote(leaf.uncertainty))",
                    indent: "      ", hanging: "        ")
            }
        }
        return out
    }

    // MARK: Pieces

    /// " [90% interval -1.333 to -0.707 (stderr 0.19); borderline]", or nothing.
    static func uncertaintyNote(_ uncertainty: LeafUncertainty?) -> String {
        guard let uncertainty else { return "" }
        return " [\(uncertainty.intervalText)\(uncertainty.borderline ? "; borderline" : "")]"
    }

    /// " — answers: weak_rule_of_law, organized_crime".
    private func answers(_ threats: [String]) -> String {
        threats.isEmpty ? "" : " — answers: " + threats.joined(separator: ", ")
    }

    func actionText(_ action: String) -> String {
        switch action {
        case "strengthen_implementation": "strengthen implementation"
        case "verify_status": "verify status"
        default: action.replacingOccurrences(of: "_", with: " ")
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

    /// Bold when colour is on: headings of sections other renderers write into this one.
    func emphasis(_ text: String) -> String { bold(text) }

    private func bold(_ text: String) -> String { color ? "\u{1B}[1m\(text)\u{1B}[0m" : text }

    /// Greedy word wrap.
    func wrap(_ text: String, indent: String, hanging: String? = nil) -> [String] {
        var lines: [String] = []
        let continuation = hanging ?? indent
        var current = indent
        // Lengths in characters, kept as the line grows (counting the line for each word made
        // wrapping quadratic in the line's length).
        var length = indent.count
        var prefixLength = length
        let continuationLength = continuation.count
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let wordLength = word.count
            if length + wordLength + 1 > width, length > prefixLength {
                lines.append(current)
                current = continuation + word
                length = continuationLength + wordLength
                prefixLength = continuationLength
            } else {
                if length > prefixLength {
                    current += " "
                    length += 1
                }
                current += word
                length += wordLength
            }
        }
        if length > prefixLength { lines.append(current) }
        return lines
    }
}
