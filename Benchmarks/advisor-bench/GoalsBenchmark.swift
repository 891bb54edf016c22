import AdvisoryCore
import AdvisoryReports
import Foundation
import LargeInputs

/// `advisor-bench goals`: every input that once took time quadratic in its size, at full size,
/// timed against a goal (release build, wall seconds, the median of `--runs` rounds). Prints one
/// line per goal and exits 1 when one is missed. The tests check the same paths for linear
/// growth at small sizes; the absolute goals live here, where the build is optimised and the
/// machine is the one measured (docs/performance.md).
///
/// Options: `--runs N` (default 3), `--only TEXT` (the goals whose name contains TEXT).
enum GoalsBenchmark {
    /// One goal: what is timed, at what size, within how many seconds.
    struct Goal {
        var name: String
        var size: String
        var seconds: Double
        /// Builds the input (untimed) and returns the operation to time.
        var prepare: (Workspace) throws -> () throws -> Any
    }

    static var goals: [Goal] { fixedGoals + stressGoals }

    private static var fixedGoals: [Goal] {
        [
            Goal(name: "load: a chain of protocol parents", size: "20,000 instruments", seconds: 0.5) { workspace in
                let folder = try workspace.folder(LargeInputs.parentChain(20_000))
                return { RulesetLoader.load(directory: folder) }
            },
            Goal(name: "load: levels checked for clashes", size: "50,000 levels", seconds: 0.5) { workspace in
                let folder = try workspace.folder(LargeInputs.manyLevels(50_000))
                return { RulesetLoader.load(directory: folder) }
            },
            Goal(name: "explain: a threat named by many rules", size: "40,000 rules", seconds: 1) { workspace in
                let (compiled, profile, evaluation) = try workspace.evaluated(LargeInputs.threatOfManyRules(40_000))
                return { Explainer(compiled).explain(.threat("t1"), profile, evaluation: evaluation) as Any }
            },
            Goal(name: "explain: an instrument of many strategies", size: "20,000 strategies", seconds: 0.2) {
                workspace in
                let (compiled, profile, evaluation) = try workspace.evaluated(
                    LargeInputs.instrumentOfManyStrategies(20_000))
                return { Explainer(compiled).explain(.instrument("i"), profile, evaluation: evaluation) as Any }
            },
            Goal(name: "evaluate: a rule naming many threats", size: "20,000 threats", seconds: 0.2) { workspace in
                let (compiled, profile, _) = try workspace.evaluated(LargeInputs.ruleNamingManyThreats(20_000))
                return { Evaluator(compiled).evaluate(profile, on: .unixEpoch) }
            },
            Goal(name: "load and compile: a large category", size: "40,000 values", seconds: 0.2) { workspace in
                let folder = try workspace.folder(LargeInputs.largeCategory(40_000).ruleset)
                return { try CompiledRuleset(try workspace.require(RulesetLoader.load(directory: folder))) }
            },
            Goal(name: "validate: an `in` list over a large category", size: "40,000 values", seconds: 0.5) {
                workspace in
                let folder = try workspace.folder(LargeInputs.largeCategory(40_000).ruleset)
                return { RulesetLoader.load(directory: folder, checks: RulesetChecks.all) }
            },
            Goal(name: "explain: a rule over a large category", size: "40,000 values", seconds: 0.1) { workspace in
                let (compiled, profile, evaluation) = try workspace.evaluated(LargeInputs.largeCategory(40_000))
                return { Explainer(compiled).explain(.rule("K"), profile, evaluation: evaluation) as Any }
            },
            Goal(name: "list: threats and priorities with their links", size: "15,000 of each", seconds: 0.1) {
                workspace in
                let listing = CatalogListing(
                    ruleset: try workspace.require(
                        RulesetLoader.load(
                            directory: try workspace.folder(
                                LargeInputs.linkedCatalogs(15_000)))))
                return { (listing.entries("threats"), listing.entries("priorities")) }
            },
            Goal(name: "Markdown report: many recommended strategies", size: "15,000 strategies", seconds: 5) {
                workspace in
                let report = try workspace.report(LargeInputs.manyRecommendedStrategies(15_000))
                return { try ReportFormat.markdown.render(report) }
            },
            Goal(name: "CSV report: many stale values", size: "10,000 values", seconds: 1.5) { workspace in
                let report = try workspace.report(LargeInputs.manyStaleValues(10_000))
                return { try ReportFormat.csv.render(report) }
            },
            Goal(name: "rule tests: inline profiles in a large file", size: "100 tests, 2 MB", seconds: 0.2) {
                workspace in
                let (rulesetText, tests) = LargeInputs.inlineTests(100, padding: 2_000_000)
                let ruleset = try workspace.require(RulesetLoader.load(directory: try workspace.folder(rulesetText)))
                let path = try workspace.file("large-tests.yaml", tests)
                return { RuleTestDecoder.load(path, ruleset: ruleset) }
            },
            Goal(name: "batch: a table with a very long line", size: "150 columns, 4 MB", seconds: 1) { workspace in
                let (rulesetText, table) = LargeInputs.longTableLine(columns: 150, nameLength: 4_000_000)
                let ruleset = try workspace.require(RulesetLoader.load(directory: try workspace.folder(rulesetText)))
                let path = try workspace.file("long.csv", table)
                return { ProfileTable.load(path, ruleset: ruleset) }
            },
            Goal(name: "SHA-256: a file at the size limit", size: "32 MiB", seconds: 0.5) { _ in
                let bytes = [UInt8](repeating: 0x61, count: 32 << 20)
                return { SHA256.hex(bytes) }
            },
        ]
    }

