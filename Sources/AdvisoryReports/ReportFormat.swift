import AdvisoryCore

/// The export formats of the advisory report. Every format renders the one ``Report`` model
/// and carries every section of it.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, markdown, html, json, csv

    /// The file extension for `--output DIR`.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .markdown: "md"
        case .html: "html"
        case .json: "json"
        case .csv: "csv"
        }
    }

    /// Whether the format comes from a mustache template (and so takes `--template`).
    public var usesTemplate: Bool { self == .markdown || self == .html }

    /// Whether several reports can share one stream (standard output).
    public var concatenates: Bool { self != .html }

    /// How a report is rendered beyond its format.
    public struct Options: Sendable {
        /// ANSI styling (text only).
        public var color: Bool
        /// The template for markdown and html; nil for the bundled one.
        public var template: ReportTemplate?

        public init(color: Bool = false, template: ReportTemplate? = nil) {
            self.color = color
            self.template = template
        }
    }

    /// Renders one report.
    public func render(_ report: Report, options: Options = .init()) throws -> String {
        switch self {
        case .text: return TextReportRenderer(color: options.color).render(report)
        case .json: return try JSONReportRenderer.render(report)
        case .csv: return try CSVReportRenderer.render(report)
        case .markdown, .html: return try template(options).render(report)
        }
    }

    /// Renders several reports to one stream (standard output): JSON as an array, CSV with
    /// one header, text and Markdown one after another. HTML is one document per report and
    /// cannot be concatenated: it throws ``ReportRenderError/severalHTMLReports``.
    public func render(_ reports: [Report], options: Options = .init()) throws -> String {
        if reports.count == 1, let report = reports.first { return try render(report, options: options) }
        switch self {
        case .json: return try JSONReportRenderer.render(reports)
        case .csv: return try CSVReportRenderer.render(reports)
        case .text:
            return try reports.map { try render($0, options: options) }
                .joined(separator: "\n" + String(repeating: "=", count: 80) + "\n\n")
        case .markdown:
            let template = try template(options)
            return try reports.map { try template.render($0) }.joined(separator: "\n---\n\n")
        case .html: throw ReportRenderError.severalHTMLReports
        }
    }

    private func template(_ options: Options) throws -> ReportTemplate {
        if let template = options.template, template.format == self { return template }
        guard let standard = try ReportTemplate.standard(for: self) else { throw ReportRenderError.noTemplate(self) }
        return standard
    }
}

/// Reports that cannot be rendered as asked.
public enum ReportRenderError: Error, Sendable, CustomStringConvertible {
    case severalHTMLReports
    case noTemplate(ReportFormat)

    public var description: String {
        switch self {
        case .severalHTMLReports:
            "an HTML report is one document per profile: with several profiles, pass --output DIR to write one file each"
        case .noTemplate(let format): "the \(format.rawValue) format has no template"
        }
    }
}
