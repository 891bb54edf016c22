import AdvisoryCore
import AdvisoryData
import AdvisoryReports
import ArgumentParser
import Foundation

struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Produce the advisory report for one or more country profiles.",
        discussion: """
            Formats: text (the default), markdown, html, json (policyadvisor.report/v2, schema in \
            docs/report-schema.json), csv (a row per finding), docx (a Word document) and pdf (the HTML \
            report printed to A4 by headless Chromium, which must be installed). Markdown and HTML come \
            from mustache templates; --template FILE uses an organisation's own. docx and pdf need --output.
            --lang fr or es writes markdown, html, docx and pdf reports in French or Spanish, with the \
            ruleset's translated catalog titles (json and csv carry the titles and summary translated; \
            text is English only); a title without a translation stays English and is listed in a warning.
            Standard output by default: several JSON reports form an array, several CSV reports share one \
            header, text and Markdown reports follow one another; HTML needs --output DIR for several profiles.
            With several profiles, --output names a folder and one file per profile is written, named by \
            country code. A CSV table gives a profile per country, TABLE.csv#CODE one country's (see \
            docs/data-import.md). Files are written atomically; an input file is never overwritten. The report date \
            comes from --date, else SOURCE_DATE_EPOCH, else today (UTC).
            --robustness N adds a section on how the findings hold up under the data's standard errors \
            (N Monte Carlo draws; --seed and --jobs as for advisor robustness), in every format (json: \
            "robustness").
            """
    )

    @Argument(
        help: "Profile files (YAML), CSV tables (every row), or rows of a table: TABLE.csv#CODE.",
        completion: .file(extensions: ["yaml", "yml", "csv"]))
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

    @OptionGroup var date: DateOption

    @Option(help: "The report's language: en, fr or es.")
    var lang: Language = .en

    @Option(help: "Colour in text reports; auto: on a terminal, unless NO_COLOR is set.")
    var color: ColorChoice = .auto

    @Option(
        help: ArgumentHelp(
            "Add a robustness section from this many Monte Carlo draws over the values' standard errors (see advisor robustness).",
            valueName: "draws"))
    var robustness: Int?

    @OptionGroup var drawing: DrawOptions

    func validate() throws {
        guard !profiles.isEmpty else { throw ValidationError("give at least one profile file") }
        if template != nil, !format.usesTemplate {
            throw ValidationError("--template applies to the markdown and html formats, not \(format.rawValue)")
        }
        if format.isBinary, output == nil {
            throw ValidationError("\(ReportRenderError.binary(format))")
        }
        if !format.concatenates, profiles.count > 1 || profiles.contains(where: Self.isWholeTable), output == nil {
            throw ValidationError("\(ReportRenderError.severalHTMLReports)")
        }
        try drawing.check(robustness, option: "--robustness")
        if lang != .en, format == .text {
            throw ValidationError(
                "the text format is written in English only; --lang \(lang.rawValue) applies to markdown, html, docx, pdf, json and csv"
            )
        }
    }

    func run() throws {
        // The template is checked first, so that a bad one stops the run before anything is written.
        let template = try loadTemplate()
        let printer = format == .pdf ? try ChromiumPrinter.locate() : nil
        let date = try self.date.resolve()
        let compiled = try Inputs.ruleset(rules.path)
        let loaded = try Inputs.profiles(profiles, compiled: compiled)
        let evaluator = Evaluator(compiled)
        let builder = ReportBuilder(compiled, language: lang)
        let reports = loaded.map { profile in
            var report = builder.build(evaluator.evaluate(profile, on: date))
            if let robustness {
                report.robustness = drawing.section(
                    profile, report: report, compiled: compiled, date: date, count: robustness)
            }
            return report
        }
        UntranslatedWarning.print(builder.untranslatedTitles(in: reports), language: lang)
        guard let output else {
            let options = ReportFormat.Options(
                color: format == .text && color.enabled(writingTo: nil), template: template)
            Terminal.write(try render { try format.render(reports, options: options) }, to: .standardOutput)
            return
        }
        let options = ReportFormat.Options(
            color: format == .text && color.enabled(writingTo: output), template: template)
        var writer = OutputWriter(inputs: inputFiles(compiled.ruleset))
        // Every report is rendered before a folder is created or a file written.
        if reports.count == 1, let report = reports.first, !OutputWriter.isFolder(output),
            !profiles.contains(where: Self.isWholeTable)
        {
            try writer.write([.init(path: output, data: try document(report, options, printer))])
            return
        }
        var seen: Set<String> = []
        for report in reports where !seen.insert(FileName.safe(report.country.code)).inserted {
            throw InputError(
                "two profiles share the country code '\(report.country.code)'; each needs its own file in \(output)")
        }
        let folder = output.count > 1 && output.hasSuffix("/") ? String(output.dropLast()) : output
        // A new path named like one report (`out.json`) is not made a folder behind the user's back.
        if !FileManager.default.fileExists(atPath: folder), output == folder,
            folder.lowercased().hasSuffix("." + format.fileExtension)
        {
            let table = profiles.first(where: Self.isWholeTable)
            throw InputError(
                "--output \(output) names one file, but "
                    + (table.map { "\($0) gives a report per row" }
                        ?? "there are \(reports.count) reports, one per profile")
                    + "; end it in / to write a file per country into that folder"
                    + (table == nil ? "" : ", or give \(table ?? "")#CODE for one country"))
        }
        let files: [OutputWriter.File] = try reports.map { report in
            .init(
                path: folder + "/" + FileName.safe(report.country.code) + "." + format.fileExtension,
                data: try document(report, options, printer))
        }
        try writer.createFolder(folder)
        try writer.write(files)
    }

    /// A table given without `#CODE`: every row is a profile.
    static func isWholeTable(_ argument: String) -> Bool {
        let (path, code) = ProfileSource.split(argument)
        return code == nil && ProfileSource.isTable(path)
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
        InputFiles(files: Inputs.files(profiles) + (template.map { [$0] } ?? []), folders: [ruleset.root])
    }

    /// The bytes of one report's file; a PDF is the HTML report printed by `printer`.
    private func document(_ report: Report, _ options: ReportFormat.Options, _ printer: ChromiumPrinter?) throws
        -> Data
    {
        let data = try render { try format.renderData(report, options: options) }
        guard let printer else { return data }
        return try printer.print(String(decoding: data, as: UTF8.self), name: "the report of \(report.country.name)")
    }

    private func render<T>(_ body: () throws -> T) throws -> T {
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

extension Language: ExpressibleByArgument {}

/// The warning that lists, once, the catalog titles shown in English for want of a translation.
enum UntranslatedWarning {
    static func print(_ entries: [String], language: Language) {
        guard !entries.isEmpty else { return }
        let count = entries.count
        Terminal.write(
            "warning: \(count) catalog title\(count == 1 ? " has" : "s have") no \(language.englishName) translation "
                + "and \(count == 1 ? "is" : "are") shown in English: \(entries.joined(separator: ", "))\n",
            to: .standardError)
    }
}

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

    /// Whether to colour output written to `output` (standard output when nil): `auto` colours
    /// a terminal only, so a file gets colour only with `always`.
    func enabled(writingTo output: String?) -> Bool {
        output == nil ? enabled(for: .standardOutput) : self == .always
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