    private static var stressGoals: [Goal] {
        LargeInputs.AnalysisStress.allCases.map { kind in
            let count = [LargeInputs.AnalysisStress.pairs: 2_000, .atLeast: 50, .thresholds: 100][kind] ?? 1
            return Goal(name: "validate: static analysis stress (\(kind.rawValue))", size: "\(count) rules", seconds: 1)
            {
                workspace in
                let folder = try workspace.folder(LargeInputs.analysisStress(kind, count))
                return { RulesetLoader.load(directory: folder, checks: RulesetChecks.all) }
            }
        }
    }

    static func run(_ arguments: [String]) throws {
        var runs = 3
        var only: String?
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch (argument, iterator.next()) {
            case ("--runs", let value?):
                guard let number = Int(value), number > 0 else {
                    throw BenchmarkError("--runs needs a positive number")
                }
                runs = number
            case ("--only", let value?): only = value
            default: throw BenchmarkError("unknown option '\(argument)'; expected --runs N or --only TEXT")
            }
        }
        let selected = goals.filter { goal in only.map { goal.name.contains($0) } ?? true }
        let workspace = try Workspace()
        defer { workspace.remove() }
        print("goals: median wall time of \(runs) rounds, release build")
        var missed = 0
        for goal in selected {
            let operation = try goal.prepare(workspace)
            let timing = Measure.medians(runs: runs, [Measure.Step(label: goal.name) { (try? operation()) as Any }])[0]
            let met = timing.wall <= goal.seconds
            if !met { missed += 1 }
            let label = "\(goal.name) (\(goal.size))".padding(toLength: 66, withPad: " ", startingAt: 0)
            print("  \(met ? "ok    " : "MISSED") \(label) \(Measure.seconds(timing.wall))  goal \(goal.seconds) s")
        }
        print("\(selected.count - missed) of \(selected.count) goals met")
        if missed > 0 { exit(1) }
    }

    /// A temporary folder for generated inputs, and the steps every goal shares.
    final class Workspace {
        let root: String
        private var counter = 0

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("advisor-goals-\(getpid())").path
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        }

        func remove() { try? FileManager.default.removeItem(atPath: root) }

        /// A file of `text`, in a folder of its own.
        func file(_ name: String, _ text: String) throws -> String {
            counter += 1
            let folder = root + "/\(counter)"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
            return folder + "/" + name
        }

        /// A ruleset folder whose `ruleset.yaml` is `text`.
        func folder(_ text: String) throws -> String {
            (try file("ruleset.yaml", text) as NSString).deletingLastPathComponent
        }

        /// The ruleset of a load without errors.
        func require(_ loaded: (Ruleset?, [Diagnostic])) throws -> Ruleset {
            guard let ruleset = loaded.0, !loaded.1.hasErrors else {
                throw BenchmarkError("a generated ruleset does not load: \(loaded.1.prefix(3).map(\.message))")
            }
            return ruleset
        }

        /// A generated ruleset and profile, loaded, compiled and evaluated.
        func evaluated(_ input: (ruleset: String, profile: String)) throws -> (CompiledRuleset, Profile, Evaluation) {
            let compiled = try CompiledRuleset(try require(RulesetLoader.load(directory: try folder(input.ruleset))))
            let (profile, diagnostics) = ProfileDecoder.load(
                try file("profile.yaml", input.profile), ruleset: compiled.ruleset)
            guard let profile else {
                throw BenchmarkError("a generated profile does not load: \(diagnostics.prefix(3).map(\.message))")
            }
            return (compiled, profile, Evaluator(compiled).evaluate(profile, on: .unixEpoch))
        }

        /// The report of a generated ruleset and profile.
        func report(_ input: (ruleset: String, profile: String)) throws -> Report {
            let (compiled, _, evaluation) = try evaluated(input)
            return ReportBuilder(compiled).build(evaluation)
        }
    }
}
