import Foundation
import Testing
import YAML

@testable import AdvisoryCore

/// `series:` on profile values and `import:` on catalog indicators: decoded strictly, with
/// positions.
@Suite struct SeriesAndImportMappingTests {
    static let indicators = """
        indicators:
          - {id: rol, type: number, range: [-2.5, 2.5]}
          - {id: flag, type: boolean}

        """

    /// The profile's `rol` value (the entry's value starts at column 8 of line 3) and the
    /// diagnostics as `line:column code`.
    static func decode(_ value: String) throws -> (IndicatorValue?, [String]) {
        let ruleset = try TestRulesets.ruleset(body: indicators)
        let file = SourceFile(
            path: "p.yaml", text: "country: {code: ARC, name: Arcadia, year: 2024}\nindicators:\n  rol: \(value)\n")
        let context = DecodingContext(file: file)
        let profile = ProfileDecoder.decode(try Parser.parse(file), ruleset: ruleset, context: context)
        return (
            profile?.indicators["rol"],
            context.diagnostics.map { "\($0.location?.mark.description ?? "-") \($0.code.rawValue)" }
        )
    }

    @Test func theValueIsPartOfItsSeries() throws {
        let (value, diagnostics) = try Self.decode("{value: -0.5, year: 2023, series: {2021: -0.3, 2019: -0.2}}")
        #expect(diagnostics.isEmpty)
        #expect(value?.value == .number(-0.5))
        #expect(value?.series.map(\.year) == [2019, 2021, 2023])
        #expect(value?.series.map(\.value) == [-0.2, -0.3, -0.5])
    }

    @Test func aSeriesAloneGivesTheLatestPoint() throws {
        let (value, diagnostics) = try Self.decode("{series: {2020: -0.4, 2022: -0.6, 2021: ~}, source: WGI}")
        #expect(diagnostics.isEmpty)
        #expect(value?.value == .number(-0.6))
        #expect(value?.year == 2022)
        #expect(value?.source == "WGI")
        #expect(value?.series.count == 2)
    }

    @Test func aSeriesWithAYearGivesThatPoint() throws {
        let (value, _) = try Self.decode("{year: 2020, series: {2020: -0.4, 2022: -0.6}}")
        #expect(value?.value == .number(-0.4))
        let (missing, diagnostics) = try Self.decode("{year: 2019, series: {2020: -0.4}}")
        #expect(missing == nil)
        #expect(diagnostics == ["3:15 PA103"])
    }

    @Test(
        "series errors name the point",
        arguments: [
            ("{value: -0.5, year: 2023, series: {2023: -0.4}}", "3:16 PA408"),
            ("{value: 1, series: {2020: 3.5}}", "3:34 PA403"),
            ("{value: 1, series: {x: 1}}", "3:28 PA101"),
            ("{value: 1, series: [1, 2]}", "3:27 PA101"),
            ("{value: 1, series: {2020: .nan}}", "3:34 PA105"),
            ("{value: 1, series: {2020: 1, 0x7E4: 2}}", "3:37 PA005"),
        ])
    func seriesErrors(value: String, expected: String) throws {
        let (_, diagnostics) = try Self.decode(value)
        #expect(diagnostics == [expected])
    }

    @Test func seriesOnlyForNumbers() throws {
        let ruleset = try TestRulesets.ruleset(body: Self.indicators)
        let file = SourceFile(
            path: "p.yaml",
            text:
                "country: {code: ARC, name: Arcadia, year: 2024}\nindicators:\n  flag: {value: true, series: {2020: 1}}\n"
        )
        let context = DecodingContext(file: file)
        _ = ProfileDecoder.decode(try Parser.parse(file), ruleset: ruleset, context: context)
        #expect(context.diagnostics.map(\.code) == [.invalidValue])
    }

    // MARK: import mappings

    /// The indicator (on line 8, after the header) and the diagnostics as `line:column code`.
    static func catalog(_ indicator: String) throws -> (Indicator?, [String]) {
        let folder = try TestRulesets.folder(["ruleset.yaml": TestRulesets.header + "indicators:\n" + indicator])
        defer { removeTemporaryFolder(folder) }
        let (ruleset, diagnostics) = RulesetLoader.load(directory: folder)
        return (
            ruleset?.indicators.first,
            diagnostics.filter { $0.code != .unreferencedEntry }.map {
                "\($0.location?.mark.description ?? "-") \($0.code.rawValue)"
            }
        )
    }

