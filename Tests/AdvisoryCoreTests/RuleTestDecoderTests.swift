import LargeInputs
import TestSupport
import Testing
import YAML

@testable import AdvisoryCore

@Suite struct RuleTestDecoderTests {
    let ruleset: Ruleset

    init() throws { ruleset = try RuleTestFixtures.ruleset("basic") }

    private func single(_ yaml: String) throws -> RuleTest {
        let file = try RuleTestFixtures.decode(yaml, ruleset: ruleset)
        #expect(!file.isBroken, "\(DiagnosticRenderer().render(file.diagnostics))")
        return try #require(file.tests.first)
    }

    @Test func decodesEveryExpectKey() throws {
        let test = try single(
            """
            tests:
              - name: all keys
                profile: ../../profiles/harbor.yaml
                expect:
                  threats: {organized_crime: high, weak_rule_of_law: none}
                  threats_at_least: {organized_crime: medium}
                  absent_threats: [weak_rule_of_law]
                  strategies: [task_force]
                  absent_strategies: [justice_reform]
                  fired: [OC-001]
                  not_fired: [RL-001]
                  unknown: [RL-003]
                  instruments: {untoc: accede, fatf: none}
            """)
        #expect(test.isValid)
        #expect(test.diagnostics.isEmpty)
        let expect = test.expect
        #expect(expect.threats == [.init("organized_crime", "high"), .init("weak_rule_of_law", "none")])
        #expect(expect.threatsAtLeast == [.init("organized_crime", "medium")])
        #expect(expect.absentThreats == ["weak_rule_of_law"])
        #expect(expect.strategies == ["task_force"])
        #expect(expect.absentStrategies == ["justice_reform"])
        #expect(expect.fired == ["OC-001"])
        #expect(expect.notFired == ["RL-001"])
        #expect(expect.unknown == ["RL-003"])
        #expect(expect.instruments == [.init("untoc", "accede"), .init("fatf", "none")])
        #expect(expect.count == 11)
    }

    @Test func profilePathIsRelativeToTheTestFile() throws {
        let test = try single(
            """
            tests:
              - {name: path, profile: ../../profiles/harbor.yaml, expect: {fired: [OC-001]}}
            """)
        guard case .file(let path, let written, let location)? = test.profile else {
            Issue.record("expected a profile file")
            return
        }
        #expect(path == (try RuleTestFixtures.path("profiles/harbor.yaml")))
        #expect(written == "../../profiles/harbor.yaml")
        #expect(location.mark == Mark(line: 2, column: 27))
        #expect(RuleTestDecoder.resolve("/abs/p.yaml", relativeTo: "x/y.yaml") == "/abs/p.yaml")
        #expect(RuleTestDecoder.resolve("p.yaml", relativeTo: "y.yaml") == "p.yaml")
        #expect(RuleTestDecoder.resolve("../p.yaml", relativeTo: "Rules/tests/y.yaml") == "Rules/p.yaml")
        #expect(RuleTestDecoder.resolve("../../../p.yaml", relativeTo: "Rules/tests/y.yaml") == "../p.yaml")
        #expect(RuleTestDecoder.resolve("./a/./b.yaml", relativeTo: "./tests/y.yaml") == "tests/a/b.yaml")
    }

    /// Each inline profile hashed the whole test file: 100 inline tests in a 2 MB file took
    /// most of a minute. Tests and padding grow together, so that the old way grew as their product.
    @Test("inline profiles of a large test file are decoded in linear time")
    func manyInlineProfiles() throws {
        func decode(_ count: Int) throws -> () -> RuleTestFile {
            let (rulesetText, tests) = LargeInputs.inlineTests(count, padding: count * 2_000)
            let ruleset = try TestRulesets.ruleset(["ruleset.yaml": rulesetText])
            let file = SourceFile(path: "tests/large.yaml", text: tests)
            let node = try Parser.parse(file)
            return { RuleTestDecoder.decode(node, file: file, ruleset: ruleset) }
        }
        let file = try decode(10)()
        #expect(file.tests.count == 10)
        #expect(file.tests.allSatisfy { $0.isValid })
        try Scaling.expectLinear(size: 25) { try decode($0) }
    }

