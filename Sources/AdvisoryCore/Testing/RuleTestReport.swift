/// The results of a test run, file by file, and the coverage.
public struct RuleTestReport: Sendable {
    public struct FileResult: Sendable {
        public var path: String
        /// File-level problems; an error means the file is broken and counts as one failure.
        public var diagnostics: [Diagnostic]
        public var tests: [RuleTestResult]
        public var isBroken: Bool { diagnostics.hasErrors }
        public var failed: Int { tests.filter { !$0.passed }.count + (isBroken ? 1 : 0) }
        public var passed: Int { tests.filter(\.passed).count }
    }

    public var files: [FileResult]
    public var coverage: RuleCoverage

    public var passed: Int { files.reduce(0) { $0 + $1.passed } }
    public var failed: Int { files.reduce(0) { $0 + $1.failed } }
    /// `N passed, N failed`: the last line of `advisor test`.
    public var summaryLine: String { "\(passed) passed, \(failed) failed" }
}
