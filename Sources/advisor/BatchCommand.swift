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
            an empty cell is a missing value. CSV output is one row per country (threat levels and scores, \
            strategies, treaty actions, rule counts); JSON output is the array of full reports.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }

    @Argument(help: "A folder of profile files, or a .csv table.", completion: .file())
    var input: String

    @OptionGroup var rules: RulesetOption

    @Option(help: "Output format: csv or json.")
    var format: Format = .csv

    @Option(help: "Write to this file instead of standard output.")
    var output: String?

    @Option(help: "The report date (YYYY-MM-DD).")
    var date: String?

    func run() throws {
        let date = try ReportDate.resolve(self.date)
        let compiled = try Inputs.ruleset(rules.path)
        let (profiles, inputs) = try loadProfiles(compiled.ruleset)
        let evaluator = Evaluator(compiled)
        let builder = ReportBuilder(compiled)
        let reports = profiles.map { builder.build(evaluator.evaluate($0), date: date) }
        let text =
            switch format {
            case .csv: try BatchSummary.csv(reports, ruleset: compiled.ruleset)
            case .json: try JSONReportRenderer.render(reports)
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
    private func loadProfiles(_ ruleset: Ruleset) throws -> ([Profile], [String]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
            throw InputError("\(input): no such file or folder")
        }
        if !isDirectory.boolValue {
            let (profiles, diagnostics) = ProfileTable.load(input, ruleset: ruleset)
            Inputs.report(diagnostics)
            if diagnostics.hasErrors { throw ExitCode(2) }
            return (profiles, [input])
        }
        let paths = ((try? FileManager.default.contentsOfDirectory(atPath: input)) ?? [])
            .filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && !$0.hasPrefix(".") }
            .sorted()
            .map { input.hasSuffix("/") ? input + $0 : input + "/" + $0 }
        guard !paths.isEmpty else { throw InputError("\(input): the folder holds no .yaml or .yml profile") }
        return (try Inputs.profiles(paths, ruleset: ruleset), paths)
    }
}
