import Foundation
import Testing
import YAML

@testable import AdvisoryCore

@Suite("ProfileDecoder")
struct ProfileDecoderTests {
    static let country = "country: {code: ARC, name: Arcadia, year: 2024}\n"

    /// Loads `yaml` from a temporary `profile.yaml` against the valid fixture ruleset.
    func load(_ yaml: String) throws -> (Profile?, [Diagnostic]) {
        let ruleset = try Fixtures.validRuleset()
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        try write(yaml, to: folder + "/profile.yaml")
        return ProfileDecoder.load(folder + "/profile.yaml", ruleset: ruleset)
    }

    /// The one diagnostic loading `indicators:`/`instruments:` lines gives, rendered with a stable path.
    func single(_ body: String) throws -> Diagnostic {
        let (_, diagnostics) = try load(Self.country + body)
        #expect(diagnostics.count == 1)
        return try #require(diagnostics.first)
    }

    func text(_ diagnostic: Diagnostic) -> String {
        DiagnosticRenderer().render(diagnostic).replacingOccurrences(
            of: diagnostic.location?.file.path ?? "", with: "profile.yaml")
    }

    @Test("short and long forms, nulls as no value, NO as a string")
    func validProfile() throws {
        let (profile, diagnostics) = ProfileDecoder.load(
            try Fixtures.path("profiles/arcadia.yaml"), ruleset: try Fixtures.validRuleset())
        #expect(diagnostics.isEmpty)
        let loaded = try #require(profile)
        #expect(loaded.country == Country(code: "NO", name: "Republic of Arcadia", year: 2024))
        #expect(loaded.indicators["wgi_rule_of_law"]?.value == .number(-1.21))
        #expect(loaded.indicators["wgi_rule_of_law"]?.year == nil)
        let basel = try #require(loaded.indicators["basel_aml_index"])
        #expect(basel.value == .number(6.4))
        #expect(basel.year == 2023)
        #expect(basel.source == "Basel AML Index 2023")
        #expect(basel.stderr == 0.3)
        #expect(basel.location?.mark == Mark(line: 9, column: 3))
        #expect(loaded.indicators["post_conflict"]?.value == .bool(false))
        #expect(loaded.indicators["coastal"]?.value == .bool(true))
        #expect(loaded.indicators["income_group"]?.value == .category("lower_middle"))
        #expect(loaded.indicators["homicide_rate"] == nil)
        #expect(loaded.indicators["goci_criminality"] == nil)
        #expect(loaded.indicators.count == 5)
        #expect(loaded.instruments["untoc"]?.status == InstrumentStatus.party)
        #expect(loaded.instruments["untoc_firearms"]?.status == InstrumentStatus.signatory)
        #expect(loaded.instruments["untoc_firearms"]?.since == 2006)
        #expect(loaded.instruments["fatf_recommendations"] == nil)
        #expect(loaded.contentHash.count == 64)
    }

    @Test("country codes stay strings", arguments: ["NO", "ON", "Y", "yes", "null_land"])
    func countryCodeIsAString(code: String) throws {
        let (profile, diagnostics) = try load("country: {code: \(code), name: X, year: 2024}\n")
        #expect(diagnostics.isEmpty)
        #expect(profile?.country.code == code)
    }

    @Test func numericCountryCodeIsRefused() throws {
        let (profile, diagnostics) = try load("country: {code: 123, name: X, year: 2024}\n")
        #expect(profile == nil)
        #expect(diagnostics.map(\.code) == [.wrongNodeType])
        #expect(diagnostics.first?.help == "quote the value to make it a string")
    }

