/// One rule-test file (`<ruleset>/tests/**/*.yaml`): its tests, decoded strictly.
public struct RuleTestFile: Sendable {
    /// The path as displayed (the ruleset folder as given, then `tests/...`).
    public var path: String
    /// Problems with the file as a whole (it does not parse, or has no `tests:` list). When
    /// one of them is an error, the file counts as one failed test.
    public var diagnostics: [Diagnostic]
    public var tests: [RuleTest]

    public init(path: String, diagnostics: [Diagnostic], tests: [RuleTest]) {
        self.path = path
        self.diagnostics = diagnostics
        self.tests = tests
    }

    /// Whether the file itself could not be read as a list of tests.
    public var isBroken: Bool { diagnostics.hasErrors }
}

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
    public var expect: TestExpectations
    /// Problems found while decoding the test. Any error makes the test fail without running.
    public var diagnostics: [Diagnostic]

    public init(name: String, location: SourceLocation, profile: ProfileSource?, overrides: TestOverrides = TestOverrides(),
                expect: TestExpectations = TestExpectations(), diagnostics: [Diagnostic] = []) {
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
