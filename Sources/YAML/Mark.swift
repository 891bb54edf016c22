/// A position in a source file: 1-based line and column (columns count Unicode code points).
public struct Mark: Hashable, Sendable, Comparable, CustomStringConvertible {
    // Stored in 32 bits (a file is at most a few tens of MiB): a smaller mark keeps every
    // node of a tree smaller.
    private var storedLine: Int32
    private var storedColumn: Int32

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    public init(line: Int, column: Int) {
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
    }

    /// The mark `count` code points to the right on the same line.
    public func advanced(by count: Int) -> Mark {
        Mark(line: line, column: column + count)
    }

    public static func < (lhs: Mark, rhs: Mark) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}
