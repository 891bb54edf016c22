import CSV
import Foundation

/// CSV writing through CSV.swift (RFC 4180 quoting, LF line ends).
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
}
