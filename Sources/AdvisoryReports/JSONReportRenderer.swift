import Foundation

/// The report as JSON (`policyadvisor.report/v1`): sorted keys, snake_case, stable bytes.
public enum JSONReportRenderer {
    public static func render(_ report: Report) throws -> String {
        try render(encodable: report)
    }

    /// Several reports as one JSON array (batch).
    public static func render(_ reports: [Report]) throws -> String {
        try render(encodable: reports)
    }

    /// One report on one line, without spaces (JSON Lines, `batch --format jsonl`).
    public static func renderLine(_ report: Report) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
    }

    public static func render<T: Encodable>(encodable: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(encodable), as: UTF8.self) + "\n"
    }
}
