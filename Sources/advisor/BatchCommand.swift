import AdvisoryCore
import AdvisoryData
import AdvisoryReports
import ArgumentParser
import Foundation

struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Evaluate many profiles: a folder of profile files, or a CSV table with a row per country.",
        discussion: """
            A CSV table has the columns code, name, year, one per indicator id and one per instrument.ID; \
            an empty cell is a missing value. CSV output is one row per country (threat levels and scores, \
            strategies, treaty actions, rule counts); JSON output is the array of full reports. HTML and \
            Markdown output is the regional overview: a heat map of countries by threats, the strategies most \
            often recommended, the most common treaty gaps, and a section per country (--lang en, fr or es).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json, html, markdown }

    @Argument(help: "A folder of profile files, or a .csv table.", completion: .file())
    var input: String

    @OptionGroup var rules: RulesetOption

    @Option(help: "Output format: csv, json, or the regional overview in html or markdown.")
    var format: Format = .csv

    @Option(help: "Write to this file instead of standard output.")
    var output: String?

    @OptionGroup var date: DateOption

    @Option(help: "The language of the titles, summaries and (html, markdown) fixed words: en, fr or es.")
    var lang: Language = .en

    func run() throws {
        let date = try self.date.resolve()
        let compiled = try Inputs.ruleset(rules.path)
        let (profiles, inputs) = try loadProfiles(compiled)
        let evaluator = Evaluator(compiled)
        let builder = ReportBuilder(compiled, language: lang)
        let reports = profiles.map { builder.build(evaluator.evaluate($0, on: date)) }
        UntranslatedWarning.print(builder.untranslatedTitles(in: reports), language: lang)
        let text =
            switch format {
            case .csv: try BatchSummary.csv(reports, ruleset: compiled.ruleset)
            case .json: try JSONReportRenderer.render(reports)
            // The regional overview (issue 17).
            case .html: ComparisonRenderer.html(reports)
            case .markdown: ComparisonRenderer.markdown(reports)
            }
        if let output {
            var inputFiles = InputFiles(files: inputs, folders: [compiled.ruleset.root])
            if OutputWriter.isExistingFolder(input) { inputFiles.addFolder(input) }
            try OutputWriter(inputs: inputFiles).write([.init(path: output, contents: text)])
        } else {
            Terminal.write(text, to: .standardOutput)
        }
    }

    /// The profiles and the input files they came from.
    private func loadProfiles(_ compiled: CompiledRuleset) throws -> ([Profile], [String]) {
        let ruleset = compiled.ruleset
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
            throw InputError("\(input): no such file or folder")
        }
        if !isDirectory.boolValue {
            // Wide profile tables, long tables and World Bank downloads (AdvisoryData, issue 16).
            let (profiles, diagnostics) = ProfileSource.table(input, ruleset: ruleset)
            let explainer = Explainer(compiled)
            Inputs.report(diagnostics + profiles.flatMap(explainer.notApplicableValueWarnings))
            if diagnostics.hasErrors { throw ExitCode(2) }
            return (profiles, [input])
        }
        let paths = ((try? FileManager.default.contentsOfDirectory(atPath: input)) ?? [])
            .filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && !$0.hasPrefix(".") }
            .sorted()
            .map { input.hasSuffix("/") ? input + $0 : input + "/" + $0 }
        guard !paths.isEmpty else { throw InputError("\(input): the folder holds no .yaml or .yml profile") }
        return (try Inputs.profiles(paths, compiled: compiled), paths)
    }
}
