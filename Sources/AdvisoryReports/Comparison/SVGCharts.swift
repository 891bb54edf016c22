/// The charts of the regional overview as inline SVG: drawn by the tool, with no script,
/// font or image fetched, so they print and work offline. Every text from data is escaped.
enum SVGCharts {
    /// Fill colours by severity, as in the HTML report's badges.
    static let fills = [
        "critical": "#8f1d1d", "high": "#c0461b", "medium": "#a86b0c", "low": "#2e6a88", "none": "#6b7280",
    ]
    static let empty = "#eef1f5"
    static let font = "font-family=\"Segoe UI, Helvetica Neue, Arial, Liberation Sans, DejaVu Sans, sans-serif\""

    /// Countries (rows) × threats (columns): each cell coloured by level, with the score in it and
    /// a tooltip (`<title>`) naming country, threat, level and score. Country names link to their
    /// sections.
    static func heatMap(_ comparison: RegionalComparison) -> String {
        let cellWidth = 46
        let cellHeight = 26
        let labelWidth = 190
        let headHeight = 230
        let columns = comparison.threats.count
        let rows = comparison.countries.count
        let legendHeight = 34
        let width = labelWidth + columns * cellWidth + 150
        let height = headHeight + rows * cellHeight + legendHeight + 10
        let lang = comparison.language
        var svg =
            "<svg class=\"heatmap\" role=\"img\" viewBox=\"0 0 \(width) \(height)\" "
            + "width=\"\(width)\" height=\"\(height)\" \(font) font-size=\"12\">"
        svg += "<title>\(HTMLText.escape(lang.strings.heatMap))</title>"
        for (column, threat) in comparison.threats.enumerated() {
            let x = labelWidth + column * cellWidth + cellWidth / 2
            let label = HTMLText.escape(truncated(threat.title, 42))
            svg += "<g transform=\"translate(\(x),\(headHeight - 6)) rotate(-40)\"><text fill=\"#1b2430\">"
            svg += "<title>\(HTMLText.escape(threat.title))</title>\(label)</text></g>"
        }
        for (row, country) in comparison.countries.enumerated() {
            let y = headHeight + row * cellHeight
            svg += "<a href=\"#\(country.anchor)\"><text x=\"\(labelWidth - 8)\" y=\"\(y + 17)\" text-anchor=\"end\" "
            svg += "fill=\"#1d4e7a\"><title>\(HTMLText.escape(country.name))</title>"
            svg += "\(HTMLText.escape(truncated(country.name, 28)))</text></a>"
            for (column, cell) in comparison.cells[row].enumerated() {
                let x = labelWidth + column * cellWidth
                let threat = comparison.threats[column]
                let fill = cell.score == nil ? empty : fills[cell.severity] ?? fills["none", default: "#6b7280"]
                let detail =
                    cell.level.map { lang.level($0) + " " + lang.score(cell.score ?? 0) } ?? lang.strings.notRaised
                svg += "<g><title>\(HTMLText.escape("\(country.name) · \(threat.title): \(detail)"))</title>"
                svg += "<rect x=\"\(x + 1)\" y=\"\(y + 1)\" width=\"\(cellWidth - 2)\" height=\"\(cellHeight - 2)\" "
                svg += "rx=\"3\" fill=\"\(fill)\"/>"
                if let score = cell.score {
                    svg += "<text x=\"\(x + cellWidth / 2)\" y=\"\(y + 17)\" text-anchor=\"middle\" fill=\"#ffffff\" "
                    svg += "font-weight=\"700\" font-size=\"11\">\(HTMLText.escape(lang.score(score)))</text>"
                }
                svg += "</g>"
            }
        }
        // The legend: one swatch per level, and one for "not raised".
        var x = labelWidth
        let y = headHeight + rows * cellHeight + 14
        // A threat raised below the lowest level's threshold has the level "none".
        let belowLowest = comparison.cells.joined().contains { $0.score != nil && $0.severity == "none" }
        let swatches =
            (belowLowest ? [(label: lang.level("none"), fill: fills["none", default: "#6b7280"])] : [])
            + comparison.levels.map { (label: $0.label, fill: fills[$0.severity] ?? "#6b7280") }
            + [(label: lang.strings.notRaised, fill: empty)]
        for swatch in swatches {
            svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"14\" height=\"14\" rx=\"2\" fill=\"\(swatch.fill)\"/>"
            svg += "<text x=\"\(x + 19)\" y=\"\(y + 11)\" fill=\"#5a6474\">\(HTMLText.escape(swatch.label))</text>"
            x += 34 + swatch.label.count * 7
        }
        return svg + "</svg>"
    }

    /// Horizontal bars: how many of the countries each item is named for.
    static func bars(_ items: [RegionalComparison.Shared], total: Int, title: String) -> String {
        let labelWidth = 330
        let barWidth = 300
        let rowHeight = 22
        let width = labelWidth + barWidth + 60
        let height = items.count * rowHeight + 6
        var svg =
            "<svg class=\"bars\" role=\"img\" viewBox=\"0 0 \(width) \(height)\" "
            + "width=\"\(width)\" height=\"\(height)\" \(font) font-size=\"12\"><title>\(HTMLText.escape(title))</title>"
        for (index, item) in items.enumerated() {
            let y = index * rowHeight + 3
            let length = total > 0 ? max(2, barWidth * item.countries.count / total) : 2
            svg += "<g><title>\(HTMLText.escape(item.title + ": " + item.countries.joined(separator: ", ")))</title>"
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 14)\" text-anchor=\"end\" fill=\"#1b2430\">"
            svg += "\(HTMLText.escape(truncated(item.title, 52)))</text>"
            svg +=
                "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(barWidth)\" height=\"14\" rx=\"2\" fill=\"\(empty)\"/>"
            svg +=
                "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(length)\" height=\"14\" rx=\"2\" fill=\"#1d4e7a\"/>"
            svg += "<text x=\"\(labelWidth + barWidth + 8)\" y=\"\(y + 14)\" fill=\"#5a6474\">"
            svg += "\(item.countries.count)/\(total)</text></g>"
        }
        return svg + "</svg>"
    }

    /// At most `limit` characters, with an ellipsis when cut.
    static func truncated(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}

/// Text escaped for HTML and SVG content and attribute values.
enum HTMLText {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