    @Test func inlineProfileIsDecodedAndUnknownNamesAreErrors() throws {
        let file = try RuleTestFixtures.decode(
            """
            tests:
              - name: inline
                profile:
                  country: {code: TST, name: Test, year: 2024}
                  indicators: {crime_indx: 3}
                  instruments: {untok: party}
                expect: {fired: [OC-001]}
            """, ruleset: ruleset)
        let test = try #require(file.tests.first)
        #expect(!test.isValid)
        #expect(test.diagnostics.map(\.code) == [.testUnknownReference, .testUnknownReference])
        #expect(test.diagnostics.allSatisfy { $0.severity == .error })
        #expect(test.diagnostics.map(\.help) == ["did you mean 'crime_index'?", "did you mean 'untoc'?"])
        #expect(test.diagnostics.map { $0.location?.mark } == [Mark(line: 5, column: 20), Mark(line: 6, column: 21)])
    }

    @Test func givenOverridesAreDecodedWithNullMeaningRemove() throws {
        let test = try single(
            """
            tests:
              - name: given
                profile: ../../profiles/harbor.yaml
                given:
                  indicators: {crime_index: 4.5, aml_score: null, rule_of_law: {value: -1.2, year: 2020, source: Test}}
                  instruments: {untoc: {status: signatory, since: 2001}, fatf: ~}
                  country: {year: 2030, code: XXX, name: Renamed}
                expect: {fired: [OC-001]}
            """)
        let overrides = test.overrides
        guard case .set(let crime)? = overrides.indicators["crime_index"],
            case .remove? = overrides.indicators["aml_score"],
            case .set(let law)? = overrides.indicators["rule_of_law"],
            case .set(let untoc)? = overrides.instruments["untoc"],
            case .remove? = overrides.instruments["fatf"]
        else {
            Issue.record("unexpected overrides: \(overrides)")
            return
        }
        #expect(crime.value == .number(4.5))
        #expect(law.value == .number(-1.2))
        #expect(law.year == 2020)
        #expect(law.source == "Test")
        #expect(untoc.status == .signatory)
        #expect(untoc.since == 2001)
        #expect(overrides.countryYear == 2030)
        #expect(overrides.countryCode == "XXX")
        #expect(overrides.countryName == "Renamed")
    }

    /// A null value in the long form means "no value" in a profile, but was silently ignored in
    /// `given`, so the profile's value stayed.
    @Test func givenLongFormWithANullValueRemoves() throws {
        let test = try single(
            """
            tests:
              - name: given long null
                profile: ../../profiles/harbor.yaml
                given:
                  indicators: {aml_score: {value: null, year: 2020}}
                  instruments: {fatf: {status: ~, since: 2001}}
                expect: {fired: [OC-001]}
            """)
        guard case .remove? = test.overrides.indicators["aml_score"], case .remove? = test.overrides.instruments["fatf"]
        else {
            Issue.record("expected removals: \(test.overrides)")
            return
        }
        #expect(test.diagnostics.isEmpty)
    }

    @Test(
        "values of the wrong type in given are errors",
        arguments: [
            ("indicators: {crime_index: high}", DiagnosticCode.profileValueType),
            ("indicators: {crime_index: 11}", .profileValueOutOfRange),
            ("indicators: {income_group: rich}", .unknownCategoryValue),
            ("instruments: {untoc: member}", .unknownInstrumentStatus),
            ("indicators: {crime_idx: 1}", .testUnknownReference),
            ("instruments: {untc: party}", .testUnknownReference),
            ("country: {yaer: 2020}", .unknownKey),
            ("indicator: {crime_index: 1}", .unknownKey),
        ])
    func invalidOverrides(given: String, code: DiagnosticCode) throws {
        let file = try RuleTestFixtures.decode(
            """
            tests:
              - name: bad given
                profile: ../../profiles/harbor.yaml
                given: {\(given)}
                expect: {fired: [OC-001]}
            """, ruleset: ruleset)
        let test = try #require(file.tests.first)
        #expect(!test.isValid)
        #expect(test.diagnostics.filter { $0.severity == .error }.map(\.code) == [code])
    }

