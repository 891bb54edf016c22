import AdvisoryCore
import Foundation

/// The export formats of the advisory report. Every format renders the one ``Report`` model
/// and carries every section of it.
///
/// `docx` is a binary document (``renderData(_:options:)``). `pdf` is the HTML report printed
/// by a browser: the library renders the print-ready HTML, and the caller prints it (the
/// `advisor` command runs headless Chromium), since nothing in the library runs a process.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, markdown, html, json, csv, docx, pdf

    /// The file extension for `--output DIR`.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .markdown: "md"
        case .html: "html"
        case .json: "json"
        case .csv: "csv"
        case .docx: "docx"
        case .pdf: "pdf"
        }
    }

    /// The formats whose output is text of their own (every one but docx and pdf).
    public static var textFormats: [ReportFormat] { allCases.filter { !$0.isBinary } }

    /// Whether the output is bytes rather than text (and so never goes to a terminal).
    public var isBinary: Bool { self == .docx || self == .pdf }

    /// Whether the format comes from a mustache template (and so takes `--template`).
    public var usesTemplate: Bool { self == .markdown || self == .html }

    /// Whether several reports can share one stream (standard output).
    public var concatenates: Bool { self != .html && !isBinary }

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

    /// Renders one report as text. For `pdf` this is the HTML to print; `docx` has no text
    /// form and throws ``ReportRenderError/binary(_:)``.
    public func render(_ report: Report, options: Options = .init()) throws -> String {
        switch self {
        case .text: return TextReportRenderer(color: options.color).render(report)
        case .json: return try JSONReportRenderer.render(report)
        case .csv: return try CSVReportRenderer.render(report)
        case .markdown, .html: return try template(options).render(report)
        case .pdf: return try ReportFormat.html.template(options).render(report)
        case .docx: throw ReportRenderError.binary(self)
        }
    }

    /// Renders one report as the bytes of its file: UTF-8 text, or the Word document. For
    /// `pdf`, the HTML to print.
    public func renderData(_ report: Report, options: Options = .init()) throws -> Data {
        switch self {
        case .docx: try DOCXRenderer.render(report)
        default: Data(try render(report, options: options).utf8)
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
        case .html, .pdf: throw ReportRenderError.severalHTMLReports
        case .docx: throw ReportRenderError.binary(self)
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
    /// A binary format asked for as text.
    case binary(ReportFormat)

    public var description: String {
        switch self {
        case .severalHTMLReports:
            "an HTML report is one document per profile: with several profiles, pass --output DIR to write one file each"
        case .noTemplate(let format): "the \(format.rawValue) format has no template"
        case .binary(let format): "a \(format.rawValue) report is a binary document: pass --output FILE"
        }
    }
}
