public import YAML

/// A position in a named source file.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public let file: SourceFile
    public let mark: Mark

    public init(file: SourceFile, mark: Mark) {
        self.file = file
        self.mark = mark
    }

    /// The same line, `count` code points to the right.
    public func advanced(by count: Int) -> SourceLocation {
        SourceLocation(file: file, mark: mark.advanced(by: count))
    }

    /// `path:line:column`.
    public var description: String { "\(file.path):\(mark.line):\(mark.column)" }
}
