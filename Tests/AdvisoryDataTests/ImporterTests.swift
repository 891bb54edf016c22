import AdvisoryCore
import Foundation
import Testing
import YAML

@testable import AdvisoryData

/// Values mapped to indicators: every mapping path, years, aggregates, skipped cells.
@Suite struct ImporterTests {
    @Test func latestValueWithItsSeriesAndStandardError() throws {
        let result = try DataFixtures.importAll()
        #expect(result.year == 2024) // Kenya's 2024 homicide rate in the long table
        let rol = try #require(result.country("COL")?.value("wgi_rule_of_law"))
        // The id in the long table wins over the series codes of the World Bank table.
        #expect(rol.value == .number(-0.6))
        #expect(rol.stderr == 0.15)
        #expect(rol.source == "Hand-checked estimate")
        let kenya = try #require(result.country("KEN")?.value("wgi_rule_of_law"))
        #expect(kenya.value == .number(-0.39))
        #expect(kenya.year == 2023)
        #expect(kenya.stderr == 0.14)
        #expect(kenya.source == "World Bank, Worldwide Governance Indicators")
        #expect(kenya.series.map(\.year) == Array(2018...2023))
        #expect(kenya.series.map(\.value) == [-0.45, -0.44, -0.42, -0.4, -0.41, -0.39])
    }

    @Test func aNegativePublishedStandardErrorIsDroppedWithAWarning() throws {
        let text = try String(contentsOfFile: try DataFixtures.path("API_WGI_DS2_en_csv_v2.csv"), encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        let row = try #require(lines.firstIndex { $0.hasPrefix("\"Kenya\",\"KEN\",\"Rule of Law: Standard Error\"") })
        let cells = lines[row].components(separatedBy: ",")
        let last = try #require(cells.lastIndex { $0 == "\"0.14\"" })
        lines[row] = (cells[..<last] + ["\"-0.14\""] + cells[(last + 1)...]).joined(separator: ",")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("wgi-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let table = try #require(TableFormat.worldbank.read(path).0)
        let options = ImportOptions(year: nil, countries: ["KEN"], codes: try DataFixtures.codes())
        let importer = Importer(ruleset: try DataFixtures.ruleset(), options: options)
        let result = try #require(importer.run([table]))
        let kenya = try #require(result.country("KEN")?.value("wgi_rule_of_law"))
        #expect(kenya.value == .number(-0.39))
        #expect(kenya.stderr == nil)
        #expect(
            result.diagnostics.contains {
                $0.severity == .warning && $0.message.contains("found -0.14 (RL.EST, KEN, 2023)")
            })
    }

    @Test func yearLimitsTheValues() throws {
        let result = try DataFixtures.importAll(year: 2021)
        let kenya = try #require(result.country("KEN"))
        #expect(kenya.value("wgi_rule_of_law")?.value == .number(-0.4))
        #expect(kenya.value("wgi_rule_of_law")?.series.last?.year == 2021)
        // A missing year (2020 is 'n/a') leaves a gap in the series.
        #expect(kenya.value("wgi_control_of_corruption")?.series.map(\.year) == [2018, 2019, 2021])
        // Only the 2023 rows of the long table are after 2021.
        #expect(kenya.value("fragility")?.value == .category("none") || kenya.value("fragility") == nil)
        #expect(result.laterValues > 0)
    }

    @Test func scaleAndFormula() throws {
        let colombia = try #require(try DataFixtures.importAll().country("COL"))
        let internet = try #require(colombia.value("internet_users_share"))
        #expect(internet.series.map(\.value) == [0.65, 0.698, 0.73, 0.773]) // no 0.6980000000000001
        #expect(internet.source == "World Development Indicators") // no publisher: the table's database
        let displaced = try #require(colombia.value("displaced_per_1000"))
        // (2,500,000 + 4,800,000) / 51,874,024 × 1,000 and (1,800,000 + 4,900,000) / 51,516,562 × 1,000.
        #expect(displaced.value == .number(140.725539240989))
        #expect(displaced.year == 2022)
        #expect(displaced.series.map(\.value) == [130.055262616321, 140.725539240989])
        #expect(displaced.source == "UNHCR Refugee Data Finder; World Bank population")
    }

    @Test func typedValuesFromTheLongTable() throws {
        let kenya = try #require(try DataFixtures.importAll().country("KEN"))
        #expect(kenya.value("fragility")?.value == .category("none"))
        #expect(kenya.value("fragility")?.series == []) // categories have no series
        #expect(kenya.value("coastal")?.value == .bool(true))
        #expect(kenya.value("homicide_rate")?.value == .number(7))
        #expect(kenya.value("homicide_rate")?.year == 2024)
    }

    @Test func aggregatesAndUnknownCodesAreSkipped() throws {
        let result = try DataFixtures.importAll()
        #expect(result.countries.map(\.code) == ["COL", "KEN", "NOR", "XKX"])
        #expect(result.country("XKX")?.name == "Kosovo")
        #expect(
            result.skippedCountries.map { "\($0.code): \($0.reason)" } == [
                "SSF: a regional or income aggregate", "WLD: a regional or income aggregate",
            ])
        #expect(result.unmappedSeries.map(\.series) == ["NY.GDP.MKTP.CD"])
    }

