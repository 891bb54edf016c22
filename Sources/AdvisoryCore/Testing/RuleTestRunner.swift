/// Runs rule tests against a compiled ruleset: builds each test's profile (file or inline,
/// with `given` merged over it), evaluates it, compares with `expect`, and records coverage.
public struct RuleTestRunner: Sendable {
    public let compiled: CompiledRuleset
    let evaluator: Evaluator

    public init(_ compiled: CompiledRuleset) {
        self.compiled = compiled
        self.evaluator = Evaluator(compiled)
    }

    /// Runs the tests of `files` whose name `include` accepts (all when nil). A broken file
    /// counts as one failure whatever the filter, since its tests cannot be known.
    public func run(_ files: [RuleTestFile], include: ((String) -> Bool)? = nil) -> RuleTestReport {
        var cache = ProfileCache()
        var coverage = RuleCoverage(compiled)
        var results: [RuleTestReport.FileResult] = []
        for file in files {
            var fileResult = RuleTestReport.FileResult(path: file.path, diagnostics: file.diagnostics, tests: [])
            if !file.isBroken {
                for test in file.tests where include?(test.name) ?? true {
                    fileResult.tests.append(run(test, cache: &cache, coverage: &coverage))
                }
            }
            if file.isBroken || !fileResult.tests.isEmpty || include == nil {
                results.append(fileResult)
            }
        }
        return RuleTestReport(files: results, coverage: coverage)
    }

    /// Runs one test.
    public func run(_ test: RuleTest, cache: inout ProfileCache, coverage: inout RuleCoverage) -> RuleTestResult {
        var diagnostics = test.diagnostics
        guard test.isValid, let source = test.profile else {
            return RuleTestResult(name: test.name, location: test.location, outcome: .invalid, diagnostics: diagnostics)
        }
        let base: Profile
        switch source {
        case .inline(let profile):
            base = profile
        case .file(let path, let written, let location):
            let (profile, profileDiagnostics) = cache.load(path, written: written, at: location, ruleset: compiled.ruleset)
            diagnostics += profileDiagnostics
            guard let profile else {
                return RuleTestResult(name: test.name, location: test.location, outcome: .invalid, diagnostics: diagnostics)
            }
            base = profile
        }
        let profile = test.overrides.apply(to: base)
        let evaluation = evaluator.evaluate(profile)
        var trace = TruthRecorder(nodeCount: compiled.nodeCount)
        _ = compiled.evaluateRules(compiled.vector(for: profile), tracer: &trace)
        coverage.record(trace)
        let differences = test.expect.differences(in: evaluation, ruleset: compiled.ruleset)
        return RuleTestResult(name: test.name, location: test.location,
                              outcome: differences.isEmpty ? .passed : .failed(differences), diagnostics: diagnostics)
    }
}

/// Profiles read by tests, each read once. Its warnings are attached to the first test that
/// uses it; its errors make every test using it invalid (PA602), the details shown once.
public struct ProfileCache: Sendable {
    private var loaded: [String: Profile?] = [:]

    public init() {}

    mutating func load(_ path: String, written: String, at location: SourceLocation, ruleset: Ruleset) -> (Profile?, [Diagnostic]) {
        if let cached = loaded[path] {
            guard let profile = cached else {
                return (nil, [.error(.testProfileUnreadable, "the profile '\(written)' has errors (shown for an earlier test)", at: location)])
            }
            return (profile, [])
        }
        let (profile, diagnostics) = ProfileDecoder.load(path, ruleset: ruleset)
        loaded[path] = .some(profile)
        guard profile == nil else { return (profile, diagnostics) }
        if let unreadable = diagnostics.first(where: { [.unreadableFile, .fileTooLarge].contains($0.code) }) {
            return (nil, [.error(.testProfileUnreadable, "cannot read the profile '\(written)' (\(path)): \(unreadable.message)", at: location,
                                 help: "the path is relative to the folder of this test file")])
        }
        return (nil, [.error(.testProfileUnreadable, "the profile '\(written)' has errors", at: location)] + diagnostics)
    }
}

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
