import AdvisoryAnalysis
import AdvisoryCore
import Foundation

/// `advisor-bench robustness`: Monte Carlo draws over a profile's standard errors.
///
/// - in process: draws per second of `RobustnessAnalysis` on the default ruleset for one
///   country (Arcadia, 7 values with a standard error), on one thread and on every core, without
///   and with the sensitivity ranking (one more evaluation per value and draw); the minimum wall
///   time of several runs;
/// - whole processes, as a user runs them: `advisor robustness PROFILE` (10,000 draws), and
///   `advisor batch FOLDER --robustness 10000` over 200 countries (the example profiles copied
///   under new codes).
///
/// Options: `--rules DIR` (default `Rules`), `--profile PATH` (default
/// `Examples/profiles/arcadia.yaml`), `--profiles DIR` (default `Examples/profiles`, copied for
/// the batch), `--draws N` (10,000), `--countries N` (200), `--runs N` (5), `--advisor PATH`.
enum RobustnessBenchmark {
    static func run(_ arguments: [String]) throws {
        var rules = "Rules"
        var profilePath = "Examples/profiles/arcadia.yaml"
        var profiles = "Examples/profiles"
        var draws = 10_000
        var countries = 200
        var runs = 5
        var advisor = Subprocess.sibling("advisor")
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            guard let value = iterator.next() else { throw BenchmarkError("\(argument) needs a value") }
            switch argument {
            case "--rules": rules = value
            case "--profile": profilePath = value
            case "--profiles": profiles = value
            case "--draws": draws = Int(value) ?? draws
            case "--countries": countries = Int(value) ?? countries
            case "--runs": runs = Int(value) ?? runs
            case "--advisor": advisor = value
            default:
                throw BenchmarkError(
                    "unknown option '\(argument)'; expected --rules, --profile, --profiles, --draws, --countries, --runs, --advisor"
                )
            }
        }
        let (loaded, diagnostics) = RulesetLoader.load(directory: rules)
        guard let loaded, !diagnostics.hasErrors else { throw BenchmarkError("the ruleset \(rules) is invalid") }
        let compiled = try CompiledRuleset(loaded)
        let (profile, profileDiagnostics) = ProfileDecoder.load(profilePath, ruleset: loaded)
        guard let profile, !profileDiagnostics.hasErrors else { throw BenchmarkError("\(profilePath) is invalid") }
        let analysis = RobustnessAnalysis(compiled, date: CalendarDate(parsing: "2026-01-01") ?? .unixEpoch)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let uncertain = UncertainValue.all(in: profile, ruleset: loaded).count
        print(
            "robustness: \(profilePath) (\(uncertain) values with a standard error) on \(rules) (\(loaded.rules.count) rules), \(draws) draws; minimum of \(runs) runs"
        )
        for (sensitivity, workers) in [(false, 1), (false, cores), (true, 1), (true, cores)] {
            let options = RobustnessAnalysis.Options(draws: draws, seed: 1, workers: workers, sensitivity: sensitivity)
            var best = Double.infinity
            for _ in 0...runs {
                let start = ContinuousClock.now
                let result = analysis.run(profile, options)
                let elapsed = ContinuousClock.now - start
                withExtendedLifetime(result) {}
                best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
            }
            let evaluations = sensitivity ? draws * (1 + uncertain) : draws
            print(
                String(
                    format: "  %@, %d thread%@: %.3f s, %.0f draws/s, %.0f evaluations/s (%.2f µs each per thread)",
                    sensitivity ? "with the sensitivity ranking" : "draws only                  ", workers,
                    workers == 1 ? " " : "s", best, Double(draws) / best, Double(evaluations) / best,
                    best * Double(workers) / Double(evaluations) * 1e6))
        }
        let single = try Subprocess.best(
            of: runs, advisor,
            ["robustness", profilePath, "--rules", rules, "--date", "2026-01-01", "--draws", "\(draws)"])
        print(
            String(
                format:
                    "  advisor robustness (whole process, %d draws, sensitivity, %d cores): wall %.3f s, cpu %.3f s",
                draws, cores, single.wall, single.cpu))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "advisor-bench-robustness-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try writeCountries(countries, from: profiles, to: folder.appendingPathComponent("profiles"))
        let batch = try Subprocess.best(
            of: max(1, runs / 2), advisor,
            [
                "batch", folder.appendingPathComponent("profiles").path, "--rules", rules, "--date", "2026-01-01",
                "--robustness", "\(draws)", "--output", folder.appendingPathComponent("out.csv").path,
            ])
        print(
            String(
                format:
                    "  advisor batch --robustness %d, %d countries (%d values with a standard error in all): wall %.2f s, cpu %.2f s, %.0f draws/s of wall",
                draws, countries, written, batch.wall, batch.cpu, Double(draws * countries) / batch.wall))
    }

    /// Copies the profiles of `source` round-robin into `countries` files with codes C0001…;
    /// returns how many values with a standard error they hold.
    static func writeCountries(_ countries: Int, from source: String, to folder: URL) throws -> Int {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let files = try FileManager.default.contentsOfDirectory(atPath: source).filter { $0.hasSuffix(".yaml") }
            .sorted()
        guard !files.isEmpty else { throw BenchmarkError("\(source) holds no .yaml profile") }
        let texts = try files.map { try String(contentsOfFile: source + "/" + $0, encoding: .utf8) }
        var uncertain = 0
        for index in 0..<countries {
            let text = texts[index % texts.count]
            let code = String(format: "C%04d", index)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
                line.hasPrefix("  code: ") ? "  code: \(code)" : String(line)
            }
            uncertain += lines.count { $0.contains("stderr:") }
            try Data(lines.joined(separator: "\n").utf8).write(to: folder.appendingPathComponent("\(code).yaml"))
        }
        return uncertain
    }
}
