import Foundation

/// `advisor-bench batch`: generates a ruleset of 1,000 rules over 60 indicators (about 8,000
/// leaves) and CSV tables of countries, then runs `advisor batch` on them as a user would (a
/// whole process), reporting wall time, CPU time and peak memory (the minimum of several runs),
/// and the peak memory at two table sizes (flat in the row count, or not).
///
/// Options: `--rows N` (default 10,000), `--rules N` (1,000), `--runs N` (5), `--advisor PATH`
/// (default: the `advisor` beside this binary), `--format csv|jsonl|json`, `--folder DIR` (keep
/// the generated files there).
enum BatchBenchmark {
    struct Options {
        var rows = 10_000
        var rules = 1_000
        var runs = 5
        var advisor: String?
        var format = "csv"
        var folder: String?

        init(_ arguments: [String]) throws {
            var iterator = arguments.makeIterator()
            while let argument = iterator.next() {
                let value = iterator.next()
                switch argument {
                case "--rows": rows = try Self.count(value, argument)
                case "--rules": rules = try Self.count(value, argument)
                case "--runs": runs = try Self.count(value, argument)
                case "--advisor": advisor = value
                case "--format": format = value ?? "csv"
                case "--folder": folder = value
                default:
                    throw BenchmarkError(
                        "unknown option '\(argument)'; expected --rows, --rules, --runs, --advisor, --format, --folder")
                }
            }
        }

        private static func count(_ text: String?, _ option: String) throws -> Int {
            guard let text, let value = Int(text), value > 0 else {
                throw BenchmarkError("\(option) needs a positive whole number")
            }
            return value
        }
    }

    static func run(_ arguments: [String]) throws {
        let options = try Options(arguments)
        let advisor = options.advisor ?? Subprocess.sibling("advisor")
        let folder =
            options.folder
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("advisor-bench-batch-\(getpid())").path
        defer { if options.folder == nil { try? FileManager.default.removeItem(atPath: folder) } }
        var generator = BatchWorkload(rules: options.rules)
        let rules = folder + "/rules"
        try generator.writeRuleset(to: rules)
        let small = max(1, options.rows / 5)
        let smallTable = folder + "/small.csv"
        let table = folder + "/table.csv"
        try generator.writeTable(rows: small, to: smallTable)
        try generator.writeTable(rows: options.rows, to: table)
        let arguments = ["batch", "--rules", rules, "--date", "2026-01-01", "--format", options.format, "--output"]
        print(
            "batch: \(options.rules) rules over \(generator.indicatorCount) indicators, \(options.rows) rows (\(small) for the memory comparison), --format \(options.format); minimum of \(options.runs) runs"
        )
        let whole = try Subprocess.best(of: options.runs, advisor, arguments + [folder + "/out", table])
        let smaller = try Subprocess.best(of: options.runs, advisor, arguments + [folder + "/out-small", smallTable])
        print(
            String(
                format: "  %6d rows: wall %.3f s (%.1f µs per row), cpu %.3f s, peak memory %.1f MB", options.rows,
                whole.wall, whole.wall / Double(options.rows) * 1e6, whole.cpu, whole.peakMegabytes))
        print(
            String(
                format: "  %6d rows: wall %.3f s, peak memory %.1f MB (memory ratio %.2f for %.0f× the rows)",
                small, smaller.wall, smaller.peakMegabytes, whole.peakMegabytes / smaller.peakMegabytes,
                Double(options.rows) / Double(small)))
    }
}

/// The generated workload: rules shaped like real ones (all/any/not/at_least over numbers,
/// booleans, categories and instrument statuses), and countries with a few gaps.
struct BatchWorkload {
    let ruleCount: Int
    let indicatorCount = 60
    let threatCount = 20
    let strategyCount = 60
    let instrumentCount = 30
    private var random = SeededGenerator(seed: 1_000)

    init(rules: Int) { ruleCount = rules }

    private mutating func pick(_ count: Int) -> Int { Int(random.next() % UInt64(count)) }

    /// Indicator kinds cycle: number (0…10), boolean, number, category.
    private func kind(_ index: Int) -> Int { index % 4 == 3 ? 2 : index % 4 == 1 ? 1 : 0 }

    mutating func writeRuleset(to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var text = """
            ruleset: {id: bench, title: Batch benchmark, version: 1.0.0, stale_after_years: 3, levels: {low: 0.2, medium: 0.4, high: 0.6, critical: 0.8}}
            threats:
            \((0..<threatCount).map { "  - {id: t\($0), title: Threat \($0)}" }.joined(separator: "\n"))
            priorities:
              - {id: p, title: Priority}
            strategies:
            \((0..<strategyCount).map { "  - {id: s\($0), priority: p, title: Strategy \($0), addresses: [t\($0 % threatCount)], instruments: [i\($0 % instrumentCount)]}" }.joined(separator: "\n"))
            instruments:
            \((0..<instrumentCount).map { "  - {id: i\($0), title: Instrument \($0), kind: \($0 % 5 == 0 ? "standard" : "treaty")}" }.joined(separator: "\n"))
            indicators:

            """
        for index in 0..<indicatorCount {
            switch kind(index) {
            case 0: text += "  - {id: x\(index), type: number, range: [0, 10]}\n"
            case 1: text += "  - {id: x\(index), type: boolean}\n"
            default: text += "  - {id: x\(index), type: category, values: [low, medium, high]}\n"
            }
        }
        text += "rules:\n"
        for index in 0..<ruleCount {
            let leaves = (0..<7).map { _ in leaf() }
            text += """
                  - id: R\(String(format: "%04d", index))
                    confidence: 0.\(pick(9) + 1)
                    group: g\(index % 50)
                    when:
                      all:
                        - "\(leaves[0])"
                        - any: ["\(leaves[1])", "\(leaves[2])", {not: "\(leaves[3])"}]
                        - "instrument.i\(pick(instrumentCount)) != party"
                        - at_least: {count: 2, of: ["\(leaves[4])", "\(leaves[5])", "\(leaves[6])"]}
                    then: {threats: [t\(index % threatCount)], strategies: [s\(index % strategyCount)], instruments: [i\(pick(instrumentCount))]}

                """
        }
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/ruleset.yaml"))
    }

    private mutating func leaf() -> String {
        let index = pick(indicatorCount)
        switch kind(index) {
        case 0: return "x\(index) \(["<", "<=", ">", ">="][pick(4)]) \(pick(11))"
        case 1: return "x\(index) == \(pick(2) == 0)"
        default: return "x\(index) in [\(["low", "medium", "high"][pick(3)])]"
        }
    }

    mutating func writeTable(rows: Int, to path: String) throws {
        let header =
            ["code", "name", "year"] + (0..<indicatorCount).map { "x\($0)" }
            + (0..<instrumentCount).map {
                "instrument.i\($0)"
            }
        var text = header.joined(separator: ",") + "\n"
        let statuses = ["party", "signatory", "none", ""]
        for row in 0..<rows {
            var cells = ["C\(row)", "Country \(row)", "2024"]
            for index in 0..<indicatorCount {
                guard pick(10) > 0 else {
                    cells.append("")
                    continue
                }
                switch kind(index) {
                case 0: cells.append(String(Double(pick(101)) / 10))
                case 1: cells.append(pick(2) == 0 ? "true" : "false")
                default: cells.append(["low", "medium", "high"][pick(3)])
                }
            }
            for _ in 0..<instrumentCount { cells.append(statuses[pick(4)]) }
            text += cells.joined(separator: ",") + "\n"
        }
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
}
