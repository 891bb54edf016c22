/// Renders the regional overview of several reports (`advisor batch --format html|markdown`):
/// one self-contained HTML page with inline SVG charts, or GitHub-flavoured Markdown with the
/// heat map as a table.
public enum ComparisonRenderer {
    /// The overview as one HTML page: no script, no network, printable on A4.
    public static func html(_ reports: [Report]) -> String {
        let comparison = RegionalComparison(reports)
        let lang = comparison.language
        let words = lang.strings
        let first = reports.first
        let meta = [
            "\(comparison.countries.count) \(words.countriesHeading.lowercased())",
            first.map { "\(words.reportDate) \(lang.date($0.provenance.date))" },
            first.map { "\($0.provenance.ruleset.title) \($0.provenance.ruleset.version)" },
        ].compactMap { $0 }
        var html = """
            <!DOCTYPE html>
            <html lang="\(lang.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLText.escape(words.regionalOverview))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            <main>
            <header class="masthead"><p class="eyebrow">\(HTMLText.escape(words.eyebrow))</p>
            <h1>\(HTMLText.escape(words.regionalOverview))</h1>
            <p class="meta">\(meta.map { "<span>\(HTMLText.escape($0))</span>" }.joined())</p></header>

            """
        html += "<section class=\"heat\">\n<h2>\(HTMLText.escape(words.heatMap))</h2>\n"
        html += "<p class=\"note\">\(HTMLText.escape(words.heatMapNote))</p>\n"
        html +=
            comparison.threats.isEmpty
            ? "<p class=\"empty\">\(HTMLText.escape(words.noThreat))</p>\n"
            : "<div class=\"chart\">\(SVGCharts.heatMap(comparison))</div>\n"
        html += "</section>\n"
        html += sharedSection(
            comparison.strategies, title: words.commonStrategies, note: nil, nameHeader: words.strategy,
            empty: words.noStrategy, comparison: comparison)
        html += sharedSection(
            comparison.treatyGaps, title: words.treatyGaps, note: words.treatyGapsNote,
            nameHeader: words.instrument, empty: words.noInstrument, comparison: comparison)
        html += "<section class=\"countries\">\n<h2>\(HTMLText.escape(words.byCountry))</h2>\n"
        for country in comparison.countries {
            html += "<section class=\"country\" id=\"\(country.anchor)\">\n"
            html += "<h3>\(HTMLText.escape(country.name)) <span class=\"id\">\(HTMLText.escape(country.code))</span> "
            html += "<span class=\"note\">\(country.year)</span></h3>\n"
            html += "<p>\(HTMLText.escape(country.summary))</p>\n"
            if let stability = country.stability { html += "<p class=\"note\">\(HTMLText.escape(stability))</p>\n" }
            if !country.steps.isEmpty {
                html += "<p class=\"label\">\(HTMLText.escape(words.actionPlan))</p>\n<ol class=\"plan\">"
                html += country.steps.map { "<li>\(HTMLText.escape($0))</li>" }.joined() + "</ol>\n"
            }
            html += "</section>\n"
        }
        html += "</section>\n"
        if let first {
            let ruleset = first.provenance.ruleset
            html += "<footer>\(HTMLText.escape(words.ruleset)): \(HTMLText.escape(ruleset.title)) "
            html += "(\(HTMLText.escape(ruleset.id)), \(HTMLText.escape(words.version)) "
            html += "\(HTMLText.escape(ruleset.version)), \(HTMLText.escape(ruleset.hash))) · "
            html += "\(HTMLText.escape(first.provenance.engine))</footer>\n"
        }
        return html + "</main>\n</body>\n</html>\n"
    }

    private static func sharedSection(
        _ items: [RegionalComparison.Shared], title: String, note: String?, nameHeader: String, empty: String,
        comparison: RegionalComparison
    ) -> String {
        let words = comparison.language.strings
        var html = "<section class=\"shared\">\n<h2>\(HTMLText.escape(title))</h2>\n"
        if let note { html += "<p class=\"note\">\(HTMLText.escape(note))</p>\n" }
        guard !items.isEmpty else { return html + "<p class=\"empty\">\(HTMLText.escape(empty))</p>\n</section>\n" }
        html += "<div class=\"chart\">"
        html += SVGCharts.bars(items, total: comparison.countries.count, title: title) + "</div>\n"
        let hasAction = items.contains { $0.action != nil }
        html += "<table><thead><tr><th>\(HTMLText.escape(nameHeader))</th>"
        if hasAction { html += "<th>\(HTMLText.escape(words.action))</th>" }
        html += "<th>\(HTMLText.escape(words.countryCount))</th></tr></thead><tbody>\n"
        let anchors = Dictionary(
            comparison.countries.map { ($0.code, $0.anchor) }, uniquingKeysWith: { first, _ in first })
        for item in items {
            let links = item.countries.map { code in
                "<a href=\"#\(anchors[code] ?? "")\">\(HTMLText.escape(code))</a>"
            }
            html += "<tr><td><span class=\"name\">\(HTMLText.escape(item.title))</span> "
            html += "<span class=\"id\">\(HTMLText.escape(item.id))</span></td>"
            if hasAction { html += "<td>\(HTMLText.escape(item.action ?? "—"))</td>" }
            html += "<td class=\"codes\">\(item.countries.count): \(links.joined(separator: ", "))</td></tr>\n"
        }
        return html + "</tbody></table>\n</section>\n"
    }

