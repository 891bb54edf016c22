import AdvisoryCore

/// The export formats of the advisory report.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, json

    /// The file extension for `--output DIR`.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .json: "json"
        }
    }

    /// Renders one report.
    public func render(_ report: Report, color: Bool = false) throws -> String {
        switch self {
        case .text: TextReportRenderer(color: color).render(report)
        case .json: try JSONReportRenderer.render(report)
        }
    }

    /// Renders several reports to one stream (stdout): JSON as an array, text one after another.
    public func render(_ reports: [Report], color: Bool = false) throws -> String {
        if reports.count == 1, let report = reports.first { return try render(report, color: color) }
        switch self {
        case .json: return try JSONReportRenderer.render(reports)
        case .text: return try reports.map { try render($0, color: color) }.joined(separator: "\n" + String(repeating: "=", count: 80) + "\n\n")
        }
    }
}
