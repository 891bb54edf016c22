import AdvisoryCore
import Foundation
import Testing
import YAML

@testable import AdvisoryData

/// Profiles written by the import and by `new profile` read back to the same data; `--update`
/// changes only the imported entries.
@Suite struct ProfileWritingTests {
    @Test func importedProfilesReadBackTheSame() throws {
        let result = try DataFixtures.importAll()
        for country in result.countries {
            let text = ProfileYAML.document(
                comments: ["test"], country: Country(code: country.code, name: country.name, year: result.year),
                values: country.values)
            let profile = try DataFixtures.decode(text)
            #expect(profile.indicators.count == country.values.count)
            for (id, value) in country.values {
                let read = try #require(profile.indicators[id])
                #expect(ProfileMerge.sameData(read, value), "\(country.code) \(id)")
            }
        }
    }

    @Test(
        "strings that YAML would read otherwise are quoted",
        arguments: [
            "NO", "yes", "true", "null", "~", "2024", "1e3", "a: b", "# x", "say \"hi\"", "two\nlines", "tab\there",
            "-0.5", "", " lead", "Côte d’Ivoire", "\u{85}nel",
        ])
    func quoting(text: String) throws {
        let file = SourceFile(path: "s.yaml", text: "k: \(ProfileYAML.string(text))\n")
        guard case .mapping(let pairs, _) = try Parser.parse(file), let scalar = pairs.first?.value.scalar else {
            Issue.record("not a mapping")
            return
        }
        #expect(scalar.resolved == .string(text))
    }

    static let kenya = """
        # Kenya, hand-kept profile.
        country:
          code: KEN
          name: Kenya
          year: 2023   # assessment year
        indicators:
          # from the 2022 mission
          wgi_rule_of_law: -0.5   # old value
          homicide_rate:
            value: 5.0
            year: 2025
            source: police records
          fragility: none

          coastal: true
        instruments:
          uncac: {status: party, since: 2003}   # ratified
          # UNTOC status to check

        """

    func merge(_ text: String, lineBreak: String = "\n") throws -> Result<ProfileMerge.Outcome, ProfileMerge.Refusal> {
        let kenya = try #require(try DataFixtures.importAll().country("KEN"))
        let file = SourceFile(path: "KEN.yaml", text: text.replacingOccurrences(of: "\n", with: lineBreak))
        return ProfileMerge.merge(file, ruleset: try DataFixtures.ruleset(), imported: kenya.values)
    }

