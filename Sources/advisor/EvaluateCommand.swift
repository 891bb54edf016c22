import AdvisoryCore
import AdvisoryReports
import ArgumentParser

struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Produce the advisory report for one or more country profiles.",
        discussion: """
            With several profiles, --output names a folder and one file per profile is written, named by \
            country code. Files are written atomically; an input file is never overwritten. The report date \
            comes from --date, else SOURCE_DATE_EPOCH, else today (UTC).
            """
    )

    @Argument(help: "Profile files (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var profiles: [String]

    @OptionGroup var rules: RulesetOption

    @Option(help: "Report format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ReportFormat = .text

    @Option(help: "Write to this file (one profile) or folder (several profiles) instead of standard output.")
    var output: String?

    @Option(help: "The report date (YYYY-MM-DD).")
    var date: String?

    func validate() throws {
        guard !profiles.isEmpty else { throw ValidationError("give at least one profile file") }
    }

    func run() throws {
        let date = try ReportDate.resolve(self.date)
        let compiled = try Inputs.ruleset(rules.path)
        let loaded = try Inputs.profiles(profiles, ruleset: compiled.ruleset)
        let evaluator = Evaluator(compiled)
        let builder = ReportBuilder(compiled)
        let reports = loaded.map { builder.build(evaluator.evaluate($0), date: date) }
        guard let output else {
            Terminal.write(try format.render(reports, color: format == .text && Terminal.useColor(for: .standardOutput)),
                           to: .standardOutput)
            return
        }
        var files: [OutputWriter.File] = []
        if reports.count == 1, let report = reports.first {
            files.append(.init(path: output, contents: try format.render(report)))
        } else {
            var seen: Set<String> = []
            for report in reports where !seen.insert(report.country.code).inserted {
                throw InputError("two profiles share the country code '\(report.country.code)'; each needs its own file in \(output)")
            }
            try OutputWriter.ensureFolder(output)
            files = try reports.map { report in
                .init(path: output + "/" + FileName.safe(report.country.code) + "." + format.fileExtension,
                      contents: try format.render(report))
            }
        }
        try OutputWriter.write(files, inputs: profiles)
    }
}

extension ReportFormat: ExpressibleByArgument {}

/// File names derived from user data.
enum FileName {
    /// Keeps letters, digits, '-' and '_'; anything else becomes '_'.
    static func safe(_ text: String) -> String {
        let cleaned = String(text.unicodeScalars.map { scalar in
            (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
                ? Character(scalar) : "_"
        })
        return cleaned.isEmpty ? "_" : cleaned
    }
}