    @Test func wrongTypeNumber() throws {
        let diagnostic = try single("indicators:\n  basel_aml_index: \"6.4\"\n")
        #expect(
            text(diagnostic) == """
                profile.yaml:3:20: error[PA402]: 'basel_aml_index' is a number indicator; expected a number, found a string '6.4'
                3 |   basel_aml_index: "6.4"
                  |                    ^
                  = help: write the number without quotes
                """)
    }

    @Test func wrongTypeBoolean() throws {
        let diagnostic = try single("indicators:\n  post_conflict: yes\n")
        #expect(diagnostic.code == .profileValueType)
        #expect(
            diagnostic.message == "'post_conflict' is a boolean indicator; expected true or false, found a string 'yes'"
        )
        #expect(diagnostic.help == "YAML 1.2 reads only true and false as booleans; write true or false")
    }

    @Test func wrongTypeCategoryAndCollections() throws {
        let (profile, diagnostics) = try load(Self.country + "indicators:\n  income_group: 3\n  coastal: [true]\n")
        #expect(profile == nil)
        #expect(diagnostics.map(\.code) == [.profileValueType, .profileValueType])
        #expect(
            diagnostics.map(\.message) == [
                "'income_group' is a category indicator; expected one of: low, lower_middle, upper_middle, high, found an integer 3",
                "expected a value for 'coastal', found a list",
            ])
    }

    @Test func unknownCategoryValue() throws {
        let diagnostic = try single("indicators:\n  income_group: lower_midle\n")
        #expect(diagnostic.code == .unknownCategoryValue)
        #expect(diagnostic.help == "did you mean 'lower_middle'?")
    }

    @Test func outOfRange() throws {
        let diagnostic = try single("indicators:\n  wgi_rule_of_law: {value: 3, year: 2023}\n")
        #expect(
            text(diagnostic) == """
                profile.yaml:3:28: error[PA403]: 3 is outside the range [-2.5, 2.5] of 'wgi_rule_of_law'
                3 |   wgi_rule_of_law: {value: 3, year: 2023}
                  |                            ^
                """)
    }

    @Test("NaN and infinities are refused", arguments: [".nan", ".NaN", ".inf", "-.inf", "+.INF"])
    func nonFinite(value: String) throws {
        let diagnostic = try single("indicators:\n  homicide_rate: \(value)\n")
        #expect(diagnostic.code == .nonFiniteNumber)
        #expect(diagnostic.location?.mark == Mark(line: 3, column: 18))
        #expect(diagnostic.message.hasPrefix("'homicide_rate' needs a finite number, found "))
    }

    @Test func unknownInstrumentStatus() throws {
        let diagnostic = try single("instruments:\n  untoc: partie\n")
        #expect(
            text(diagnostic) == """
                profile.yaml:3:10: error[PA404]: 'partie' is not an instrument status; expected one of: party, signatory, none, withdrawn
                3 |   untoc: partie
                  |          ^
                  = help: did you mean 'party'?
                """)
    }

    @Test func unknownInstrumentStatusInLongForm() throws {
        let diagnostic = try single("instruments:\n  untoc: {status: ratified, since: 2003}\n")
        #expect(diagnostic.code == .unknownInstrumentStatus)
        #expect(diagnostic.location?.mark == Mark(line: 3, column: 19))
    }

    @Test func unknownIndicatorIsAWarning() throws {
        let (profile, diagnostics) = try load(Self.country + "indicators:\n  basel_aml_indx: 6\n")
        #expect(profile != nil)
        #expect(diagnostics.count == 1)
        let diagnostic = try #require(diagnostics.first)
        #expect(
            text(diagnostic) == """
                profile.yaml:3:3: warning[PA401]: 'basel_aml_indx' is not an indicator of this ruleset; its value is ignored
                3 |   basel_aml_indx: 6
                  |   ^
                  = help: did you mean 'basel_aml_index'?
                """)
    }

    @Test func unknownInstrumentIsAWarning() throws {
        let (profile, diagnostics) = try load(Self.country + "instruments:\n  untok: party\n")
        #expect(profile != nil)
        #expect(diagnostics.map(\.severity) == [.warning])
        #expect(diagnostics.map(\.code) == [.unknownProfileInstrument])
        #expect(diagnostics.first?.help == "did you mean 'untoc'?")
    }

    @Test func longFormChecks() throws {
        let (profile, diagnostics) = try load(
            Self.country + """
                indicators:
                  basel_aml_index: {year: 2023}
                  goci_criminality: {value: 5, yaer: 2023, stderr: -1}
                """)
        #expect(profile == nil)
        #expect(diagnostics.map(\.code) == [.missingKey, .unknownKey, .invalidValue])
        #expect(diagnostics[1].help == "did you mean 'year'?")
    }

    @Test func countryChecks() throws {
        let (profile, diagnostics) = try load(
            "country: {code: ARC, name: Arcadia, year: '2024', flag: x}\nindicators: {}\n")
        #expect(profile == nil)
        #expect(diagnostics.map(\.code) == [.unknownKey, .wrongNodeType])
        let (_, missing) = try load("indicators: {}\ncountries: {}\n")
        #expect(missing.map(\.code) == [.unknownKey, .missingKey])
        #expect(missing.first?.help == "did you mean 'country'?")
    }

    @Test func unreadableProfile() throws {
        let (profile, diagnostics) = ProfileDecoder.load(
            "/nonexistent/profile.yaml", ruleset: try Fixtures.validRuleset())
        #expect(profile == nil)
        #expect(diagnostics.map(\.code) == [.unreadableFile])
    }

    @Test func yamlErrorsInAProfile() throws {
        let (profile, diagnostics) = try load(Self.country + "indicators:\n  coastal: true\n  coastal: false\n")
        #expect(profile == nil)
        #expect(diagnostics.map(\.code) == [.duplicateKey])
        #expect(diagnostics.first?.notes.first?.location?.mark == Mark(line: 3, column: 3))
    }
}