    @Test func aSeriesCodeAlone() throws {
        let (indicator, diagnostics) = try Self.catalog("  - {id: ge, type: number, import: GE.EST}\n")
        #expect(diagnostics.isEmpty)
        #expect(indicator?.importMapping?.series == ["GE.EST"])
    }

    @Test func everyKey() throws {
        let (indicator, diagnostics) = try Self.catalog(
            """
              - id: rol
                type: number
                import:
                  series: [RL.EST, GOV_WGI_RL.EST]
                  stderr: RL.STD.ERR
                  scale: 0.01
                  publisher: World Bank
                  note: codes differ between the WDI and the WGI databases

            """)
        #expect(diagnostics.isEmpty)
        let mapping = try #require(indicator?.importMapping)
        #expect(mapping.series == ["RL.EST", "GOV_WGI_RL.EST"])
        #expect(mapping.stderr == ["RL.STD.ERR"])
        #expect(mapping.scale == 0.01)
        #expect(mapping.publisher == "World Bank")
        #expect(mapping.seriesRead == ["RL.EST", "GOV_WGI_RL.EST", "RL.STD.ERR"])
    }

    @Test func aFormulaBindsMultiplicationFirst() throws {
        let (indicator, diagnostics) = try Self.catalog(
            "  - {id: d, type: number, import: {formula: \"(UNHCR.REF + `IDP count`) / SP.POP.TOTL * 1000 - -2\"}}\n")
        #expect(diagnostics.isEmpty)
        let formula = try #require(indicator?.importMapping?.formula)
        #expect(formula.description == "(((UNHCR.REF + `IDP count`) / SP.POP.TOTL) * 1000) - -2")
        #expect(formula.seriesNames == ["UNHCR.REF", "IDP count", "SP.POP.TOTL"])
    }

    @Test(
        "mapping errors name the key or the character",
        arguments: [
            ("  - {id: d, type: number, import: {formula: \"a + * b\"}}\n", ["8:50 PA701"]),
            ("  - {id: d, type: number, import: {formula: \"(a + b\"}}\n", ["8:52 PA701"]),
            ("  - {id: d, type: number, import: {formula: a, scale: 2}}\n", ["8:55 PA104"]),
            ("  - {id: d, type: number, import: {publisher: X}}\n", ["8:35 PA103"]),
            ("  - {id: d, type: number, import: {series: X, scale: 0}}\n", ["8:54 PA104"]),
            ("  - {id: d, type: boolean, import: {series: X, scale: 2}}\n", ["8:55 PA104"]),
            ("  - {id: d, type: number, import: {serie: X}}\n", ["8:35 PA103", "8:36 PA102"]),
        ])
    func mappingErrors(indicator: String, expected: [String]) throws {
        let (_, diagnostics) = try Self.catalog(indicator)
        #expect(diagnostics.sorted() == expected.sorted())
    }

    @Test func deepFormulasAreRefused() throws {
        let deep = String(repeating: "(", count: 40) + "a" + String(repeating: ")", count: 40)
        let (_, diagnostics) = try Self.catalog("  - {id: d, type: number, import: {formula: \"\(deep)\"}}\n")
        #expect(diagnostics.map { $0.split(separator: " ").last } == ["PA701"])
        let long = Array(repeating: "a", count: 600).joined(separator: "+")
        let (_, tooLong) = try Self.catalog("  - {id: d, type: number, import: {formula: \"\(long)\"}}\n")
        #expect(tooLong.map { $0.split(separator: " ").last } == ["PA701"])
    }
}

/// The default ruleset maps every indicator whose publisher releases a table with series codes
/// (the WGI and WDI series, SDG series, and two derived formulas) to those codes.
@Suite struct DefaultRulesetMappingTests {
    @Test func theDefaultRulesetCarriesImportMappings() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let (rules, diagnostics) = RulesetLoader.load(directory: root.appendingPathComponent("Rules").path)
        let ruleset = try #require(rules)
        #expect(!diagnostics.hasErrors)
        let mapped = ruleset.indicators.filter { $0.importMapping != nil }
        #expect(mapped.count >= 18)
        for id in [
            "wgi_rule_of_law", "wgi_control_of_corruption", "unodc_homicide_rate", "itu_internet_users_pct",
            "wb_urban_population_pct", "ilo_youth_neet_pct", "unhcr_displaced_per_1000",
        ] {
            #expect(ruleset.indicator(id)?.importMapping != nil, "\(id) has no import mapping")
        }
    }
}
