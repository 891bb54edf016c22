public import AdvisoryCore
import Foundation
import YAML

/// Where the commands that take a profile find it: a YAML profile file, a CSV table (every row,
/// or one row named `TABLE.csv#CODE`). A table may be the wide profile table (`code,name,year`,
/// a column per indicator), the tidy long table (`country,indicator,year,value`) or a World Bank
/// download; the last two are read through the ruleset's `import:` mappings, as `advisor import`
/// reads them.
public enum ProfileSource {
    /// The layouts of a table given where profiles are expected.
    public enum TableLayout: Sendable, Equatable {
        case wide, long, worldbank
    }

    /// The file and the country code of an argument: `TABLE.csv#CODE` names one row. A path that
    /// exists as written, or whose part before `#` is not a `.csv` file, is taken whole.
    public static func split(_ argument: String) -> (path: String, code: String?) {
        guard !FileManager.default.fileExists(atPath: argument), let hash = argument.lastIndex(of: "#"),
            isTable(String(argument[..<hash]))
        else {
            return (argument, nil)
        }
        let code = String(argument[argument.index(after: hash)...])
        return (String(argument[..<hash]), code.isEmpty ? nil : code)
    }

    /// Whether a path names a CSV table rather than a YAML profile.
    public static func isTable(_ path: String) -> Bool {
        path.lowercased().hasSuffix(".csv")
    }

    /// The profiles an argument names (one for a YAML file or a table row), and every diagnostic.
    public static func load(_ argument: String, ruleset: Ruleset) -> ([Profile], [Diagnostic]) {
        let (path, code) = split(argument)
        guard isTable(path) else {
            let (profile, diagnostics) = ProfileDecoder.load(path, ruleset: ruleset)
            return (profile.map { [$0] } ?? [], diagnostics)
        }
        let (profiles, diagnostics) = table(path, ruleset: ruleset, country: code)
        guard let code, !diagnostics.hasErrors else { return (profiles, diagnostics) }
        let matches = profiles.filter { $0.country.code == code }
        let chosen = matches.isEmpty ? profiles.filter { $0.country.code.uppercased() == code.uppercased() } : matches
        guard chosen.count == 1 else {
            // The codes the table has, to say which rows there are.
            let codes = (chosen.isEmpty ? table(path, ruleset: ruleset).0 : profiles).map(\.country.code)
            let listed = codes.prefix(12).joined(separator: ", ") + (codes.count > 12 ? ", ..." : "")
            let origin = SourceLocation(file: SourceFile(path: path, bytes: []), mark: Mark(line: 1, column: 1))
            let message =
                chosen.isEmpty
                ? "the table has no row for country '\(code)'" + (codes.isEmpty ? "" : " (it has \(listed))")
                : "the table has \(chosen.count) rows for country '\(code)'; give each country one row"
            return ([], diagnostics + [.error(.missingKey, message, at: origin)])
        }
        return (chosen, diagnostics)
    }

    /// Every profile of a table, whatever its layout; with `country`, a long or World Bank table
    /// is read for that country only.
    public static func table(_ path: String, ruleset: Ruleset, country: String? = nil) -> ([Profile], [Diagnostic]) {
        let document: CSVDocument
        switch CSVDocument.read(path) {
        case .success(let read): document = read
        case .failure(let diagnostic): return ([], [diagnostic])
        }
        let layout = layout(of: document)
        guard layout != .wide else { return ProfileTable.load(path, ruleset: ruleset) }
        let (table, diagnostics) = (layout == .long ? TableFormat.long : .worldbank).read(document)
        guard let table, !diagnostics.hasErrors else { return ([], diagnostics) }
        let options = ImportOptions(countries: country.map { [$0.uppercased()] }, codes: .load())
        guard let result = Importer(ruleset: ruleset, options: options).run([table]) else {
            return (
                [],
                diagnostics + [
                    .error(
                        .unrecognisedTable, "the table holds no value for an indicator of the ruleset",
                        at: document.location(0, 0))
                ]
            )
        }
        var all = diagnostics + result.diagnostics
        for skipped in result.skippedCountries where country == nil {
            if let location = skipped.location {
                let name = skipped.name.map { " (\($0))" } ?? ""
                all.append(
                    .warning(.unreadableTableCell, "\(skipped.code)\(name) is skipped: \(skipped.reason)", at: location)
                )
            }
        }
        return (result.countries.map { profile($0, year: result.year, path: path) }, all)
    }

    /// The layout of a table, from its first lines.
    public static func layout(of document: CSVDocument) -> TableLayout {
        if let first = document.rows.first, LongTable.isHeader(first) { return .long }
        let head = document.rows.prefix(10)
        if head.contains(where: WorldBankTable.isHeader) || head.first?.first == "Data Source" { return .worldbank }
        return .wide
    }

    /// An imported country as a profile in memory; its hash is that of the YAML `advisor import`
    /// would write for it.
    public static func profile(_ country: ImportedCountry, year: Int, path: String) -> Profile {
        let identity = Country(code: country.code, name: country.name, year: year)
        let text = ProfileYAML.document(comments: [], country: identity, values: country.values)
        return Profile(
            path: "\(path)#\(country.code)", country: identity,
            indicators: Dictionary(country.values.map { ($0.id, $0.value) }, uniquingKeysWith: { first, _ in first }),
            instruments: [:], contentHash: SHA256.hex(Array(text.utf8)))
    }
}