    @Test(
        "unknown names in expect are errors with did-you-mean",
        arguments: [
            ("threats: {organised_crime: high}", "unknown threat 'organised_crime'", "did you mean 'organized_crime'?"),
            (
                "threats: {organized_crime: hihg}",
                "'hihg' is not a level of this ruleset; expected one of: none, low, medium, high, critical",
                "did you mean 'high'?"
            ),
            (
                "threats_at_least: {organized_crime: medum}",
                "'medum' is not a level of this ruleset; expected one of: none, low, medium, high, critical",
                "did you mean 'medium'?"
            ),
            (
                "absent_threats: [weak_rule_of_lw]", "unknown threat 'weak_rule_of_lw'",
                "did you mean 'weak_rule_of_law'?"
            ),
            ("strategies: [task_forse]", "unknown strategy 'task_forse'", "did you mean 'task_force'?"),
            ("absent_strategies: [fui]", "unknown strategy 'fui'", "did you mean 'fiu'?"),
            ("fired: [OC-01]", "unknown rule 'OC-01'", "did you mean 'OC-001'?"),
            ("not_fired: [RL-0001]", "unknown rule 'RL-0001'", "did you mean 'RL-001'?"),
            ("unknown: [RL-004]", "unknown rule 'RL-004'", "did you mean 'RL-001'?"),
            ("instruments: {untok: accede}", "unknown instrument 'untok'", "did you mean 'untoc'?"),
        ])
    func unknownNames(expect: String, message: String, help: String) throws {
        let file = try RuleTestFixtures.decode(
            """
            tests:
              - name: bad expect
                profile: ../../profiles/harbor.yaml
                expect: {\(expect)}
            """, ruleset: ruleset)
        let test = try #require(file.tests.first)
        #expect(!test.isValid)
        let diagnostic = try #require(test.diagnostics.first)
        #expect(diagnostic.code == .testUnknownReference)
        #expect(diagnostic.message == message)
        #expect(diagnostic.help == help)
        #expect(diagnostic.location?.mark.line == 4)
    }

    @Test func unknownKeysAtEveryLevelGetDidYouMean() throws {
        let file = try RuleTestFixtures.decode(
            """
            test:
              - name: x
            """, ruleset: ruleset)
        #expect(file.isBroken)
        #expect(file.diagnostics.map(\.code) == [.unknownKey, .missingKey])
        #expect(file.diagnostics.first?.help == "did you mean 'tests'?")

        let inner = try RuleTestFixtures.decode(
            """
            tests:
              - name: x
                profile: ../../profiles/harbor.yaml
                givn: {}
                expect: {fird: [OC-001], threats_atleast: {}}
            """, ruleset: ruleset)
        let test = try #require(inner.tests.first)
        #expect(
            test.diagnostics.map(\.help) == [
                "did you mean 'given'?", "did you mean 'fired'?", "did you mean 'threats_at_least'?",
            ])
    }

    @Test func contradictoryExpectationsAreErrors() throws {
        let file = try RuleTestFixtures.decode(
            """
            tests:
              - name: both ways
                profile: ../../profiles/harbor.yaml
                expect:
                  fired: [OC-001]
                  not_fired: [OC-001]
                  strategies: [fiu]
                  absent_strategies: [fiu]
            """, ruleset: ruleset)
        let test = try #require(file.tests.first)
        #expect(
            test.diagnostics.map(\.message) == [
                "'fiu' is listed in both 'strategies' and 'absent_strategies'; the test can never pass",
                "'OC-001' is listed in both 'fired' and 'not_fired'; the test can never pass",
            ])
    }

    @Test func missingPiecesAndWarnings() throws {
        let file = try RuleTestFixtures.decode(
            """
            tests:
              - profile: ../../profiles/harbor.yaml
                expect: {fired: [OC-001]}
              - name: nothing asserted
                profile: ../../profiles/harbor.yaml
                expect: {}
              - name: nothing asserted
                profile: ../../profiles/harbor.yaml
                expect: {fired: [OC-001]}
              - just a string
            """, ruleset: ruleset)
        #expect(file.tests.map(\.name) == ["test #1", "nothing asserted", "nothing asserted", "test #4"])
        #expect(file.tests.map(\.isValid) == [false, true, true, false])
        #expect(file.tests[0].diagnostics.map(\.message) == ["missing required key 'name' in a test"])
        #expect(file.tests[1].diagnostics.map(\.message) == ["'expect' asserts nothing, so this test always passes"])
        #expect(
            file.tests[2].diagnostics.map(\.message) == [
                "another test in this file is named 'nothing asserted'; give each test its own name"
            ])
        #expect(file.tests[2].diagnostics.first?.severity == .warning)
        #expect(file.tests[3].diagnostics.map(\.code) == [.wrongNodeType])
    }
}
