import Foundation

/// `advisor-bench startup`: `advisor evaluate` of one example profile on the default ruleset,
/// as a whole process, against the start-up of a trivial Swift binary (compiled here with
/// `swiftc -O`, dynamically and with `-static-stdlib`), each the minimum of several runs.
///
/// Options: `--advisor PATH` (default: beside this binary), `--profile PATH` (default
/// `Examples/profiles/arcadia.yaml`), `--runs N` (default 20), `--swiftc PATH` (default: from PATH).
enum StartupBenchmark {
    static func run(_ arguments: [String]) throws {
        var advisor = Subprocess.sibling("advisor")
        var profile = "Examples/profiles/arcadia.yaml"
        var runs = 20
        var swiftc = "swiftc"
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            guard let value = iterator.next() else { throw BenchmarkError("\(argument) needs a value") }
            switch argument {
            case "--advisor": advisor = value
            case "--profile": profile = value
            case "--runs": runs = Int(value) ?? runs
            case "--swiftc": swiftc = value
            default:
                throw BenchmarkError("unknown option '\(argument)'; expected --advisor, --profile, --runs, --swiftc")
            }
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("advisor-bench-startup-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("trivial.swift").path
        try Data("if CommandLine.arguments.count > 99 { print(\"many\") }\n".utf8).write(
            to: URL(fileURLWithPath: source))
        let trivial = folder.appendingPathComponent("trivial").path
        let trivialStatic = folder.appendingPathComponent("trivial-static").path
        let compiler = try resolve(swiftc)
        _ = try Subprocess.measure(compiler, ["-O", source, "-o", trivial])
        _ = try Subprocess.measure(compiler, ["-O", "-static-stdlib", source, "-o", trivialStatic])
        let evaluate = try Subprocess.best(of: runs, advisor, ["evaluate", profile, "--date", "2026-01-01"])
        let dynamic = try Subprocess.best(of: runs, trivial, [])
        let fixed = try Subprocess.best(of: runs, trivialStatic, [])
        print("startup: minimum of \(runs) runs each, whole processes")
        for (label, value) in [
            ("advisor evaluate \(profile)", evaluate), ("trivial Swift binary", dynamic),
            ("trivial Swift binary, -static-stdlib", fixed),
        ] {
            print(
                "  " + label.padding(toLength: 52, withPad: " ", startingAt: 0)
                    + String(format: " wall %7.2f ms  cpu %7.2f ms", value.wall * 1e3, value.cpu * 1e3))
        }
        print(
            String(
                format: "  ratio evaluate ÷ trivial: wall %.1f×, cpu %.1f× (÷ static trivial: wall %.1f×, cpu %.1f×)",
                evaluate.wall / dynamic.wall, evaluate.cpu / max(dynamic.cpu, 1e-4), evaluate.wall / fixed.wall,
                evaluate.cpu / max(fixed.cpu, 1e-4)))
    }

    /// A program name found on PATH, or the path given.
    static func resolve(_ program: String) throws -> String {
        if program.contains("/") { return program }
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let candidate = "\(folder)/\(program)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw BenchmarkError("\(program) is not on PATH; pass --swiftc PATH")
    }
}
