import AdvisoryCore

/// `advisor batch --format html|markdown`: keeps each country's report as the chunks arrive and
/// renders the regional overview (``ComparisonRenderer``) after the last one. The overview
/// compares every country, so it holds every report; the other formats stream.
public struct ComparisonSink: BatchSink {
    public enum Format: Sendable { case html, markdown }

    private let format: Format
    private let write: (String) throws -> Void
    private var reports: [Report] = []

    public init(_ format: Format, write: @escaping (String) throws -> Void) {
        self.format = format
        self.write = write
    }

    public func item(for result: BatchResult) throws -> Report { result.report() }

    public mutating func consume(_ items: [Report]) throws { reports += items }

    public mutating func finish() throws {
        switch format {
        case .html: try write(ComparisonRenderer.html(reports))
        case .markdown: try write(ComparisonRenderer.markdown(reports))
        }
    }

    /// The reports kept so far, in input order.
    public var reportsKept: [Report] { reports }
}
