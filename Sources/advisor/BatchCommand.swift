import AdvisoryCore
import AdvisoryReports
import ArgumentParser
import Foundation

struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Evaluate many profiles: a folder of profile files, or a CSV table with a row per country.",
        discussion: """
            A CSV table has the columns code, name, year, one per indicator id and one per instrument.ID; \
            an empty cell is a missing value. Inputs are read, evaluated on every core and written a chunk \
            at a time, in input order. CSV output is one row per country (threat levels and scores, \
            strategies, treaty actions, rule counts); JSON output is the array of full reports; JSONL one \
            compact report per line. A bad row or profile is reported with its position and skipped; the \
            others are evaluated, and the exit code is then 1.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json, jsonl }

    @Argument(help: "A folder of profile files, or a .csv table.", completion: .file())
    var input: String

    @OptionGroup var rules: RulesetOption

    @Option(help: "Output format: csv, json or jsonl.")
    var format: Format = .csv

    @Option(help: "Write to this file instead of standard output.")
    var output: String?

    @OptionGroup var date: DateOption

    @Option(help: "Threads evaluating (default: the processors available).")
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let date = try self.date.resolve()
        let compiled = try Inputs.ruleset(rules.path)
        let (source, inputs) = try openSource(compiled)
        let out = try BatchOutput(path: output, inputs: inputs)
        let context = BatchContext(compiled, date: date)
        let counts: BatchRunner.Counts
        do {
            counts =
                switch format {
                case .csv: try run(source, BatchSummary(compiled), context, out)
                case .json: try run(source, BatchJSON(), context, out)
                case .jsonl: try run(source, BatchJSONLines(), context, out)
                }
        } catch let failure as ProfileTableReader.ReadFailure {
            out.discard()
            Inputs.report([failure.diagnostic])
            throw ExitCode(2)
        }
        try out.commit()
        let noun = counts.evaluated == 1 ? "profile" : "profiles"
        Terminal.write(
            "batch: \(counts.evaluated) \(noun) evaluated, \(counts.rejected) rejected\n", to: .standardError)
        if counts.rejected > 0 { throw ExitCode(1) }
    }

    private func run<Format: BatchTextFormat>(
        _ source: some BatchSource, _ format: Format, _ context: BatchContext, _ out: BatchOutput
    ) throws -> BatchRunner.Counts {
        var sink = TextBatchSink(format) { try out.write($0) }
        let runner = BatchRunner(
            context, chunkSize: format.needsReports ? 64 : 1_024, workers: jobs ?? BatchRunner.defaultWorkers)
        var progress = isatty(STDERR_FILENO) == 1 ? BatchProgress() : nil
        defer { progress?.finish() }
        return try runner.run(source, into: &sink) { event in
            switch event {
            case .diagnostics(let diagnostics):
                progress?.finish()
                Inputs.report(diagnostics)
            case .progress(let done, let fraction):
                progress?.update(done: done, fractionRead: fraction)
            }
        }
    }

    /// The inputs, and the files they come from (never written over).
    private func openSource(_ compiled: CompiledRuleset) throws -> (any BatchSource, [String]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
            throw InputError("\(input): no such file or folder")
        }
        if !isDirectory.boolValue {
            switch ProfileTableReader.open(input, ruleset: compiled.ruleset) {
            case .success(let reader):
                Inputs.report(reader.headerDiagnostics)
                let size = (try? FileManager.default.attributesOfItem(atPath: input))?[.size] as? Int
                return (TableBatchSource(reader, size: size), [input])
            case .failure(let failure):
                Inputs.report(failure.diagnostics)
                throw ExitCode(2)
            }
        }
        let paths = ((try? FileManager.default.contentsOfDirectory(atPath: input)) ?? [])
            .filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && !$0.hasPrefix(".") }
            .sorted()
            .map { input.hasSuffix("/") ? input + $0 : input + "/" + $0 }
        guard !paths.isEmpty else { throw InputError("\(input): the folder holds no .yaml or .yml profile") }
        return (FileBatchSource(paths), paths)
    }
}
