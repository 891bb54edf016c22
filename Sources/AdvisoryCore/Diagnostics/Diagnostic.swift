/// One problem found in an input, with a stable code and, where known, a position.
///
/// Diagnostics are collected (a run reports every problem it finds); only what cannot go on
/// is thrown.
public struct Diagnostic: Sendable, Error, Equatable {
    public enum Severity: String, Sendable, Comparable {
        case warning, error
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
    }

    /// A secondary position or remark attached to a diagnostic.
    public struct Note: Sendable, Equatable {
        public var message: String
        public var location: SourceLocation?
        public init(_ message: String, at location: SourceLocation? = nil) {
            self.message = message
            self.location = location
        }
    }

    public var severity: Severity
    public var code: DiagnosticCode
    public var message: String
    public var location: SourceLocation?
    public var notes: [Note]
    /// A suggested fix, such as "did you mean 'organized_crime'?".
    public var help: String?

    public init(
        _ severity: Severity, _ code: DiagnosticCode, _ message: String,
        at location: SourceLocation?, notes: [Note] = [], help: String? = nil
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.notes = notes
        self.help = help
    }

    public static func error(
        _ code: DiagnosticCode, _ message: String, at location: SourceLocation?,
        notes: [Note] = [], help: String? = nil
    ) -> Diagnostic {
        Diagnostic(.error, code, message, at: location, notes: notes, help: help)
    }

    public static func warning(
        _ code: DiagnosticCode, _ message: String, at location: SourceLocation?,
        notes: [Note] = [], help: String? = nil
    ) -> Diagnostic {
        Diagnostic(.warning, code, message, at: location, notes: notes, help: help)
    }
}

extension [Diagnostic] {
    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// The number of errors.
    public var errorCount: Int { reduce(0) { $0 + ($1.severity == .error ? 1 : 0) } }

    /// Sorted by file path, line and column (ties keep the order found): the order diagnostics are printed in.
    public func sortedForDisplay() -> [Diagnostic] {
        enumerated().sorted { lhs, rhs in
            let left = lhs.element
            let right = rhs.element
            let leftKey = (
                left.location?.file.path ?? "", left.location?.mark.line ?? 0, left.location?.mark.column ?? 0
            )
            let rightKey = (
                right.location?.file.path ?? "", right.location?.mark.line ?? 0, right.location?.mark.column ?? 0
            )
            if leftKey != rightKey { return leftKey < rightKey }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}
