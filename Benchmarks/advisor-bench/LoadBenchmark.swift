import AdvisoryCore
import Foundation
import YAML

/// `advisor-bench load`: generates a rule-shaped ruleset (~10 MB by default) and compares the
/// bare libyaml event loop (the floor) with the node tree and the full ruleset load.
///
/// Options: `--mb N` (size), `--runs N` (rounds, median reported), `--folder DIR` (write the
/// ruleset there and keep it), `--only floor|tree|tree-keep|load --repeat N` (run one step N
/// times and print nothing, for a profiler; `tree-keep` keeps every tree alive).
enum LoadBenchmark {
    struct Options {
        var megabytes = 10.0
        var runs = 5
        var folder: String?
        var only: String?
        var repeats = 1

        init(_ arguments: [String]) throws {
            var iterator = arguments.makeIterator()
            while let argument = iterator.next() {
                let value = iterator.next()
                switch argument {
                case "--mb": megabytes = try Self.number(value, argument)
                case "--runs": runs = Int(try Self.number(value, argument))
                case "--repeat": repeats = Int(try Self.number(value, argument))
                case "--folder": folder = value
                case "--only": only = value
                default:
                    throw BenchmarkError(
                        "unknown option '\(argument)'; expected --mb, --runs, --folder, --only, --repeat")
                }
            }
        }

        private static func number(_ text: String?, _ option: String) throws -> Double {
            guard let text, let value = Double(text), value > 0 else {
                throw BenchmarkError("\(option) needs a positive number")
            }
            return value
        }
    }

    static func run(_ arguments: [String]) throws {
        let options = try Options(arguments)
        let folder =
            options.folder
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("advisor-bench-\(getpid())").path
        defer { if options.folder == nil { try? FileManager.default.removeItem(atPath: folder) } }
        var generator = RulesetGenerator(targetBytes: Int(options.megabytes * 1_000_000))
        let rules = try generator.write(to: folder)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/rules.yaml")))
        let file = SourceFile(path: folder + "/rules.yaml", bytes: bytes)
        if let only = options.only {
            try repeatStep(only, times: options.repeats, bytes: bytes, file: file, folder: folder)
        } else {
            try compare(runs: options.runs, rules: rules, bytes: bytes, file: file, folder: folder)
        }
    }

    /// Times every step and prints each median with its ratio to the floor.
    static func compare(runs: Int, rules: Int, bytes: [UInt8], file: SourceFile, folder: String) throws {
        guard let events = EventScanner.countEvents(bytes) else {
            throw BenchmarkError("the generated YAML does not parse")
        }
        let (ruleset, diagnostics) = RulesetLoader.load(directory: folder)
        guard let ruleset, diagnostics.isEmpty else {
            let text = DiagnosticRenderer().render(Array(diagnostics.prefix(5)))
            throw BenchmarkError("the generated ruleset has \(diagnostics.count) diagnostics:\n\(text)")
        }
        print(
            String(
                format: "load: rules.yaml %.1f MB, %d rules, %d events; median of %d rounds",
                Double(bytes.count) / 1_000_000, rules, events, runs))
        let steps = [
            Measure.Step(label: "EventScanner.countEvents (libyaml floor)") { EventScanner.countEvents(bytes) as Any },
            Measure.Step(label: "YAML.Parser.parse (node tree)") { (try? Parser.parse(file)) as Any },
            Measure.Step(label: "YAML.Parser.parse, freeing the tree too") {
                _ = try? Parser.parse(file)
                return ()
            },
            Measure.Step(label: "RulesetLoader.load (\(ruleset.files.count) files, full)") {
                RulesetLoader.load(directory: folder)
            },
        ]
        let timings = Measure.medians(runs: runs, steps)
        let floor = timings[0]
        let width = 44
        print("  \("".padding(toLength: width, withPad: " ", startingAt: 0))   wall    ratio       cpu    ratio")
        for (step, time) in zip(steps, timings) {
            print(
                "  \(step.label.padding(toLength: width, withPad: " ", startingAt: 0)) "
                    + "\(Measure.seconds(time.wall))  \(Measure.ratio(time.wall, to: floor.wall))   "
                    + "\(Measure.seconds(time.cpu))  \(Measure.ratio(time.cpu, to: floor.cpu))")
        }
    }

    /// Runs one step `times` times, for a profiler.
    static func repeatStep(_ step: String, times: Int, bytes: [UInt8], file: SourceFile, folder: String) throws {
        var kept: [Node?] = []
        for _ in 0..<times {
            switch step {
            case "floor": _ = EventScanner.countEvents(bytes)
            case "tree": _ = try? Parser.parse(file)
            case "tree-keep": kept.append(try? Parser.parse(file))
            case "load": _ = RulesetLoader.load(directory: folder)
            default: throw BenchmarkError("--only takes floor, tree, tree-keep or load")
            }
        }
        withExtendedLifetime(kept) {}
    }
}

struct BenchmarkError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
