import AdvisoryAnalysis
import AdvisoryCore
import AdvisoryData
import AdvisoryReports
import ArgumentParser
import Foundation
import YAML

struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Evaluate many profiles: a folder of profile files, or a CSV table with a row per country.",
        discussion: """
            A CSV table has the columns code, name, year, one per indicator id and one per instrument.ID; \
            an empty cell is a missing value. A long table (country,indicator,year,value,...) or a World Bank \
            download is read through the ruleset's import mappings. Inputs are read, evaluated on every core \
            and written a chunk at a time, in input order. CSV output is one row per country (threat levels \
            and scores, strategies, treaty actions, rule counts); JSON output is the array of full reports; \
            JSONL one compact report per line. HTML and Markdown output is the regional overview: a heat map \
            of countries by threats, the strategies most often recommended, the most common treaty gaps, and \
            a section per country (--lang en, fr or es). A bad row or profile is reported with its position \
            and skipped; the others are evaluated, and the exit code is then 1.
            --robustness N draws each country's values N times over their standard errors (as advisor \
            robustness does, with the same --seed for every country, without the sensitivity ranking): csv \
            adds a column ID_share after each threat's level and score, the share of the draws at that level; \
            json and jsonl add the robustness section to each report; html and markdown a line per country.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json, jsonl, html, markdown }

    @Argument(help: "A folder of profile files, or a .csv table.", completion: .file())
    var input: String

    @OptionGroup var rules: RulesetOption

    @Option(help: "Output format: csv, json, jsonl, or the regional overview in html or markdown.")
    var format: Format = .csv

    @Option(help: "Write to this file instead of standard output.")
    var output: String?

    @OptionGroup var date: DateOption

    @Option(help: "Threads evaluating (default: the processors available).")
    var jobs: Int?

    @Option(help: "The language of the titles, summaries and (html, markdown) fixed words: en, fr or es.")
    var lang: Language = .en

    @Option(
        help: ArgumentHelp(
            "Draw each country's values this many times over their standard errors: csv gains ID_share columns (the share of the draws at the level as given), json, jsonl, html and markdown a robustness section per country.",
            valueName: "draws"))
    var robustness: Int?

    @Option(help: "The seed of the robustness draws (the same for every country).")
    var seed: UInt64 = RobustnessAnalysis.defaultSeed

    func validate() throws {
        try DrawOptions.checkJobs(jobs)
        try DrawOptions.checkDraws(robustness, option: "--robustness")
    }

    func run() throws {
        let date = try self.date.resolve()
        let compiled = try Inputs.ruleset(rules.path)
        let (source, inputs) = try openSource(compiled)
        let out = try BatchOutput(path: output, inputs: inputs)
        let context = BatchContext(
            compiled, date: date, language: lang,
            robustness: robustness.map { BatchContext.Robustness(draws: $0, seed: seed) })
        let counts: BatchRunner.Counts
        do {
            counts =
                switch format {
                case .csv: try run(source, BatchSummary(compiled, withShares: robustness != nil), context, out)
                case .json: try run(source, BatchJSON(), context, out)
                case .jsonl: try run(source, BatchJSONLines(), context, out)
                case .html: try run(source, ComparisonSink(.html) { try out.write($0) }, context, chunk: 64)
                case .markdown: try run(source, ComparisonSink(.markdown) { try out.write($0) }, context, chunk: 64)
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
        try run(
            source, TextBatchSink(format) { try out.write($0) }, context,
            chunk: format.needsReports || robustness != nil ? 64 : 1_024)
    }

    private func run<Sink: BatchSink>(
        _ source: some BatchSource, _ sink: Sink, _ context: BatchContext, chunk: Int
    ) throws -> BatchRunner.Counts {
        var sink = sink
        let runner = BatchRunner(context, chunkSize: chunk, workers: jobs ?? BatchRunner.defaultWorkers)
        var progress = isatty(STDERR_FILENO) == 1 ? BatchProgress() : nil
        defer { progress?.finish() }
        let counts = try runner.run(source, into: &sink) { event in
            switch event {
            case .diagnostics(let diagnostics):
                progress?.finish()
                Inputs.report(diagnostics)
            case .progress(let done, let fraction):
                progress?.update(done: done, fractionRead: fraction)
            }
        }
        if let comparison = sink as? ComparisonSink {
            UntranslatedWarning.print(context.builder.untranslatedTitles(in: comparison.reportsKept), language: lang)
        }
        return counts
    }

    /// The layout of a table, from its first lines (a wide table is then streamed, not read whole).
    static func layout(of path: String) -> ProfileSource.TableLayout {
        guard let handle = FileHandle(forReadingAtPath: path) else { return .wide }
        defer { try? handle.close() }
        var head = Array((try? handle.read(upToCount: 16_384)) ?? Data())
        if head.count == 16_384, let lastBreak = head.lastIndex(of: UInt8(ascii: "\n")) {
            head = Array(head[...lastBreak])
        }
        guard case .success(let document) = CSVDocument.parse(SourceFile(path: path, bytes: head)) else {
            return .wide
        }
        return ProfileSource.layout(of: document)
    }

    /// The inputs, and the files they come from (never written over, nor the ruleset's).
    /// The source of the batch, and its input files (walked only when `--output` needs them).
    private func openSource(_ compiled: CompiledRuleset) throws -> (any BatchSource, () -> InputFiles) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
            throw InputError("\(input): no such file or folder")
        }
        let ruleset = compiled.ruleset
        if !isDirectory.boolValue {
            let inputs = { InputFiles(files: [input], folders: [ruleset.root]) }
            if Self.layout(of: input) != .wide {
                // A long table or a World Bank download (AdvisoryData): read whole, by country.
                let (profiles, diagnostics) = ProfileSource.table(input, ruleset: ruleset)
                Inputs.report(diagnostics)
                if diagnostics.hasErrors { throw ExitCode(2) }
                return (ProfileBatchSource(profiles), inputs)
            }
            switch ProfileTableReader.open(input, ruleset: ruleset) {
            case .success(let reader):
                Inputs.report(reader.headerDiagnostics)
                let size = (try? FileManager.default.attributesOfItem(atPath: input))?[.size] as? Int
                return (TableBatchSource(reader, size: size), inputs)
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
        // The profiles are files of `input`, which the folder walk covers.
        return (FileBatchSource(paths), { InputFiles(folders: [ruleset.root, input]) })
    }
}