    /// The overview in Markdown: the heat map as a table of levels and scores.
    public static func markdown(_ reports: [Report]) -> String {
        let comparison = RegionalComparison(reports)
        let lang = comparison.language
        let words = lang.strings
        let md = MarkdownEscaping.escape
        var out = "# \(md(words.regionalOverview))\n\n"
        if let first = reports.first {
            out += "\(comparison.countries.count) \(md(words.countriesHeading.lowercased())) · "
            out += "\(md(words.reportDateInline)) \(md(lang.date(first.provenance.date))) · "
            out += "\(md(first.provenance.ruleset.title)) \(md(first.provenance.ruleset.version))\n\n"
        }
        out += "## \(md(words.heatMap))\n\n\(md(words.heatMapNote))\n\n"
        if comparison.threats.isEmpty {
            out += "\(md(words.noThreat))\n\n"
        } else {
            let numbers = comparison.threats.indices.map { "T\($0 + 1)" }
            out += "| \(md(words.country)) | " + numbers.joined(separator: " | ") + " |\n"
            out += "| --- |" + String(repeating: " --- |", count: numbers.count) + "\n"
            for (row, country) in comparison.countries.enumerated() {
                let cells = comparison.cells[row].map { cell -> String in
                    guard let score = cell.score, let level = cell.level else { return "—" }
                    return "\(md(lang.level(level))) \(lang.score(score))"
                }
                out += "| \(md(country.name)) (\(md(country.code))) | " + cells.joined(separator: " | ") + " |\n"
            }
            out += "\n"
            for (index, threat) in comparison.threats.enumerated() {
                out += "- T\(index + 1): \(md(threat.title)) (\(md(threat.id)))\n"
            }
            out += "\n"
        }
        for (items, title, name) in [
            (comparison.strategies, words.commonStrategies, words.strategy),
            (comparison.treatyGaps, words.treatyGaps, words.instrument),
        ] {
            out += "## \(md(title))\n\n"
            guard !items.isEmpty else {
                out += "\(md(name == words.strategy ? words.noStrategy : words.noInstrument))\n\n"
                continue
            }
            out += "| \(md(name)) | \(md(words.countryCount)) |\n| --- | --- |\n"
            for item in items {
                let action = item.action.map { md($0) + ": " } ?? ""
                out += "| \(action)\(md(item.title)) (\(md(item.id))) | \(item.countries.count): "
                out += "\(item.countries.map(md).joined(separator: ", ")) |\n"
            }
            out += "\n"
        }
        out += "## \(md(words.byCountry))\n"
        for country in comparison.countries {
            out += "\n### \(md(country.name)) (\(md(country.code)))\n\n\(md(country.summary))\n"
            if let stability = country.stability { out += "\n\(md(stability))\n" }
            if !country.steps.isEmpty {
                out += "\n"
                for (index, step) in country.steps.enumerated() { out += "\(index + 1). \(md(step))\n" }
            }
        }
        return out
    }

    static let style = """
        :root { --ink: #1b2430; --muted: #5a6474; --line: #d8dee6; --soft: #f3f5f8; --accent: #1d4e7a; }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0; color: var(--ink); font: 15px/1.5 "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif; }
        main { max-width: 260mm; margin: 0 auto; padding: 28px 30px 40px; }
        .masthead { border-bottom: 3px solid var(--accent); padding-bottom: 12px; margin-bottom: 18px; }
        .eyebrow { margin: 0; color: var(--accent); font-size: 12px; font-weight: 700; letter-spacing: .09em; text-transform: uppercase; }
        h1 { margin: 6px 0 8px; font-size: 28px; }
        .meta { margin: 0; color: var(--muted); font-size: 13px; }
        .meta span + span::before { content: "·"; margin: 0 8px; color: var(--line); }
        h2 { margin: 28px 0 10px; padding-bottom: 5px; border-bottom: 1px solid var(--line); color: var(--accent); font-size: 19px; }
        h3 { margin: 18px 0 6px; font-size: 16px; }
        .note, .label { color: var(--muted); font-size: 13px; }
        .label { margin: 6px 0 2px; font-weight: 700; }
        .empty { color: var(--muted); font-style: italic; }
        .chart { overflow-x: auto; margin: 6px 0 12px; }
        .chart svg { max-width: 100%; height: auto; }
        .chart a text { text-decoration: underline; }
        table { width: 100%; border-collapse: collapse; font-size: 13.5px; }
        th, td { padding: 6px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
        th { background: var(--soft); color: var(--muted); font-size: 11.5px; text-transform: uppercase; letter-spacing: .04em; }
        .name { font-weight: 600; }
        .id { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 11.5px; color: var(--muted); }
        td.codes { width: 30%; }
        ol.plan { margin: 0; padding-left: 22px; font-size: 14px; }
        footer { margin-top: 30px; padding-top: 10px; border-top: 1px solid var(--line); color: var(--muted); font-size: 12px; }
        @page { size: A4; margin: 16mm 14mm 18mm 14mm; @bottom-right { content: counter(page) " / " counter(pages); color: #5a6474; font-size: 8.5pt; } }
        @media print {
          body { font-size: 10pt; }
          main { max-width: none; padding: 0; }
          h2, h3, .label { break-after: avoid; page-break-after: avoid; }
          .chart { overflow: visible; break-inside: avoid; }
          section.country { break-inside: avoid; }
          thead { display: table-header-group; }
          table { font-size: 9pt; }
        }
        """
}
