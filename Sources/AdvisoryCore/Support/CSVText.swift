import CSV
import Foundation

/// CSV writing through CSV.swift (RFC 4180 quoting, LF line ends).
public enum CSVText {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// One row as a CSV line (with its LF), quoted exactly as ``write(_:)`` quotes it, without
    /// a writer per row.
    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\n"
    }

    /// A field quoted when it holds a quote, a comma or a line break (quotes doubled), as
    /// CSV.swift's writer does.
    public static func field(_ value: String) -> String {
        guard
            value.contains("\"") || value.contains(",") || value.contains("\r") || value.contains("\n")
                || value.contains("\r\n")
        else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The rows as CSV text.
    public static func write(_ rows: [[String]]) throws -> String {
        let stream = OutputStream.toMemory()
        let writer = try CSVWriter(stream: stream)
        for row in rows { try writer.write(row: row) }
        writer.stream.close()
        guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else {
            throw Failure(description: "the CSV writer produced no data")
        }
        let text = String(decoding: data, as: UTF8.self)
        return text.isEmpty || text.hasSuffix("\n") ? text : text + "\n"
    }
}
