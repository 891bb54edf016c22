import Foundation
import Testing

/// `advisor explain`, `what-if`, `list`, `batch` and profile errors, end to end.
@Suite
struct ExplainWhatIfListBatchTests {
    static let rules = EvaluateCommandTests.rules
    static let arcadia = EvaluateCommandTests.arcadia
    static let borealia = EvaluateCommandTests.borealia

    static func run(_ command: String, _ arguments: [String]) throws -> AdvisorBinary.Result {
        try AdvisorBinary.run([command, "--rules", rules] + arguments)
    }

    // MARK: explain

    @Test func explainWhyDownToTheLeaves() throws {
        let result = try Self.run("explain", [Self.arcadia, "--threat", "organized_crime"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("critical, score 0.88"))
        #expect(result.stdout.contains("Why: 3 fired rules"))
        #expect(
            result.stdout.contains(
                "✓ basel_aml_index >= 6 — value 7.2 score; margin +1.2; Basel AML Index 2021, 2021; STALE"))
        #expect(
            result.stdout.contains("2 independent lines of evidence: AML-001 0.70; criminality 0.60 (OC-001, OC-002)"))
        #expect(result.stdout.contains("it would stop firing if goci_criminality = 5.9 of 10 (now 6.4 of 10)"))
    }

    @Test func explainWhyNotNearestFirst() throws {
        let result = try Self.run("explain", [Self.borealia, "--threat", "organized_crime"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("not raised"))
        let aml = try #require(result.stdout.range(of: "AML-001"))
        let twoAway = try #require(result.stdout.range(of: "OC-002"))
        #expect(aml.lowerBound < twoAway.lowerBound)
        #expect(result.stdout.contains("it would fire if basel_aml_index = 6 score (now 3.9 score)"))
        #expect(result.stdout.contains("no change to a single indicator or instrument status can make it fire"))
    }

    @Test("explain shows the condition as its tree: a false leaf under a true `not`")
    func explainShowsTheConditionTree() throws {
        let result = try Self.run("explain", [Self.arcadia, "--rule", "AML-001"])
        #expect(
            result.stdout.contains(
                """
                      ✓ all
                        ✓ basel_aml_index >= 6 — value 7.2 score; margin +1.2; Basel AML Index 2021, 2021; STALE
                """))
        #expect(
            result.stdout.contains(
                """
                        ✓ not
                          ✗ post_conflict == true — value false
                """))
    }

    @Test func explainJSON() throws {
        let result = try Self.run("explain", [Self.arcadia, "--instrument", "untoc", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect((object?["subject"] as? [String: String])?["kind"] == "instrument")
        #expect(object?["holds"] as? Bool == true)
    }

    @Test func explainUnknownIDSuggests() throws {
        let result = try Self.run("explain", [Self.arcadia, "--threat", "organised_crime"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown threat 'organised_crime'; did you mean 'organized_crime'?"))
        #expect(result.stdout.isEmpty)
    }

    @Test func explainNeedsExactlyOneSubject() throws {
        #expect(try Self.run("explain", [Self.arcadia]).status == 2)
        #expect(try Self.run("explain", [Self.arcadia, "--threat", "organized_crime", "--rule", "OC-001"]).status == 2)
    }

    // MARK: what-if

    @Test func whatIfShowsChanges() throws {
        let result = try Self.run(
            "what-if", [Self.arcadia, "--set", "basel_aml_index=3", "--set", "instrument.untoc=signatory"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("~ organized_crime: critical 0.88 → high 0.60"))
        #expect(result.stdout.contains("~ AML-001: fired → not_fired"))
        #expect(result.stdout.contains("untoc: strengthen_implementation (status party) → ratify (status signatory)"))
    }

    @Test func whatIfWithoutEffectSaysSo() throws {
        let result = try Self.run("what-if", [Self.arcadia, "--set", "goci_criminality=6.5"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("No change"))
    }

    @Test(
        "what-if refuses unknown references and bad values with exit 2",
        arguments: [
            ("goci_criminalty=3", "did you mean 'goci_criminality'?"),
            ("goci_criminality=high", "expected a number"),
            ("goci_criminality=11", "outside the range [1, 10]"),
            ("post_conflict=yes", "write true or false"),
            ("instrument.untok=party", "did you mean 'instrument.untoc'?"),
            ("instrument.untoc=partie", "did you mean 'party'?"),
            ("goci_criminality", "expected REF=VALUE"),
        ])
    func whatIfRefuses(change: String, message: String) throws {
        let result = try Self.run("what-if", [Self.arcadia, "--set", change])
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func whatIfJSON() throws {
        let result = try Self.run("what-if", [Self.arcadia, "--set", "post_conflict=true", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect((object?["rules"] as? [[String: Any]])?.contains { $0["id"] as? String == "AML-001" } == true)
    }

    // MARK: list

    @Test(
        "list every catalog", arguments: ["threats", "priorities", "strategies", "instruments", "indicators", "rules"])
    func list(catalog: String) throws {
        let result = try Self.run("list", [catalog, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let entries = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        #expect((entries?.count ?? 0) > 0)
    }

    @Test func listRulesShowsWhatEachCanProduce() throws {
        let result = try Self.run("list", ["rules"])
        #expect(result.stdout.contains("AML-001"))
        #expect(result.stdout.contains("threats: organized_crime, weak_rule_of_law"))
    }

    @Test func theDefaultRulesetIsFoundWithoutAFlag() throws {
        let result = try AdvisorBinary.run(["list", "threats"], in: FileManager.default.temporaryDirectory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("violent_extremism"))
    }

    // MARK: batch

    @Test func batchFromACSVTable() throws {
        let scratch = try EvaluateCommandTests.Scratch()
        let table = try scratch.write(
            "t.csv",
            """
            code,name,year,goci_criminality,goci_resilience,post_conflict,instrument.untoc
            AAA,"Alpha, Republic of",2024,7.5,2,false,party
            BBB,Beta,2024,2,,true,

            """)
        let result = try Self.run("batch", [table, "--date", "2025-01-01"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("AAA,\"Alpha, Republic of\",2024,"))
        #expect(lines[2].hasPrefix("BBB,Beta,2024,"))
    }

    @Test func batchSkipsABadCellsRowWithItsPosition() throws {
        let scratch = try EvaluateCommandTests.Scratch()
        let table = try scratch.write(
            "t.csv", "code,name,year,goci_criminality\nAAA,Alpha,2024,7.5\nBBB,Beta,2024,eleven\n")
        let output = scratch.path("out.csv")
        let result = try Self.run("batch", [table, "--output", output])
        #expect(result.status == 1)
        #expect(result.stderr.contains("t.csv:3:15: error[PA402]"), "\(result.stderr)")
        #expect(result.stderr.contains("batch: 1 profile evaluated, 1 rejected"), "\(result.stderr)")
        let written = try scratch.read("out.csv").split(separator: "\n")
        #expect(written.count == 2 && written[1].hasPrefix("AAA,Alpha,2024,"))
    }

    @Test func batchFromAFolderAsJSON() throws {
        let result = try Self.run(
            "batch", [AdvisorBinary.fixtures.appendingPathComponent("profiles").path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let reports = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        #expect(reports?.compactMap { ($0["country"] as? [String: Any])?["code"] as? String } == ["ARC", "BOR"])
    }

    // MARK: bad profiles

    @Test func anInvalidProfileIsExit2WithItsPositionAndNothingWritten() throws {
        let scratch = try EvaluateCommandTests.Scratch()
        let profile = try scratch.write(
            "bad.yaml",
            """
            country: {code: BAD, name: Bad, year: 2024}
            indicators:
              goci_criminality: 12
              post_conflict: yes
            instruments:
              untoc: partie

            """)
        let output = scratch.path("out.json")
        let result = try AdvisorBinary.run([
            "evaluate", "--rules", Self.rules, profile, "--format", "json", "--output", output,
        ])
        #expect(result.status == 2)
        #expect(
            result.stderr.contains(
                "bad.yaml:3:21: error[PA403]: 12 is outside the range [1, 10] of 'goci_criminality'"),
            "\(result.stderr)")
        #expect(result.stderr.contains("bad.yaml:4:18: error[PA402]"))
        #expect(result.stderr.contains("bad.yaml:6:10: error[PA404]"))
        #expect(try scratch.contents() == ["bad.yaml"])
        let validate = try AdvisorBinary.run(["validate", Self.rules, "--profile", profile])
        #expect(validate.status == 1)
        #expect(validate.stdout.contains("bad.yaml:3:21"))
    }

    @Test func anUnknownIndicatorIsAWarningAndEvaluationGoesOn() throws {
        let scratch = try EvaluateCommandTests.Scratch()
        let profile = try scratch.write(
            "typo.yaml", "country: {code: TYP, name: Typo, year: 2024}\nindicators:\n  goci_criminalty: 7\n")
        let result = try AdvisorBinary.run(["evaluate", "--rules", Self.rules, profile, "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning[PA401]"))
        #expect(result.stderr.contains("did you mean 'goci_criminality'?"))
        #expect(result.stdout.contains("\"schema\" : \"policyadvisor.report/v2\""))
    }
}
