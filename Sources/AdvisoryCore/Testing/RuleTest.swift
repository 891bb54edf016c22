/// One test: a profile (with overrides) and what the evaluation must show.
public struct RuleTest: Sendable {
    /// Where the profile comes from.
    public enum ProfileSource: Sendable {
        /// A profile file, its path resolved against the test file's folder.
        case file(path: String, written: String, location: SourceLocation)
        /// A profile written inside the test.
        case inline(Profile)
    }

    /// The test's `name`, or `test #N` when it has none (such a test is invalid).
    public var name: String
    public var location: SourceLocation
    /// nil when the test is invalid and cannot run.
    public var profile: ProfileSource?
    public var overrides: TestOverrides
    /// The report date the test evaluates on (`date:`), else the runner's.
    public var date: CalendarDate?
    public var expect: TestExpectations
    /// Problems found while decoding the test. Any error makes the test fail without running.
    public var diagnostics: [Diagnostic]

    public init(
        name: String, location: SourceLocation, profile: ProfileSource?, overrides: TestOverrides = TestOverrides(),
        expect: TestExpectations = TestExpectations(), diagnostics: [Diagnostic] = []
    ) {
        self.name = name
        self.location = location
        self.profile = profile
        self.overrides = overrides
        self.expect = expect
        self.diagnostics = diagnostics
    }

    /// Whether the test can run: it has a profile and no decoding error.
    public var isValid: Bool { profile != nil && !diagnostics.hasErrors }
}
