import AdvisoryCore

/// The robustness section in each text format, from one view (``RobustnessView``): the text
/// report's section, and the Markdown and HTML sections that the report templates place
/// (`{{{robustness.markdown}}}`, `{{{robustness.html}}}`) and the standalone documents of
/// `advisor robustness` wrap. Every text from the inputs is escaped for its sink here.
enum RobustnessRenderer {
    // MARK: Text

    /// The section's lines for a terminal, wrapped by `renderer` (text is English only).
    static func text(_ view: RobustnessView, _ renderer: TextReportRenderer) -> [String] {
        let clean = { (text: String) in TerminalText.clean(text) }
        let indent = "      "
        let why = { (lines: [String]) in
            lines.flatMap { renderer.wrap(clean($0), indent: indent, hanging: indent + "  ") }
        }
        var out = [renderer.emphasis(clean(view.heading))]
        out += renderer.wrap(clean(view.intro), indent: "  ")
        out += renderer.wrap(clean(view.summary), indent: "  ")
        if view.hasThreats {
            out.append("  \(renderer.emphasis("Threats"))")
            for threat in view.threats {
                let levels = threat.isFragile ? "; in the draws: \(clean(threat.levels))" : ""
                out += renderer.wrap(
                    "\(tag(threat.isFragile)) \(clean(threat.title)) [\(clean(threat.id))]: \(threat.level.lowercased()) in \(threat.share) of the draws\(levels)",
                    indent: "    ", hanging: indent)
                out += why(threat.why)
            }
        }
        if view.hasFragileStrategies {
            out.append("  \(renderer.emphasis(view.words.fragileStrategies))")
            for strategy in view.fragileStrategies {
                out += renderer.wrap(
                    "\(tag(true)) \(clean(strategy.title)) [\(clean(strategy.id))]: recommended in \(strategy.share) of the draws (as given: \(strategy.recommended))",
                    indent: "    ", hanging: indent)
                out += why(strategy.why)
            }
        }
        if !view.strategiesNote.isEmpty { out += renderer.wrap(view.strategiesNote, indent: "  ") }
        if view.hasFragileInstruments {
            out.append("  \(renderer.emphasis(view.words.fragileInstruments))")
            for instrument in view.fragileInstruments {
                out += renderer.wrap(
                    "\(tag(true)) \(clean(instrument.title)) [\(clean(instrument.id))]: \(instrument.action.lowercased()) in \(instrument.share) of the draws; in the draws: \(instrument.outcomes)",
                    indent: "    ", hanging: indent)
            }
        }
        if !view.instrumentsNote.isEmpty { out += renderer.wrap(view.instrumentsNote, indent: "  ") }
        if view.hasFragileRules {
            out.append("  \(renderer.emphasis(view.words.fragileRules))")
            out += renderer.wrap(view.words.fragileRulesNote, indent: "    ")
            for rule in view.fragileRules {
                let names = rule.names.isEmpty ? "" : "; names \(clean(rule.names))"
                out += renderer.wrap(
                    "\(tag(true)) \(clean(rule.id))\(rule.title.map { " " + clean($0) } ?? ""): \(rule.fires)\(names)",
                    indent: "    ", hanging: indent)
                out += why(rule.why)
            }
        }
        if view.hasValues {
            out.append("  \(renderer.emphasis(view.words.values))")
            if view.hasSensitivity { out += renderer.wrap(view.words.valuesNote, indent: "    ") }
            for value in view.values {
                var line =
                    "\(clean(value.indicator)) \(clean(value.value)) (\(value.origin)); 90% interval \(value.interval)"
                if view.hasSensitivity {
                    line +=
                        "; alone changes a threat level in \(value.changesLevel) of the draws, any advice in \(value.changesAdvice), a rule in \(value.changesRule)"
                    if !value.moves.isEmpty { line += ": \(clean(value.moves))" }
                }
                out += renderer.wrap(line, indent: "    ", hanging: indent)
            }
        }
        return out
    }

    /// "FRAGILE" or "stable".
    private static func tag(_ fragile: Bool) -> String { fragile ? "FRAGILE" : "stable" }

    // MARK: Markdown

