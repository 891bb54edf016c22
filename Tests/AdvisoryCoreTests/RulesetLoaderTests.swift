import Foundation
import Testing

@testable import AdvisoryCore

@Suite("RulesetLoader")
struct RulesetLoaderTests {
    @Test func validRulesetLoadsWithoutDiagnostics() throws {
        let (ruleset, diagnostics) = RulesetLoader.load(directory: try Fixtures.path("valid"))
        #expect(diagnostics.isEmpty, "\(DiagnosticRenderer().render(diagnostics))")
        let loaded = try #require(ruleset)
        #expect(loaded.header.id == "fixture-valid")
        #expect(loaded.header.staleAfterYears == 3)
        #expect(
            loaded.indicators.map(\.id) == [
                "wgi_rule_of_law", "basel_aml_index", "goci_criminality", "homicide_rate", "post_conflict", "coastal",
                "income_group",
            ])
        #expect(loaded.threats.count == 3)
        #expect(loaded.priorities.count == 1)
        #expect(loaded.strategies.count == 2)
        #expect(loaded.instruments.map(\.id) == ["untoc", "untoc_firearms", "fatf_recommendations"])
        #expect(loaded.rules.map(\.id) == ["TOC-003", "ENV-001", "GAP-001"])
        #expect(loaded.contentHash.count == 64)
    }

    @Test("files load in byte order of their relative path; tests/ and hidden entries are skipped")
    func fileOrder() throws {
        let (ruleset, _) = RulesetLoader.load(directory: try Fixtures.path("valid"))
        #expect(
            ruleset?.files == [
                "catalog/instruments.yaml", "catalog/strategies.yaml", "catalog/threats.yaml", "indicators.yaml",
                "rules/toc.yaml", "ruleset.yaml",
            ])
    }

    @Test func decodedDetails() throws {
        let ruleset = try Fixtures.validRuleset()
        let rule = try #require(ruleset.rule("TOC-003"))
        #expect(rule.confidence == 0.7)
        #expect(rule.confidence(forThreat: "violent_extremism") == 0.3)
        #expect(rule.confidence(forThreat: "organized_crime") == 0.7)
        #expect(
            rule.condition.leaves.map(\.text) == [
                "basel_aml_index >= 6", "goci_criminality > 5.5", "instrument.untoc != party", "post_conflict == true",
            ])
        let env = try #require(ruleset.rule("ENV-001"))
        #expect(env.confidence == 1)
        #expect(env.threats.map(\.id.value) == ["environmental_crime"])
        #expect(
            env.because?.parts == [
                .text("Coastal: "), .reference(.indicator("coastal")), .text("; {not a placeholder}; income group "),
                .reference(.indicator("income_group")), .text("."),
            ])
        let indicator = try #require(ruleset.indicator("wgi_rule_of_law"))
        #expect(indicator.range == -2.5...2.5)
        #expect(indicator.better == .higher)
        #expect(ruleset.staleAfterYears(for: indicator) == 2)
        #expect(ruleset.staleAfterYears(for: try #require(ruleset.indicator("coastal"))) == 3)
        #expect(ruleset.instrument("untoc")?.parent == nil)
        #expect(ruleset.instrument("untoc_firearms")?.parent?.value == "untoc")
    }

    @Test("levels default to low .2, medium .4, high .6, critical .8; without stale_after_years nothing is stale")
    func headerDefaults() throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        try write("ruleset:\n  id: minimal\n  title: Minimal\n  version: '1'\n", to: folder + "/ruleset.yaml")
        let (ruleset, diagnostics) = RulesetLoader.load(directory: folder)
        #expect(diagnostics.isEmpty)
        let header = try #require(ruleset?.header)
        #expect(header.levels == RulesetHeader.defaultLevels)
        #expect(header.levels.map(\.name) == ["low", "medium", "high", "critical"])
        #expect(header.levels.map(\.threshold) == [0.2, 0.4, 0.6, 0.8])
        #expect(header.staleAfterYears == nil)
        #expect(header.level(for: 0.59) == "medium")
        #expect(header.level(for: 0.1) == "none")
        #expect(header.rank(ofLevel: "high") == 3)
    }

    @Test("only <root>/tests is excluded; a nested tests folder loads")
    func onlyRootTestsExcluded() throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        try write("ruleset:\n  id: t\n  title: T\n  version: '1'\n", to: folder + "/ruleset.yaml")
        try write("threats:\n  - {id: a, title: A}\n", to: folder + "/more/tests/threats.yaml")
        try write("not: [valid\n", to: folder + "/tests/broken.yaml")
        try write("not: [valid\n", to: folder + "/.hidden.yaml")
        try write("not: [valid\n", to: folder + "/.git/config.yaml")
        try write("not: [valid\n", to: folder + "/notes.txt")
        try write("threats:\n  - {id: b, title: B}\n", to: folder + "/B.yml")
        let (ruleset, diagnostics) = RulesetLoader.load(directory: folder + "/")
        #expect(diagnostics.isEmpty)
        #expect(ruleset?.files == ["B.yml", "more/tests/threats.yaml", "ruleset.yaml"])
        #expect(ruleset?.threats.map(\.id) == ["b", "a"])
        #expect(ruleset?.root == folder)
    }

    @Test func missingFolder() throws {
        let (ruleset, diagnostics) = RulesetLoader.load(directory: "/nonexistent/ruleset")
        #expect(ruleset == nil)
        #expect(diagnostics.map(\.code) == [.unreadableFile])
        #expect(
            DiagnosticRenderer().render(diagnostics)
                == "/nonexistent/ruleset:1:1: error[PA001]: no such ruleset folder\n")
    }

    @Test("a ruleset with 6 different errors across 3 files reports all 6 in one run")
    func allErrorsInOneRun() throws {
        let (_, diagnostics) = RulesetLoader.load(directory: try Fixtures.path("bad/six-errors"))
        #expect(diagnostics.count == 6)
        #expect(Set(diagnostics.compactMap { $0.location?.file.path.split(separator: "/").last }).count == 3)
        #expect(Set(diagnostics.map(\.code)).count == 6)
    }

    /// An unknown reference was placed at the start of the string (a leading space in quotes)
    /// or "instrument.".count columns further even when the leaf spans lines (past the line's end).
    @Test("an unknown reference is reported at its id")
    func unknownReferencePositions() throws {
        let folder = try TestRulesets.folder([
            "ruleset.yaml": TestRulesets.header + """
                indicators:
                  - {id: x, type: number}
                threats:
                  - {id: t, title: T}
                rules:
                  - id: R1
                    when: "  instrument.nope == party"
                    then: {threats: [t]}
                  - id: R2
                    when: >-
                      instrument.nada
                      == party
                    then: {threats: [t]}
                  - id: R3
                    when: "  nope2 > 1"
                    then: {threats: [t]}

                """
        ])
        defer { removeTemporaryFolder(folder) }
        let (_, diagnostics) = RulesetLoader.load(directory: folder)
        #expect(
            diagnostics.filter { $0.code == .unknownReference }.map {
                "\($0.location?.mark.description ?? "-") \($0.message)"
            } == [
                "13:25 unknown instrument 'nope'", "16:11 unknown instrument 'nada'", "21:14 unknown indicator 'nope2'",
            ])
    }
}
