import Foundation

/// `advisor batch --format json`: the array of full reports, written a report at a time; the
/// bytes are those of the whole array encoded at once (each report indented by two spaces).
public struct BatchJSON: BatchTextFormat {
    public init() {}

    public var needsReports: Bool { true }
    public var separator: String { ",\n" }
    public func head() -> String { "[\n" }
    public func tail(pieces: Int) -> String { "\n]\n" }

    public func piece(for result: BatchResult) throws -> String {
        let text = try JSONReportRenderer.render(result.report())
        // The renderer ends with a line break; inside the array each line is indented (an empty
        // line, inside an empty array, stays empty).
        return text.dropLast().split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
    }
}

/// `advisor batch --format jsonl`: one compact report per line (JSON Lines).
public struct BatchJSONLines: BatchTextFormat {
    public init() {}

    public var needsReports: Bool { true }
    public var separator: String { "" }
    public func head() -> String { "" }
    public func tail(pieces: Int) -> String { "" }

    public func piece(for result: BatchResult) throws -> String {
        try JSONReportRenderer.renderLine(result.report())
    }
}