    /// The section as GitHub-flavoured Markdown, opening with a level-2 heading.
    static func markdown(_ view: RobustnessView) -> String {
        let e = MarkdownEscaping.escape
        let w = view.words
        var out = "## \(e(view.heading))\n\n\(e(view.intro))\n\n\(e(view.summary))\n\n"
        if view.hasThreats {
            out += markdownTable(
                [w.threat, w.stability, w.levelAsGiven, w.atThatLevel, w.levelsInDraws, w.why], numbers: [3],
                view.threats.map { threat in
                    [
                        "\(e(threat.title)) (\(e(threat.id)))",
                        threat.isFragile ? "**\(e(threat.label))**" : e(threat.label), e(threat.level),
                        e(threat.share), e(threat.levels), threat.why.map(e).joined(separator: "; "),
                    ]
                })
        }
        if view.hasFragileStrategies {
            out += "### \(e(w.fragileStrategies))\n\n"
            out += markdownTable(
                [w.strategy, w.recommendedAsGiven, w.recommendedIn, w.why], numbers: [2],
                view.fragileStrategies.map { strategy in
                    [
                        "\(e(strategy.title)) (\(e(strategy.id)))", e(strategy.recommended), e(strategy.share),
                        strategy.why.map(e).joined(separator: "; "),
                    ]
                })
        }
        if !view.strategiesNote.isEmpty { out += "\(e(view.strategiesNote))\n\n" }
        if view.hasFragileInstruments {
            out += "### \(e(w.fragileInstruments))\n\n"
            out += markdownTable(
                [w.instrument, w.actionAsGiven, w.withThatAction, w.outcomesInDraws], numbers: [2],
                view.fragileInstruments.map { instrument in
                    [
                        "\(e(instrument.title)) (\(e(instrument.id)))", e(instrument.action), e(instrument.share),
                        e(instrument.outcomes),
                    ]
                })
        }
        if !view.instrumentsNote.isEmpty { out += "\(e(view.instrumentsNote))\n\n" }
        if view.hasFragileRules {
            out += "### \(e(w.fragileRules))\n\n\(e(w.fragileRulesNote))\n\n"
            out += markdownTable(
                [w.rule, w.resultAsGiven, w.firingIt, w.names, w.why], numbers: [2],
                view.fragileRules.map { rule in
                    [
                        "\(e(rule.id))\(rule.title.map { ": " + e($0) } ?? "")", e(rule.result), e(rule.share),
                        e(rule.names), rule.why.map(e).joined(separator: "; "),
                    ]
                })
        }
        if view.hasValues {
            out += "### \(e(w.values))\n\n"
            if view.hasSensitivity { out += "\(e(w.valuesNote))\n\n" }
            let sensitivityHeads = view.hasSensitivity ? [w.changesLevel, w.changesAdvice, w.changesRule, w.moves] : []
            out += markdownTable(
                [w.indicator, w.value, w.interval, w.errorFrom] + sensitivityHeads,
                numbers: view.hasSensitivity ? [4, 5, 6] : [],
                view.values.map { value in
                    ["\(e(value.name)) (\(e(value.indicator)))", e(value.value), e(value.interval), e(value.origin)]
                        + (view.hasSensitivity
                            ? [e(value.changesLevel), e(value.changesAdvice), e(value.changesRule), e(value.moves)]
                            : [])
                })
        }
        return out
    }

    /// A Markdown table and the blank line after it: the `heads` (escaped here), the alignment
    /// row (right-aligned for the columns at `numbers`), then one line per row of cells
    /// (escaped by the caller).
    private static func markdownTable(_ heads: [String], numbers: Set<Int>, _ rows: [[String]]) -> String {
        var out = "| " + heads.map(MarkdownEscaping.escape).joined(separator: " | ") + " |\n"
        out += "| " + heads.indices.map { numbers.contains($0) ? "--:" : "---" }.joined(separator: " | ") + " |\n"
        for row in rows { out += "| " + row.joined(separator: " | ") + " |\n" }
        return out + "\n"
    }

    // MARK: HTML

