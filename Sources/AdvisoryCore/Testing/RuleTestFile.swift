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
