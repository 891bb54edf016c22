import AdvisoryAnalysis
import AdvisoryCore
import AdvisoryReports
import ArgumentParser
import Foundation

struct RobustnessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "robustness",
        abstract: "Show which findings survive the measurement error of the data, and which are fragile and why.",
        discussion: """
            Monte Carlo over the published uncertainty: each draw moves every number that has a standard \
            error (the profile's stderr, else the catalog's default) by a normal error, clipped to the \
            indicator's range; booleans, categories, instrument statuses and values without a standard error \
            stay as given. Per threat: the share of the draws at each level, stable when one level holds in \
            at least 90% of the draws, else fragile, with the values that move it, the rules that fire in \
            some draws only and the borderline values (within 1.645 standard errors of a threshold) its rules \
            hinge on; per strategy and instrument: the share of the draws recommending it or giving its \
            action; per value: how often its error alone changes a threat's level or any advice (the \
            sensitivity ranking). The same --seed and --draws give the same bytes, whatever --jobs.
            Formats: text (the default), json (policyadvisor.robustness/v1, schema in \
            docs/robustness-schema.json), markdown and html (--lang en, fr or es).
            """
    )

    @Argument(
        help: "The profile file, or a row of a CSV table: TABLE.csv#CODE.",
        completion: .file(extensions: ["yaml", "yml", "csv"]))
    var profile: String

    @OptionGroup var rules: RulesetOption

    @Option(help: "How many draws to make (1 to 10,000,000).")
    var draws: Int = 10_000

    @OptionGroup var drawing: DrawOptions

    @Option(help: "Output format: text, json, markdown or html.")
    var format: RobustnessDocument.Format = .text

    @Option(help: "Write to this file instead of standard output.")
    var output: String?

    @OptionGroup var date: DateOption

    @Option(help: "The document's language: en, fr or es (markdown and html; json carries translated titles).")
    var lang: Language = .en

    @Option(help: "Colour in text output; auto: on a terminal, unless NO_COLOR is set.")
    var color: ColorChoice = .auto

    func validate() throws {
        try drawing.check(draws, option: "--draws")
        if lang != .en, format == .text {
            throw ValidationError(
                "the text format is written in English only; --lang \(lang.rawValue) applies to markdown, html and json"
            )
        }
    }

    func run() throws {
        let date = try self.date.resolve()
        let compiled = try Inputs.ruleset(rules.path)
        let profile = try Inputs.profile(profile, compiled: compiled)
        let builder = ReportBuilder(compiled, language: lang)
        var report = builder.build(Evaluator(compiled).evaluate(profile, on: date))
        report.robustness = drawing.section(profile, report: report, compiled: compiled, date: date, count: draws)
        UntranslatedWarning.print(builder.untranslatedTitles(in: [report]), language: lang)
        guard let document = RobustnessDocument(report) else { return }
        let colored = color.enabled(writingTo: output)
        let text: String
        do {
            text = try document.render(format, color: format == .text && colored)
        } catch {
            throw InputError("cannot render the robustness document: \(error)")
        }
        if let output {
            let inputs = InputFiles(files: Inputs.files([self.profile]), folders: [compiled.ruleset.root])
            try OutputWriter(inputs: inputs).write([.init(path: output, contents: text)])
        } else {
            Terminal.write(text, to: .standardOutput)
        }
    }
}

extension RobustnessDocument.Format: ExpressibleByArgument {}

/// `--seed` and `--jobs` of a Monte Carlo run, shared by `robustness` and `evaluate`.
struct DrawOptions: ParsableArguments {
    @Option(help: "The seed of the robustness draws: the same seed gives the same numbers.")
    var seed: UInt64 = RobustnessAnalysis.defaultSeed

    @Option(help: "Threads drawing (default: the processors available); the numbers do not depend on it.")
    var jobs: Int?

    static let maximumDraws = 10_000_000

    /// Refuses a count of draws outside 1…10,000,000 and a --jobs outside 1…256.
    func check(_ count: Int?, option: String) throws {
        try Self.checkDraws(count, option: option)
        try Self.checkJobs(jobs)
    }

    /// Refuses a count of draws outside 1…10,000,000.
    static func checkDraws(_ count: Int?, option: String) throws {
        if let count, !(1...maximumDraws).contains(count) {
            throw ValidationError("\(option) must be from 1 to 10,000,000, found \(count)")
        }
    }

    /// Refuses a --jobs outside 1…``WorkSharing/maximumWorkers``.
    static func checkJobs(_ jobs: Int?) throws {
        if let jobs, !(1...WorkSharing.maximumWorkers).contains(jobs) {
            throw ValidationError("--jobs must be from 1 to \(WorkSharing.maximumWorkers), found \(jobs)")
        }
    }

    /// The robustness section of `report` (the evaluation of `profile` on `date`) from `count` draws.
    func section(_ profile: Profile, report: Report, compiled: CompiledRuleset, date: CalendarDate, count: Int)
        -> Report.Robustness
    {
        let options = RobustnessAnalysis.Options(
            draws: count, seed: seed, workers: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let result = RobustnessAnalysis(compiled, date: date).run(profile, options)
        return RobustnessSection(compiled).build(result, report: report, profile: profile)
    }
}