    /// The section as HTML: a `<section class="robustness">` with its own heading, styled by the
    /// report's stylesheet (`.stability`, `.why`).
    static func html(_ view: RobustnessView) -> String {
        let e = HTMLText.escape
        let w = view.words
        var out = "<section class=\"robustness\">\n  <h2>\(e(view.heading))</h2>\n"
        out += "  <p class=\"note\">\(e(view.intro))</p>\n  <p>\(e(view.summary))</p>\n"
        func badge(_ label: String, _ labelClass: String) -> String {
            "<span class=\"stability stability-\(ReportView.cssToken(labelClass))\">\(e(label))</span>"
        }
        func why(_ lines: [String]) -> String {
            lines.isEmpty ? "" : "<ul class=\"why\">" + lines.map { "<li>\(e($0))</li>" }.joined() + "</ul>"
        }
        func named(_ title: String, _ id: String) -> String {
            "<span class=\"name\">\(e(title))</span> <span class=\"id\">\(e(id))</span>"
        }
        if view.hasThreats {
            out += htmlTable(
                [
                    (w.threat, nil), (w.stability, nil), (w.levelAsGiven, nil), (w.atThatLevel, "num"),
                    (w.levelsInDraws, nil),
                ],
                view.threats.map { threat in
                    [
                        named(threat.title, threat.id) + why(threat.why), badge(threat.label, threat.labelClass),
                        e(threat.level), e(threat.share), e(threat.levels),
                    ]
                })
        }
        if view.hasFragileStrategies {
            out += "  <h3>\(e(w.fragileStrategies))</h3>\n"
            out += htmlTable(
                [(w.strategy, nil), (w.recommendedAsGiven, nil), (w.recommendedIn, "num")],
                view.fragileStrategies.map { strategy in
                    [
                        named(strategy.title, strategy.id) + why(strategy.why), e(strategy.recommended),
                        e(strategy.share),
                    ]
                })
        }
        if !view.strategiesNote.isEmpty { out += "  <p class=\"note\">\(e(view.strategiesNote))</p>\n" }
        if view.hasFragileInstruments {
            out += "  <h3>\(e(w.fragileInstruments))</h3>\n"
            out += htmlTable(
                [(w.instrument, nil), (w.actionAsGiven, nil), (w.withThatAction, "num"), (w.outcomesInDraws, nil)],
                view.fragileInstruments.map { instrument in
                    [
                        named(instrument.title, instrument.id), e(instrument.action), e(instrument.share),
                        e(instrument.outcomes),
                    ]
                })
        }
        if !view.instrumentsNote.isEmpty { out += "  <p class=\"note\">\(e(view.instrumentsNote))</p>\n" }
        if view.hasFragileRules {
            out += "  <h3>\(e(w.fragileRules))</h3>\n  <p class=\"note\">\(e(w.fragileRulesNote))</p>\n"
            out += htmlTable(
                [(w.rule, nil), (w.resultAsGiven, nil), (w.firingIt, "num"), (w.names, "rules")],
                view.fragileRules.map { rule in
                    [
                        "<code>\(e(rule.id))</code>\(rule.title.map { " " + e($0) } ?? "")" + why(rule.why),
                        e(rule.result), e(rule.share), e(rule.names),
                    ]
                })
        }
        if view.hasValues {
            out += "  <h3>\(e(w.values))</h3>\n"
            if view.hasSensitivity { out += "  <p class=\"note\">\(e(w.valuesNote))</p>\n" }
            let sensitivityColumns: [(String, String?)] =
                view.hasSensitivity
                ? [(w.changesLevel, "num"), (w.changesAdvice, "num"), (w.changesRule, "num"), (w.moves, "basis")] : []
            out += htmlTable(
                [(w.indicator, nil), (w.value, "value")] + sensitivityColumns,
                view.values.map { value in
                    // The value, its interval and where its error comes from in one cell, so that
                    // the table of eight facts fits a printed page.
                    [
                        named(value.name, value.indicator),
                        "\(e(value.value))<p class=\"desc\">\(e(w.interval)) \(e(value.interval)); \(e(w.errorFrom).lowercased()) \(e(value.origin))</p>",
                    ]
                        + (view.hasSensitivity
                            ? [e(value.changesLevel), e(value.changesAdvice), e(value.changesRule), e(value.moves)]
                            : [])
                })
        }
        return out + "</section>\n"
    }

    /// An HTML table: per column its head (escaped here) and the class of its cells (`num`
    /// right-aligns the head too), then one row per item of cell contents (HTML, escaped by the
    /// caller).
    private static func htmlTable(_ columns: [(head: String, cellClass: String?)], _ rows: [[String]]) -> String {
        func attribute(_ cssClass: String?) -> String { cssClass.map { " class=\"\($0)\"" } ?? "" }
        var out = "  <table>\n    <thead><tr>"
        for column in columns {
            out += "<th\(attribute(column.cellClass == "num" ? "num" : nil))>\(HTMLText.escape(column.head))</th>"
        }
        out += "</tr></thead>\n    <tbody>\n"
        for row in rows {
            out += "      <tr>"
            for (cell, column) in zip(row, columns) { out += "<td\(attribute(column.cellClass))>\(cell)</td>" }
            out += "</tr>\n"
        }
        return out + "    </tbody>\n  </table>\n"
    }
}
