import AdvisoryCore
import AdvisoryData
import ArgumentParser
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Write country profiles from published data tables (World Bank downloads, long tables).",
        discussion: """
            Formats: worldbank (World Bank downloads, 'Country Name,Country Code,Indicator Name,Indicator Code,1960,...', \
            and DataBank extracts, 'Series Name,Series Code,Country Name,Country Code,2019 [YR2019],...') and long \
            ('country,indicator,year,value[,stderr][,source]'). Values are matched to indicators by their id and \
            the series codes of their import: mapping. The latest value at or before --year (default: the latest \
            year in the tables) becomes the value, the earlier ones its series. Countries are ISO 3166-1 alpha-3 \
            codes; aggregates such as WLD are skipped. One profile per country is written to the --out folder \
            (CODE.yaml); an existing profile of the country is never replaced: --update merges the imported \
            values into it and keeps everything else. See docs/data-import.md.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case worldbank, long }

    @Argument(help: "The table layout: worldbank or long.")
    var format: Format

    @Argument(help: "The tables (CSV).", completion: .file(extensions: ["csv"]))
    var files: [String]

    @Option(help: "The folder the profiles are written to (created when missing).", completion: .directory)
    var out: String

    @Option(help: "The assessment year: values after it are left out (default: the latest year in the tables).")
    var year: Int?

    @Option(help: "Only these countries, comma-separated ISO 3166-1 alpha-3 codes (any code named here is imported).")
    var countries: String?

    @Flag(help: "Merge the imported values into the country's existing profile instead of refusing to touch it.")
    var update = false

    @OptionGroup var rules: RulesetOption

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one table") }
        if let countries, codes(countries).isEmpty { throw ValidationError("--countries names no country") }
    }

    func run() throws {
        if FileManager.default.fileExists(atPath: out), !OutputWriter.isExistingFolder(out) {
            throw InputError("--out \(out) is a file; give the folder the profiles go to")
        }
        let compiled = try Inputs.ruleset(rules.path)
        let ruleset = compiled.ruleset
        let tableFormat: TableFormat = format == .worldbank ? .worldbank : .long
        var tables: [DataTable] = []
        var diagnostics: [Diagnostic] = []
        for path in files {
            let (table, found) = tableFormat.read(path)
            diagnostics += found
            if let table { tables.append(table) }
        }
        if diagnostics.hasErrors {
            Inputs.report(diagnostics)
            throw ExitCode(2)
        }
        let options = ImportOptions(year: year, countries: countries.map(codes), codes: .load())
        guard let result = Importer(ruleset: ruleset, options: options).run(tables) else {
            Inputs.report(diagnostics)
            let series = Set(tables.flatMap { $0.observations.map(\.series) }).sorted()
            throw InputError(
                "the tables hold no value for an indicator of the ruleset"
                    + (series.isEmpty
                        ? " (they hold no value at all)"
                        : "; their series (\(series.prefix(8).joined(separator: ", "))\(series.count > 8 ? ", ..." : "")) match no indicator id nor import: series code")
            )
        }
        Inputs.report(diagnostics + result.diagnostics)
        guard !result.countries.isEmpty else {
            Terminal.write(ImportSummary.skipped(result), to: .standardError)
            throw InputError("no country to import; nothing was written")
        }
        let plan = try plan(result, ruleset: ruleset)
        var writer = OutputWriter(inputs: InputFiles(files: files, folders: [ruleset.root]))
        try writer.createFolder(out)
        try writer.write(plan.filter { $0.merge?.changed ?? true }.map { .init(path: $0.path, contents: $0.text) })
        let cellsSkipped = (diagnostics + result.diagnostics).filter { $0.code == .unreadableTableCell }.count
        Terminal.write(
            ImportSummary.text(result, plan: plan, folder: out, codes: options.codes, cellsSkipped: cellsSkipped),
            to: .standardOutput)
    }

    /// The file each country goes to and its text; refuses (exit 2, nothing written) when a
    /// country's profile exists and --update is not given, or cannot be merged into.
    private func plan(_ result: ImportResult, ruleset: Ruleset) throws -> [ImportSummary.Written] {
        let existing = OutputWriter.isExistingFolder(out) ? ProfileFolder.profiles(in: out).byCode : [:]
        var plan: [ImportSummary.Written] = []
        var refusals: [String] = []
        let sources = files.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: ", ")
        for country in result.countries {
            let paths = existing[country.code] ?? []
            guard let path = paths.first else {
                let path = (out.hasSuffix("/") ? out : out + "/") + FileName.safe(country.code) + ".yaml"
                if FileManager.default.fileExists(atPath: path) {
                    refusals.append("\(path) exists and does not hold a profile of \(country.code); it is not replaced")
                    continue
                }
                let identity = Country(code: country.code, name: country.name, year: result.year)
                let text = ProfileYAML.document(
                    comments: [
                        "Imported by advisor import \(format.rawValue) from \(sources): values at or before \(result.year).",
                        "Instrument statuses are not in these tables: add them under 'instruments:'.",
                    ],
                    country: identity, values: country.values)
                plan.append(
                    .init(
                        code: country.code, name: country.name, path: path, text: text, merge: nil,
                        values: country.values.count))
                continue
            }
            guard paths.count == 1 else {
                refusals.append(
                    "\(paths.joined(separator: " and ")) all hold \(country.code); keep one profile per country")
                continue
            }
            guard update else {
                refusals.append(
                    "\(path) already holds \(country.code); give --update to merge the imported values into it")
                continue
            }
            guard case .success(let file) = SourceReader.read(path) else {
                refusals.append("\(path) cannot be read")
                continue
            }
            switch ProfileMerge.merge(file, ruleset: ruleset, imported: country.values) {
            case .success(let outcome):
                plan.append(
                    .init(
                        code: country.code, name: country.name, path: path, text: outcome.text, merge: outcome,
                        values: country.values.count))
            case .failure(let refusal):
                Inputs.report(refusal.diagnostics)
                refusals.append(refusal.message)
            }
        }
        guard refusals.isEmpty else {
            for refusal in refusals { Terminal.message("error: \(refusal)") }
            Terminal.message("error: nothing was written")
            throw ExitCode(2)
        }
        return plan
    }

    private func codes(_ list: String) -> [String] {
        list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).uppercased() }.filter { !$0.isEmpty }
    }
}
