// advisor-bench: performance benchmarks for PolicyAdvisor.
//
//   swift run -c release advisor-bench load      YAML floor vs node tree vs full ruleset load
//   swift run -c release advisor-bench evaluate  a 1,000-rule ruleset against one profile
//   swift run -c release advisor-bench goals     the once-quadratic paths at full size, against time goals
//   swift run -c release advisor-bench batch     advisor batch, 1,000 rules × 10,000 rows, whole process
//   swift run -c release advisor-bench startup   advisor evaluate of one example ÷ a trivial binary's start-up
//   swift run -c release advisor-bench robustness  Monte Carlo draws per second, one country and 200
//
// Each section is one function taking its remaining arguments; add a section (for example
// `evaluate`) by writing its function in its own file and listing it in `sections`.

import Foundation

let sections: [(name: String, summary: String, run: ([String]) throws -> Void)] = [
    (
        "load", "libyaml event loop vs YAML.Parser node tree vs RulesetLoader.load on a ~10 MB ruleset",
        LoadBenchmark.run
    ),
    (
        "evaluate", "µs per evaluation and leaf evaluations per second, 1,000 rules, one profile",
        { _ in try EvaluationBenchmark.run() }
    ),
    (
        "goals", "inputs that once took quadratic time, at full size, against time goals (exit 1 if missed)",
        GoalsBenchmark.run
    ),
    (
        "batch", "advisor batch of 1,000 rules × 10,000 rows as a whole process: wall, cpu, peak memory",
        BatchBenchmark.run
    ),
    (
        "startup", "advisor evaluate of one example ÷ the start-up of a trivial Swift binary",
        StartupBenchmark.run
    ),
    (
        "robustness", "Monte Carlo draws per second: one country in process and as advisor robustness, 200 in a batch",
        RobustnessBenchmark.run
    ),
]

let usage =
    "usage: advisor-bench <section> [options]\n\nsections:\n"
    + sections.map { "  \($0.name.padding(toLength: 11, withPad: " ", startingAt: 0)) \($0.summary)\n" }.joined()

let arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first, let section = sections.first(where: { $0.name == name }) else {
    FileHandle.standardError.write(Data(usage.utf8))
    exit(arguments.first.map { ["-h", "--help", "help"].contains($0) } == true ? 0 : 2)
}
do {
    try section.run(Array(arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data("advisor-bench \(name): \(error)\n".utf8))
    exit(1)
}
