/// Runs rule tests against a compiled ruleset: builds each test's profile (file or inline,
/// with `given` merged over it), evaluates it, compares with `expect`, and records coverage.
public struct RuleTestRunner: Sendable {
    public let compiled: CompiledRuleset
    let evaluator: Evaluator
    /// The report date of tests that give none.
    public let date: CalendarDate

    /// `date` decides signature deadlines for tests without a `date:` of their own.
    public init(_ compiled: CompiledRuleset, date: CalendarDate) {
        self.compiled = compiled
        self.evaluator = Evaluator(compiled)
        self.date = date
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
            let (profile, profileDiagnostics) = cache.load(
                path, written: written, at: location, ruleset: compiled.ruleset)
            diagnostics += profileDiagnostics
            guard let profile else {
                return RuleTestResult(
                    name: test.name, location: test.location, outcome: .invalid, diagnostics: diagnostics)
            }
            base = profile
        }
        let profile = test.overrides.apply(to: base)
        let evaluation = evaluator.evaluate(profile, on: test.date ?? date)
        var trace = TruthRecorder(nodeCount: compiled.nodeCount)
        _ = compiled.evaluateRules(compiled.vector(for: profile), tracer: &trace)
        coverage.record(trace)
        let differences = test.expect.differences(in: evaluation, ruleset: compiled.ruleset)
        return RuleTestResult(
            name: test.name, location: test.location,
            outcome: differences.isEmpty ? .passed : .failed(differences), diagnostics: diagnostics)
    }
}
