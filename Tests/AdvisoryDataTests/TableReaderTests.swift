import AdvisoryCore
import Testing

@testable import AdvisoryData

/// The published layouts, read cell by cell with positions.
@Suite struct TableReaderTests {
    @Test func worldBankDownload() throws {
        let (table, diagnostics) = TableFormat.worldbank.read(try DataFixtures.path("API_WGI_DS2_en_csv_v2.csv"))
        let read = try #require(table)
        #expect(read.source == "World Development Indicators")
        // 6 countries × 6 years of RL.EST, 3 × 6 of the standard error, 3 × 6 of CC.EST, less one bad cell.
        #expect(read.observations.count == 6 * 6 + 3 * 6 + 3 * 6 - 1)
        let first = try #require(read.observations.first)
        #expect(
            [first.country, first.countryName, first.series, "\(first.year)", first.value]
                == ["COL", "Colombia", "RL.EST", "2018", "-0.39"])
        // The byte-order mark is not counted; 2018 comes after 4 named columns and 58 empty years.
        #expect(first.location.mark == .init(line: 6, column: 225))
        #expect(positions(diagnostics) == ["11:248 PA702"])
        #expect(diagnostics.first?.message == "'n/a' is not a number (CC.EST, KEN, 2020); the cell is skipped")
    }

    @Test func dataBankExtract() throws {
        let (table, diagnostics) = TableFormat.worldbank.read(try DataFixtures.path("databank-wdi.csv"))
        let read = try #require(table)
        #expect(diagnostics.isEmpty)
        #expect(read.source == "World Development Indicators")
        let kenya = read.observations.filter { $0.country == "KEN" }
        #expect(kenya.map(\.year) == [2021]) // `..` is no value
        #expect(read.observations.first?.series == "VC.IHR.PSRC.P5")
        #expect(read.observations.first?.value == "25.4016553290203")
    }

    @Test func longTable() throws {
        let (table, diagnostics) = TableFormat.long.read(try DataFixtures.path("long.csv"))
        let read = try #require(table)
        #expect(diagnostics.isEmpty)
        #expect(read.observations.count == 12)
        let rol = try #require(read.observations.first { $0.series == "wgi_rule_of_law" })
        #expect(rol.stderr == 0.15)
        #expect(rol.source == "Hand-checked estimate")
        #expect(rol.location.mark == .init(line: 8, column: 26))
    }

    @Test func longTableProblems() throws {
        let folder = try temporaryFolder()
        let path = folder + "/t.csv"
        try "Country,Indicator,Year,Value,StdErr,Extra\nken,x,20x3,1,,\n,x,2023,1,,\nKEN,x,2023,,,\nKEN,x,2023,2,-1,\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let (table, diagnostics) = TableFormat.long.read(path)
        #expect(positions(diagnostics) == ["1:37 PA703", "2:7 PA702", "3:1 PA702", "5:14 PA702"])
        // The empty value is no value; the bad standard error leaves the value without one.
        #expect(table?.observations.count == 1)
        #expect(table?.observations.first?.stderr == nil)
    }

    @Test func unrecognisedLayouts() throws {
        let folder = try temporaryFolder()
        let path = folder + "/t.csv"
        try "code,name,year\nARC,Arcadia,2024\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(positions(TableFormat.long.read(path).1.filter { $0.severity == .error }) == ["1:1 PA703"])
        #expect(positions(TableFormat.worldbank.read(path).1) == ["1:1 PA703"])
    }
}
