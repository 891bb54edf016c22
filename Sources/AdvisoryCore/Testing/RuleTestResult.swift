/// The outcome of one test.
public struct RuleTestResult: Sendable {
    public enum Outcome: Sendable, Equatable {
        case passed
        /// The assertions that do not hold.
        case failed([TestDifference])
        /// The test (or its profile) has errors and did not run.
        case invalid
    }

    public var name: String
    public var location: SourceLocation
    public var outcome: Outcome
    /// The test's own diagnostics and its profile's (errors explain an invalid test).
    public var diagnostics: [Diagnostic]

    public var passed: Bool { outcome == .passed }
}
