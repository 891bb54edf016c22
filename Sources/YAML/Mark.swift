/// A position in a source file: 1-based line and column (columns count Unicode code points).
public struct Mark: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
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
