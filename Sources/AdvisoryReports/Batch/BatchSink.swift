/// Where a batch's results go. Each evaluated input becomes an `Item` on a worker thread (in
/// any order); the items then reach ``consume(_:)`` on the calling thread, a chunk at a time, in
/// input order; ``finish()`` follows the last chunk.
///
/// A format that streams writes each chunk as it comes (``TextBatchSink``); one that compares
/// countries (a regional report) keeps what it needs of each item and renders in ``finish()``.
public protocol BatchSink: SendableMetatype {
    associatedtype Item: Sendable
    /// Turns one evaluated input into an item. Runs on several threads at once; must not touch
    /// shared mutable state.
    func item(for result: BatchResult) throws -> Item
    /// Takes the items of one chunk, in input order.
    mutating func consume(_ items: [Item]) throws
    /// After the last chunk.
    mutating func finish() throws
}

/// A batch output that is text: a head, a piece per evaluated input, a tail.
public protocol BatchTextFormat: Sendable {
    /// Whether pieces read full reports (the batch then builds fewer rows at a time).
    var needsReports: Bool { get }
    /// The text before the first piece.
    func head() -> String
    /// The text of one evaluated input (worker threads).
    func piece(for result: BatchResult) throws -> String
    /// Between two pieces.
    var separator: String { get }
    /// After the last piece; `pieces` is how many were written.
    func tail(pieces: Int) -> String
}

/// Writes a text format through `write` as the chunks arrive: memory holds one chunk.
public struct TextBatchSink<Format: BatchTextFormat>: BatchSink {
    public let format: Format
    private let write: (String) throws -> Void
    private var pieces = 0
    private var started = false

    public init(_ format: Format, write: @escaping (String) throws -> Void) {
        self.format = format
        self.write = write
    }

    public func item(for result: BatchResult) throws -> String { try format.piece(for: result) }

    public mutating func consume(_ items: [String]) throws {
        var text = started ? "" : format.head()
        started = true
        for item in items {
            if pieces > 0 { text += format.separator }
            text += item
            pieces += 1
        }
        if !text.isEmpty { try write(text) }
    }

    public mutating func finish() throws {
        try write((started ? "" : format.head()) + format.tail(pieces: pieces))
        started = true
    }
}
