/// Fixed limits that keep hostile input from exhausting time, memory or the stack.
public struct ParserLimits: Sendable {
    /// Largest file accepted, in bytes.
    public var maxFileBytes: Int
    /// Deepest nesting of sequences and mappings.
    public var maxDepth: Int
    /// Most nodes the aliases of a document may add once expanded (the billion-laughs guard).
    public var maxExpandedNodes: Int

    public init(maxFileBytes: Int = 32 << 20, maxDepth: Int = 256, maxExpandedNodes: Int = 1_000_000) {
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxExpandedNodes = maxExpandedNodes
    }

    public static let standard = ParserLimits()
}
