import AdvisoryCore
import AdvisoryReports
import ArgumentParser
import Foundation

struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Produce the advisory report for one or more country profiles.",
        discussion: """
            Formats: text (the default), markdown, html, json (policyadvisor.report/v1, schema in \
            docs/report-schema.json) and csv (a row per finding). Markdown and HTML come from mustache \
            templates; --template FILE uses an organisation's own.
            Standard output by default: several JSON reports form an array, several CSV reports share one \
            header, text and Markdown reports follow one another; HTML needs --output DIR for several profiles.
            With several profiles, --output names a folder and one file per profile is written, named by \
            country code. Files are written atomically; an input file is never overwritten. The report date \
            comes from --date, else SOURCE_DATE_EPOCH, else today (UTC).
            """
    )

    @Argument(help: "Profile files (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var profiles: [String]

    @OptionGroup var rules: RulesetOption

    @Option(help: "The report format.")
    var format: ReportFormat = .text

    @Option(
        help:
            "Write to this file (one profile) or folder (several profiles, or an existing folder) instead of standard output."
    )
    var output: String?

    @Option(
        help: "A mustache template for the markdown or html report, instead of the bundled one.",
        completion: .file(extensions: ["mustache", "html", "md"]))
    var template: String?

    @Option(help: "The report date (YYYY-MM-DD).")
    var date: String?

    @Option(help: "Colour in text reports; auto: on a terminal, unless NO_COLOR is set.")
    var color: ColorChoice = .auto

    func validate() throws {
        guard !profiles.isEmpty else { throw ValidationError("give at least one profile file") }
        if template != nil, !format.usesTemplate {
            throw ValidationError("--template applies to the markdown and html formats, not \(format.rawValue)")
        }
        if !format.concatenates, profiles.count > 1, output == nil {
            throw ValidationError("\(ReportRenderError.severalHTMLReports)")
        }
    }

    func run() throws {
        // The template is checked first, so that a bad one stops the run before anything is written.
        let template = try loadTemplate()
        let date = try ReportDate.resolve(self.date)
        let compiled = try Inputs.ruleset(rules.path)
        let loaded = try Inputs.profiles(profiles, ruleset: compiled.ruleset)
        let evaluator = Evaluator(compiled)
        let builder = ReportBuilder(compiled)
        let reports = loaded.map { builder.build(evaluator.evaluate($0), date: date) }
        guard let output else {
            let options = ReportFormat.Options(
                color: format == .text && color.enabled(for: .standardOutput), template: template)
            Terminal.write(try render { try format.render(reports, options: options) }, to: .standardOutput)
            return
        }
        let options = ReportFormat.Options(color: format == .text && color == .always, template: template)
        var writer = OutputWriter(inputs: inputFiles(compiled.ruleset))
        // Every report is rendered before a folder is created or a file written.
        if reports.count == 1, let report = reports.first, !OutputWriter.isFolder(output) {
            let contents = try render { try format.render(report, options: options) }
            try writer.write([.init(path: output, contents: contents)])
            return
        }
        var seen: Set<String> = []
        for report in reports where !seen.insert(FileName.safe(report.country.code)).inserted {
            throw InputError(
                "two profiles share the country code '\(report.country.code)'; each needs its own file in \(output)")
        }
        let folder = output.count > 1 && output.hasSuffix("/") ? String(output.dropLast()) : output
        let files: [OutputWriter.File] = try reports.map { report in
            .init(
                path: folder + "/" + FileName.safe(report.country.code) + "." + format.fileExtension,
                contents: try render { try format.render(report, options: options) })
        }
        try writer.createFolder(folder)
        try writer.write(files)
    }

    /// The `--template` file parsed for the format; nil for the bundled template.
    private func loadTemplate() throws -> ReportTemplate? {
        guard let template else { return nil }
        do {
            return try ReportTemplate.load(path: template, format: format)
        } catch {
            Terminal.write("\(error)\n", to: .standardError)
            throw ExitCode(2)
        }
    }

    /// Every file the run read (and every file of the ruleset folder): none of them may be written.
    private func inputFiles(_ ruleset: Ruleset) -> InputFiles {
        InputFiles(files: profiles + (template.map { [$0] } ?? []), folders: [ruleset.root])
    }

    private func render(_ body: () throws -> String) throws -> String {
        do {
            return try body()
        } catch let error as TemplateError {
            // A template over its limits (PA904, PA905) prints as a diagnostic of its own.
            Terminal.write("\(error)\n", to: .standardError)
            throw ExitCode(2)
        } catch {
            Terminal.message("error: cannot render the report: \(error)")
            throw ExitCode(2)
        }
    }
}

extension ReportFormat: ExpressibleByArgument {}

/// When text reports are coloured.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    func enabled(for stream: Terminal.Stream) -> Bool {
        switch self {
        case .auto: Terminal.useColor(for: stream)
        case .always: true
        case .never: false
        }
    }
}

/// File names derived from user data.
enum FileName {
    /// Keeps letters, digits, '-' and '_'; anything else becomes '_'.
    static func safe(_ text: String) -> String {
        let cleaned = String(
            text.unicodeScalars.map { scalar in
                (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                    || scalar == "-" || scalar == "_")
                    ? Character(scalar) : "_"
            })
        return cleaned.isEmpty ? "_" : cleaned
    }
}
