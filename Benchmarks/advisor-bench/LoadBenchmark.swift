import AdvisoryCore
import Foundation
import YAML

/// `advisor-bench load [--mb N] [--runs N] [--repeat N]`: generates a rule-shaped ruleset
/// (~10 MB by default) and compares the bare libyaml event loop (the floor) with the node tree
/// and the full load. `--repeat N --only tree|floor|load` just runs one step N times (for a
/// profiler); `--folder DIR` writes the ruleset there and keeps it.
enum LoadBenchmark {
    static func run(_ arguments: [String]) throws {
        var megabytes = 10.0
        var runs = 5
        var only: String?
        var repeats = 0
        var keptFolder: String?
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--mb": megabytes = iterator.next().flatMap(Double.init) ?? megabytes
            case "--runs": runs = iterator.next().flatMap(Int.init) ?? runs
            case "--only": only = iterator.next()
            case "--repeat": repeats = iterator.next().flatMap(Int.init) ?? repeats
            case "--folder": keptFolder = iterator.next()
            default: throw BenchmarkError("unknown option '\(argument)' (expected --mb N, --runs N, --folder DIR, --only STEP --repeat N)")
            }
        }
        let folder = keptFolder ?? FileManager.default.temporaryDirectory.appendingPathComponent("advisor-bench-\(getpid())").path
        defer { if keptFolder == nil { try? FileManager.default.removeItem(atPath: folder) } }
        var generator = RulesetGenerator(targetBytes: Int(megabytes * 1_000_000))
        let rules = try generator.write(to: folder)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/rules.yaml")))
        let file = SourceFile(path: folder + "/rules.yaml", bytes: bytes)

        var kept: [Node?] = []
        defer { withExtendedLifetime(kept) {} }
        if let only {
            for _ in 0..<max(1, repeats) {
                switch only {
                case "floor": _ = EventScanner.countEvents(bytes)
                case "tree": _ = try? Parser.parse(file)
                case "tree-keep": kept.append(try? Parser.parse(file))
                case "load": _ = RulesetLoader.load(directory: folder)
                default: throw BenchmarkError("--only takes floor, tree or load")
                }
            }
            return
        }
        guard let events = EventScanner.countEvents(bytes) else { throw BenchmarkError("the generated YAML does not parse") }
        let (ruleset, diagnostics) = RulesetLoader.load(directory: folder)
        guard let ruleset, diagnostics.isEmpty else {
            let text = DiagnosticRenderer().render(Array(diagnostics.prefix(5)))
            throw BenchmarkError("the generated ruleset has \(diagnostics.count) diagnostics:\n\(text)")
        }
        print(String(format: "load: rules.yaml %.1f MB, %d rules, %d events; median of %d runs",
                     Double(bytes.count) / 1_000_000, rules, events, runs))

        let floor = Measure.median(runs: runs) { EventScanner.countEvents(bytes) }
        let tree = Measure.median(runs: runs) { try? Parser.parse(file) }
        let treeAndFree = Measure.median(runs: runs) { _ = try? Parser.parse(file) }
        let load = Measure.median(runs: runs) { RulesetLoader.load(directory: folder) }
        let rows = [
            ("EventScanner.countEvents (libyaml floor)", floor),
            ("YAML.Parser.parse (node tree)", tree),
            ("YAML.Parser.parse, freeing the tree too", treeAndFree),
            ("RulesetLoader.load (\(ruleset.files.count) files, full)", load),
        ]
        print("  \("".padding(toLength: 44, withPad: " ", startingAt: 0))   wall    ratio       cpu    ratio")
        for (label, time) in rows {
            print("  \(label.padding(toLength: 44, withPad: " ", startingAt: 0)) \(Measure.seconds(time.wall))  \(Measure.ratio(time.wall, to: floor.wall))"
                + "   \(Measure.seconds(time.cpu))  \(Measure.ratio(time.cpu, to: floor.cpu))")
        }
    }
}

struct BenchmarkError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
