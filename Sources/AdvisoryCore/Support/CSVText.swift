import CSV
import Foundation

/// CSV writing through CSV.swift (RFC 4180 quoting, LF line ends), and the cleaner of the CSV
/// sink (``cell(_:)``).
public enum CSVText {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
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

    /// A text cell from YAML or a table, safe in a spreadsheet and a terminal: a text that a
    /// spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, a tab or a
    /// carriage return) is prefixed with `'`, and control characters other than line breaks and
    /// tabs (and bidirectional overrides) become U+FFFD. Quoting is the writer's.
    public static func cell(_ text: String) -> String {
        let cleaned = TerminalText.clean(text, keepingLineBreaks: true)
        guard let first = cleaned.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else {
            return cleaned
        }
        return "'" + cleaned
    }
}
