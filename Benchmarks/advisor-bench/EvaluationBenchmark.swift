import AdvisoryCore
import Foundation

/// Evaluation speed: a generated 1,000-rule ruleset against one profile.
///
/// Prints microseconds per evaluation of the whole ruleset (conditions only, and with
/// findings), and leaf evaluations per second on one core.
enum EvaluationBenchmark {
    static let ruleCount = 1_000
    static let indicatorCount = 200

    static func run() throws {
        let folder = try generate()
        let (loaded, diagnostics) = RulesetLoader.load(directory: folder)
        guard let ruleset = loaded, !diagnostics.hasErrors else {
            print(DiagnosticRenderer().render(diagnostics))
            return
        }
        let compiled = try CompiledRuleset(ruleset)
        let profile = makeProfile(ruleset)
        let vector = compiled.vector(for: profile)
        var counter = LeafCounter()
        let truths = compiled.evaluateRules(vector, tracer: &counter)
        let leavesPerEvaluation = counter.leaves
        let iterations = 2_000
        let conditions =
            median(of: 5) {
                var noTrace = NoTracer()
                var fired = 0
                for _ in 0..<iterations {
                    fired &+= compiled.evaluateRules(vector, tracer: &noTrace).count
                }
                blackHole(fired)
            } / Double(iterations)
        let lean = LeanEvaluator(compiled, date: .unixEpoch)
        let raw = compiled.rawVector(for: profile)
        var result = LeanEvaluation(for: compiled)
        let leanIterations = 5_000
        // Thread CPU time, the minimum of 7 rounds: the least disturbed by other processes.
        var leanRounds: [Double] = []
        for _ in 0..<7 {
            let start = Measure.threadCPUTime()
            for _ in 0..<leanIterations { lean.evaluate(raw, into: &result) }
            leanRounds.append(Measure.threadCPUTime() - start)
            blackHole(result.firedCount)
        }
        let leanTime = (leanRounds.min() ?? 0) / Double(leanIterations)
        let evaluator = Evaluator(compiled)
        let findingsIterations = 200
        let withFindings =
            median(of: 5) {
                for _ in 0..<findingsIterations { blackHole(evaluator.evaluate(profile, on: .unixEpoch).threats.count) }
            } / Double(findingsIterations)
        let fired = truths.filter { $0 == .true }.count
        print(
            "evaluation: \(ruleCount) rules, \(compiled.nodeCount) condition nodes, \(compiled.ruleLeafCount) leaves, \(leavesPerEvaluation) of them reached by a short-circuiting evaluator, \(fired) rules fire"
        )
        print(
            String(
                format: "  lean (LeanEvaluator):   %8.1f µs CPU per evaluation: truths, scores, levels, actions",
                leanTime * 1e6
            ))
        print(
            String(
                format: "  leaf evaluations:       %8.1f million per second on one core (every leaf, one pass)",
                Double(compiled.ruleLeafCount) / leanTime / 1e6))
        print(
            String(
                format: "  short-circuit measure:  %8.1f million per second (the leaves a recursive evaluator reaches)",
                Double(leavesPerEvaluation) / leanTime / 1e6))
        print(
            String(
                format:
                    "  recursive, traced path: %7.1f µs per evaluation of the conditions (generic tracer, NoTracer)",
                conditions * 1e6))
        print(
            String(
                format:
                    "  with findings:          %8.1f µs per evaluation (Evaluator: ids, evidence, data gaps, stale)",
                withFindings * 1e6))
    }

    /// Median wall time of `runs` runs of `body`, in seconds.
    static func median(of runs: Int, _ body: () -> Void) -> Double {
        let clock = ContinuousClock()
        var times: [Double] = []
        for _ in 0..<runs {
            let elapsed = clock.measure(body)
            times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        return times.sorted()[runs / 2]
    }

    @inline(never)
    static func blackHole(_ value: Int) {
        if value == Int.min { print("") }
    }

    /// A ruleset of 200 indicators and 1,000 rules of 2–3 levels of all/any/not/at_least.
    static func generate() throws -> String {
        var generator = SplitMix(state: 42)
        var text = """
            ruleset: {id: bench, title: Benchmark, version: 1.0.0, stale_after_years: 3}
            threats:
            \((0..<7).map { "  - {id: t\($0), title: Threat \($0)}" }.joined(separator: "\n"))
            priorities:
              - {id: p, title: Priority}
            strategies:
            \((0..<30).map { "  - {id: s\($0), priority: p, title: Strategy \($0), addresses: [t\($0 % 7)]}" }.joined(separator: "\n"))
            indicators:
            \((0..<indicatorCount).map { "  - {id: x\($0), type: number, range: [0, 10]}" }.joined(separator: "\n"))
            rules:

            """
        func leaf() -> String {
            let ops = ["<", "<=", ">", ">=", "==", "!="]
            return "x\(generator.int(indicatorCount)) \(ops[generator.int(ops.count)]) \(generator.int(11))"
        }
        for index in 0..<ruleCount {
            let a = leaf()
            let b = leaf()
            let c = leaf()
            let d = leaf()
            let e = leaf()
            let f = leaf()
            text += """
                  - id: R\(index)
                    confidence: 0.\(generator.int(9) + 1)
                    when:
                      all:
                        - \(a)
                        - any:
                            - \(b)
                            - not: \(c)
                        - at_least:
                            count: 2
                            of: ["\(d)", "\(e)", "\(f)"]
                    then: {threats: [t\(index % 7)], strategies: [s\(index % 30)]}

                """
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("advisor-bench-eval")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: folder.appendingPathComponent("ruleset.yaml"))
        return folder.path
    }

    static func makeProfile(_ ruleset: Ruleset) -> Profile {
        var generator = SplitMix(state: 7)
        var indicators: [String: IndicatorValue] = [:]
        for indicator in ruleset.indicators {
            indicators[indicator.id] = IndicatorValue(value: .number(Double(generator.int(11))))
        }
        return Profile(
            path: "bench", country: Country(code: "BEN", name: "Bench", year: 2024), indicators: indicators,
            instruments: [:], contentHash: "")
    }

    struct SplitMix {
        var state: UInt64
        mutating func int(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }
}
