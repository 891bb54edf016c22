import AdvisoryCore
import Foundation

/// The document `advisor robustness` writes: the country, the robustness section of its report
/// and the provenance, as text, JSON (`policyadvisor.robustness/v1`, docs/robustness-schema.json),
/// Markdown or one self-contained HTML page styled like the report.
public struct RobustnessDocument: Encodable, Sendable {
    public static let schemaID = "policyadvisor.robustness/v1"

    /// The formats of the document.
    public enum Format: String, Sendable, CaseIterable {
        case text, json, markdown, html
    }

    public var schema = RobustnessDocument.schemaID
    public var language: String
    public var country: Report.Country
    public var robustness: Report.Robustness
    public var provenance: Report.Provenance

    /// The document of a report with a robustness section; nil when it has none.
    public init?(_ report: Report) {
        guard let robustness = report.robustness else { return nil }
        language = report.language
        country = report.country
        self.robustness = robustness
        provenance = report.provenance
    }

    /// The document in `format`; `color` styles text for a terminal.
    public func render(_ format: Format, color: Bool = false) throws -> String {
        switch format {
        case .json: return try JSONReportRenderer.render(encodable: self)
        case .text: return text(color: color)
        case .markdown: return markdown()
        case .html: return html()
        }
    }

    private var lang: ReportLanguage { ReportLanguage(Language(rawValue: language) ?? .en) }

    private func text(color: Bool) -> String {
        let clean = { (text: String) in TerminalText.clean(text) }
        let renderer = TextReportRenderer(color: color)
        var out = [
            renderer.emphasis(
                "Robustness of the advice: \(clean(country.name)) (\(clean(country.code))), assessment year \(country.year)"
            ),
            "Ruleset \(clean(provenance.ruleset.id)) \(clean(provenance.ruleset.version)) · \(provenance.engine) · \(provenance.date)",
            "",
        ]
        out += RobustnessRenderer.text(RobustnessView(robustness.mapText(clean), ReportLanguage(.en)), renderer)
        out += [
            "", renderer.emphasis("Provenance"),
            "  ruleset: \(clean(provenance.ruleset.id)) \(clean(provenance.ruleset.version)) (\(provenance.ruleset.hash))",
            "  engine: \(provenance.engine)", "  profile: \(provenance.profileHash)", "  date: \(provenance.date)",
        ]
        return out.joined(separator: "\n") + "\n"
    }

    private func markdown() -> String {
        let e = MarkdownEscaping.escape
        let lang = self.lang
        let t = lang.strings
        let clean = { (text: String) in TerminalText.clean(text, keepingLineBreaks: true) }
        var out = "# \(e(lang.robustnessHeading + lang.colon + clean(country.name))) (\(e(clean(country.code))))\n\n"
        out += "\(e(t.assessmentYear)) \(country.year) · \(e(t.reportDateInline)) \(e(lang.date(provenance.date))) · "
        out += "\(e(clean(provenance.ruleset.title))) \(e(clean(provenance.ruleset.version)))\n\n"
        // The section's own heading is the document's title.
        let section = RobustnessRenderer.markdown(RobustnessView(robustness.mapText(clean), lang))
        out += section.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false).dropFirst(2)
            .joined(separator: "\n")
        out += "## \(e(t.provenance))\n\n| \(e(t.item)) | \(e(t.value)) |\n| --- | --- |\n"
        for (item, value) in provenanceRows(t) { out += "| \(e(item)) | \(e(value)) |\n" }
        return out
    }

    private func html() -> String {
        let e = HTMLText.escape
        let lang = self.lang
        let t = lang.strings
        let clean = { (text: String) in TerminalText.clean(text, keepingLineBreaks: true) }
        let title = lang.robustnessHeading + lang.colon + clean(country.name)
        let header = CSSText.quoted(clean(country.name) + " · " + lang.robustnessHeading)
        var out = """
            <!DOCTYPE html>
            <html lang="\(e(lang.language.rawValue))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="\(e(provenance.engine))">
            <title>\(e(title))</title>
            <style>
            \(Self.stylesheet(header: header, page: CSSText.quoted(t.page + " "), of: CSSText.quoted(" " + t.of + " ")))
            </style>
            </head>
            <body>
            <main>
            <header class="masthead">
              <p class="eyebrow">\(e(t.eyebrow))</p>
              <h1>\(e(clean(country.name)))</h1>
              <p class="meta"><span>\(e(t.countryCode)) \(e(clean(country.code)))</span><span>\(e(t.assessmentYear)) \(country.year)</span><span>\(e(t.reportDate)) \(e(lang.date(provenance.date)))</span><span>\(e(clean(provenance.ruleset.title))) \(e(clean(provenance.ruleset.version)))</span></p>
            </header>

            """
        out += RobustnessRenderer.html(RobustnessView(robustness.mapText(clean), lang))
        out += "\n<section class=\"provenance-section\">\n  <h2>\(e(t.provenance))</h2>\n  <dl class=\"provenance\">\n"
        for (item, value) in provenanceRows(t) { out += "    <dt>\(e(item))</dt><dd>\(e(value))</dd>\n" }
        out += "  </dl>\n</section>\n\n<footer>\(e(t.footer))</footer>\n</main>\n</body>\n</html>\n"
        return out
    }

    private func provenanceRows(_ t: ReportStrings) -> [(String, String)] {
        let clean = { (text: String) in TerminalText.clean(text) }
        let ruleset = provenance.ruleset
        return [
            (t.ruleset, "\(clean(ruleset.title)) (\(clean(ruleset.id))), \(t.version) \(clean(ruleset.version))"),
            (t.rulesetHash, ruleset.hash), (t.profileHash, provenance.profileHash), (t.engine, provenance.engine),
            (t.reportDate, lang.date(provenance.date)), (t.format, schema),
        ]
    }

    /// The report template's stylesheet, with its print header and page numbers filled in (CSS
    /// string literals), so that the document looks and prints like the report.
    static func stylesheet(header: String, page: String, of: String) -> String {
        let template = DefaultTemplates.html
        guard let start = template.range(of: "<style>\n"), let end = template.range(of: "</style>") else { return "" }
        return String(template[start.upperBound..<end.lowerBound]).replacingOccurrences(
            of: "{{{printHeader}}}", with: header
        )
        .replacingOccurrences(of: "{{{printPage}}}", with: page).replacingOccurrences(of: "{{{printOf}}}", with: of)
        .trimmingCharacters(in: .newlines)
    }
}