    @Test func countriesNamedAreImportedWhateverTheirCode() throws {
        let result = try DataFixtures.importAll(countries: ["WLD", "ZZZ"])
        #expect(result.countries.map(\.code) == ["WLD"])
        #expect(result.skippedCountries.map(\.code) == ["ZZZ"])
    }

    @Test func badCellsAreSkippedWithTheirPosition() throws {
        let result = try DataFixtures.importAll()
        // Norway's 2018 rule of law (3.1) is outside [-2.5, 2.5]; Kenya's 'maybe' is no fragility value.
        #expect(positions(result.diagnostics.sortedForDisplay()) == ["12:223 PA702", "13:20 PA702"])
        #expect(result.country("NOR")?.value("wgi_rule_of_law")?.series.first?.year == 2019)
    }

    @Test func alternativeCodesAndConflicts() throws {
        let ruleset = try DataFixtures.ruleset()
        let file = SourceFile(path: "t.csv", text: "")
        func at(_ line: Int) -> AdvisoryCore.SourceLocation {
            AdvisoryCore.SourceLocation(file: file, mark: .init(line: line, column: 1))
        }
        let table = DataTable(
            path: "t.csv",
            observations: [
                Observation(country: "KEN", series: "GOV_WGI_RL.EST", year: 2022, value: "-0.4", location: at(1)),
                Observation(country: "KEN", series: "GOV_WGI_RL.EST", year: 2022, value: "-0.5", location: at(2)),
                Observation(country: "KEN", series: "SP.POP.TOTL", year: 2022, value: "0", location: at(3)),
                Observation(country: "KEN", series: "UNHCR.REFUGEES", year: 2022, value: "10", location: at(4)),
                Observation(country: "KEN", series: "UNHCR.IDPS", year: 2022, value: "5", location: at(5)),
            ])
        let options = ImportOptions(codes: try DataFixtures.codes())
        let result = try #require(Importer(ruleset: ruleset, options: options).run([table]))
        #expect(result.country("KEN")?.value("wgi_rule_of_law")?.value == .number(-0.4))
        #expect(result.country("KEN")?.value("displaced_per_1000") == nil) // a division by zero
        #expect(positions(result.diagnostics) == ["2:1 PA702", "4:1 PA702"])
    }

    @Test func countryCodes() throws {
        let codes = try DataFixtures.codes()
        #expect(codes.kind(of: "BOL") == .country("Bolivia"))
        #expect(codes.kind(of: "WLD") == .aggregate)
        #expect(codes.kind(of: "ARC") == .unknown)
        #expect(codes.kind(of: "XKX") == .country("Kosovo"))
        // Without the ISO list: three capitals that are not an aggregate.
        let fallback = CountryCodes.load(path: "/nonexistent/iso.json")
        #expect(fallback.names == nil)
        #expect(fallback.kind(of: "ARC") == .country(nil))
        #expect(fallback.kind(of: "SSF") == .aggregate)
        #expect(fallback.kind(of: "arc") == .unknown)
    }
}