    @Test func updateRewritesOnlyTheImportedEntries() throws {
        let outcome = try merge(Self.kenya).get()
        #expect(outcome.replaced == ["wgi_rule_of_law", "fragility", "coastal"])
        #expect(outcome.added == ["wgi_control_of_corruption"])
        #expect(outcome.keptNewer == ["homicide_rate"])
        #expect(
            outcome.text == """
                # Kenya, hand-kept profile.
                country:
                  code: KEN
                  name: Kenya
                  year: 2023   # assessment year
                indicators:
                  # from the 2022 mission
                  wgi_rule_of_law:
                    value: -0.39
                    year: 2023
                    source: "World Bank, Worldwide Governance Indicators"
                    stderr: 0.14
                    series: {2018: -0.45, 2019: -0.44, 2020: -0.42, 2021: -0.4, 2022: -0.41}
                  homicide_rate:
                    value: 5.0
                    year: 2025
                    source: police records
                  fragility:
                    value: none
                    year: 2023
                    source: "World Bank FCS list"

                  coastal:
                    value: true
                    year: 2023
                  wgi_control_of_corruption:
                    value: -0.8
                    year: 2023
                    source: "World Bank, Worldwide Governance Indicators"
                    series: {2018: -0.94, 2019: -0.91, 2021: -0.86, 2022: -0.84}
                instruments:
                  uncac: {status: party, since: 2003}   # ratified
                  # UNTOC status to check

                """)
    }

    @Test func updateKeepsWindowsLineBreaks() throws {
        let outcome = try merge(Self.kenya, lineBreak: "\r\n").get()
        #expect(!outcome.text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(outcome.text.hasPrefix("# Kenya, hand-kept profile.\r\ncountry:\r\n"))
    }

    @Test func updateWithoutIndicators() throws {
        let outcome = try merge("country: {code: KEN, name: Kenya, year: 2023}\ninstruments:\n  uncac: party").get()
        #expect(outcome.added.count == 5)
        let profile = try DataFixtures.decode(outcome.text)
        #expect(profile.instruments["uncac"]?.status == .party)
        #expect(profile.indicators.count == 5)
        let empty = try merge("country: {code: KEN, name: Kenya, year: 2023}\nindicators: ~ # none yet\n").get()
        #expect(try DataFixtures.decode(empty.text).indicators.count == 5)
    }

    @Test func updateRefusesWhatItCannotSplice() throws {
        guard
            case .failure(let flow) = try merge(
                "country: {code: KEN, name: Kenya, year: 2023}\nindicators: {coastal: true}\n")
        else {
            Issue.record("a flow mapping was spliced")
            return
        }
        #expect(flow.message.contains("flow style"))
        guard
            case .failure(let invalid) = try merge(
                "country: {code: KEN, name: Kenya, year: 2023}\nindicators: {coastal: 3}\n")
        else {
            Issue.record("an invalid profile was merged into")
            return
        }
        #expect(invalid.message.contains("has errors"))
    }

    @Test func blankProfileIsAValidProfileToFillIn() throws {
        let ruleset = try DataFixtures.ruleset()
        var withNewline = ruleset
        withNewline.indicators[0].name = "Rule of law\ninjected: true"
        let text = BlankProfile.text(
            country: Country(code: "NO", name: "Norway: \"Kingdom\"", year: 2024), ruleset: withNewline)
        let profile = try DataFixtures.decode(text)
        #expect(profile.country.code == "NO")
        #expect(profile.country.name == "Norway: \"Kingdom\"")
        #expect(profile.indicators.isEmpty && profile.instruments.isEmpty)
        for indicator in ruleset.indicators { #expect(text.contains("\n  \(indicator.id):\n")) }
        for instrument in ruleset.instruments { #expect(text.contains("\n  \(instrument.id):\n")) }
        #expect(
            text.contains(
                "  # Rule of law injected: true. Source: World Bank, Worldwide Governance Indicators. A number"))
        #expect(text.contains("Published as RL.EST or GOV_WGI_RL.EST."))
        #expect(text.contains("Derived from published series: ((UNHCR.REFUGEES + UNHCR.IDPS) / SP.POP.TOTL) * 1000."))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 100 })
        // Filled in, it reads.
        let filled = text.replacingOccurrences(of: "  wgi_rule_of_law:\n", with: "  wgi_rule_of_law: -0.4\n")
        #expect(try DataFixtures.decode(filled).indicators["wgi_rule_of_law"]?.value == .number(-0.4))
    }

    @Test func tablesAsProfiles() throws {
        let ruleset = try DataFixtures.ruleset()
        let (profiles, diagnostics) = ProfileSource.load(try DataFixtures.path("long.csv") + "#col", ruleset: ruleset)
        #expect(!diagnostics.hasErrors)
        #expect(profiles.map(\.country.code) == ["COL"])
        #expect(profiles.first?.indicators["displaced_per_1000"]?.value == .number(140.725539240989))
        let (none, missing) = ProfileSource.load(try DataFixtures.path("long.csv") + "#ARC", ruleset: ruleset)
        #expect(none.isEmpty)
        #expect(missing.last?.message == "the table has no row for country 'ARC' (it has COL, KEN)")
        #expect(missing.last?.location?.description.hasSuffix("long.csv:1:1") == true)
        let (world, _) = ProfileSource.table(try DataFixtures.path("API_WGI_DS2_en_csv_v2.csv"), ruleset: ruleset)
        #expect(world.map(\.country.code).contains("KEN"))
        #expect(!world.map(\.country.code).contains("WLD"))
    }

    @Test func wideTableCompanionColumns() throws {
        let folder = try temporaryFolder()
        let path = folder + "/wide.csv"
        try
            "code,name,year,wgi_rule_of_law,wgi_rule_of_law.year,wgi_rule_of_law.source,wgi_rule_of_law.stderr,coastal.year\nKEN,Kenya,2024,-0.4,2022,WGI 2023,0.14,2020\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let (profiles, diagnostics) = ProfileSource.load(path + "#KEN", ruleset: try DataFixtures.ruleset())
        #expect(positions(diagnostics) == ["1:99 PA401"]) // coastal.year without a coastal column
        let value = try #require(profiles.first?.indicators["wgi_rule_of_law"])
        #expect(value.year == 2022)
        #expect(value.source == "WGI 2023")
        #expect(value.stderr == 0.14)
    }
}
