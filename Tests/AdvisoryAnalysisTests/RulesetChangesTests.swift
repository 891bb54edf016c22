import AdvisoryCore
import Testing

@testable import AdvisoryAnalysis

/// The static part of the diff, on the fixture's base and head rulesets.
@Suite struct RulesetChangesTests {
    static func changes() throws -> RulesetChanges { try DiffFixtures.analysis.changes }

    @Test("the header: version and a level threshold")
    func header() throws {
        #expect(
            try Self.changes().header == [
                FieldChange(path: "version", before: "1.0.0", after: "1.1.0"),
                FieldChange(path: "levels.high", before: "0.6", after: "0.65"),
            ])
    }

    @Test("rules added, removed and changed, by id, each change field by field and leaf by leaf")
    func rules() throws {
        let rules = try Self.changes().rules
        #expect(rules.map(\.id) == ["NEW-001", "OC-001", "OC-002", "OLD-001", "ROL-001"])
        #expect(rules.map(\.change) == [.added, .changed, .changed, .removed, .changed])
        #expect(
            rules[0].changes == [FieldChange(path: "when", before: nil, after: "region == asia", reference: "region")])
        // OC-001 reorders its parts and writes 6 as 6.0: only the confidence changed.
        #expect(rules[1].changes == [FieldChange(path: "confidence", before: "0.5", after: "0.7")])
        #expect(
            rules[2].changes == [
                FieldChange(
                    path: "when.all[1]", before: "rule_of_law < 0", after: "any(rule_of_law < 0, region == africa)")
            ])
        #expect(
            rules[3].changes
                == [FieldChange(path: "when", before: "region == africa", after: nil, reference: "region")])
        #expect(
            rules[4].changes == [
                FieldChange(
                    path: "when", before: "rule_of_law <= -1.0", after: "rule_of_law <= -0.8", reference: "rule_of_law")
            ])
        #expect(rules[4].title == "Very weak rule of law")
    }

    @Test("catalog changes: applicability, category values, titles, strategy instruments, joining, open_to")
    func catalogs() throws {
        let changes = try Self.changes()
        #expect(changes.indicators.map(\.id) == ["iuu_score", "region"])
        #expect(
            changes.indicators[0].changes == [
                FieldChange(
                    path: "applies_if", before: "coastal == true", after: "all(coastal == true, region != europe)")
            ])
        #expect(changes.indicators[1].changes == [FieldChange(path: "values", before: nil, after: "asia")])
        #expect(
            changes.threats == [
                EntryChange(
                    id: "organized_crime", change: .changed, title: "Transnational organized crime",
                    changes: [
                        FieldChange(path: "title", before: "Organized crime", after: "Transnational organized crime")
                    ])
            ])
        #expect(changes.priorities.isEmpty)
        #expect(changes.strategies.map(\.id) == ["courts"])
        #expect(changes.strategies[0].changes == [FieldChange(path: "instruments", before: nil, after: "untoc")])
        #expect(changes.instruments.map(\.id) == ["psma", "uncac"])
        #expect(changes.instruments[0].changes == [FieldChange(path: "joining", before: "acceptance", after: nil)])
        #expect(
            changes.instruments[1].changes == [
                FieldChange(path: "open_to", before: nil, after: "region != africa", reference: "region")
            ])
    }

    @Test("a ruleset compared with itself has no change")
    func identical() throws {
        let base = try DiffFixtures.compiled("base").ruleset
        #expect(RulesetChanges(base: base, head: base).isEmpty)
    }
}
