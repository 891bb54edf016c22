import AdvisoryCore
import Foundation
import Testing
import YAML

@testable import AdvisoryData

/// The fixtures of the data tests: tables in the published layouts and a ruleset with mappings.
enum DataFixtures {
    static var root: URL {
        get throws { try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures") }
    }

    static func path(_ name: String) throws -> String { try root.appendingPathComponent(name).path }

    static func ruleset() throws -> Ruleset {
        let (ruleset, diagnostics) = RulesetLoader.load(directory: try path("ruleset"))
        #expect(!diagnostics.hasErrors)
        return try #require(ruleset)
    }

    /// The small ISO 3166-1 list of the fixtures (COL, KEN, BOL, NOR).
    static func codes() throws -> CountryCodes { CountryCodes.load(path: try path("iso_3166-1.json")) }

    static func table(_ format: TableFormat, _ name: String) throws -> DataTable {
        let (table, diagnostics) = format.read(try path(name))
        #expect(!diagnostics.hasErrors)
        return try #require(table)
    }

    /// Imports the three fixture tables.
    static func importAll(year: Int? = nil, countries: [String]? = nil) throws -> ImportResult {
        let tables = [
            try table(.worldbank, "API_WGI_DS2_en_csv_v2.csv"), try table(.worldbank, "databank-wdi.csv"),
            try table(.long, "long.csv"),
        ]
        let options = ImportOptions(year: year, countries: countries, codes: try codes())
        return try #require(Importer(ruleset: try ruleset(), options: options).run(tables))
    }

    /// A profile text decoded against the fixture ruleset; fails the test on any error.
    static func decode(_ text: String, path: String = "profile.yaml") throws -> Profile {
        let file = SourceFile(path: path, text: text)
        let context = DecodingContext(file: file)
        let profile = ProfileDecoder.decode(try Parser.parse(file), ruleset: try ruleset(), context: context)
        #expect(!context.diagnostics.hasErrors, "\(DiagnosticRenderer().render(context.diagnostics))")
        return try #require(profile)
    }
}

extension ImportResult {
    func country(_ code: String) -> ImportedCountry? { countries.first { $0.code == code } }
}

extension ImportedCountry {
    func value(_ id: String) -> IndicatorValue? { values.first { $0.id == id }?.value }
}

/// `line:column code` of each diagnostic, for compact expectations.
func positions(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.map { "\($0.location?.mark.description ?? "-") \($0.code.rawValue)" }
}

func temporaryFolder() throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("advisorydata-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
}
