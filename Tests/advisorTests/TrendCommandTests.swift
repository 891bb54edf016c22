import Foundation
import Testing

/// Trends and expressions of the default ruleset through `explain` and `what-if`, on the
/// example profiles.
@Suite struct TrendCommandTests {
    static func run(_ arguments: [String]) throws -> AdvisorBinary.Result {
        try AdvisorBinary.run(arguments + ["--date", "2026-11-29"], in: AdvisorBinary.repositoryRoot)
    }

    @Test func explainShowsTheComputedChangeAndThePointsRead() throws {
        let result = try Self.run(["explain", "Examples/profiles/arcadia.yaml", "--rule", "ROL-024"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.contains(
                "✓ change(wgi_rule_of_law, 5) <= -0.3 — value -0.42 on a -2.5 to 2.5 scale; margin -0.12;"))
        let json = try Self.run(["explain", "Examples/profiles/arcadia.yaml", "--rule", "ROL-024", "--format", "json"])
        let explanation = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let supporting = try #require(explanation["supporting"] as? [[String: Any]])
        let leaves = try #require((supporting.first?["rule"] as? [String: Any])?["leaves"] as? [[String: Any]])
        let points = try #require(leaves.first?["points"] as? [[String: Any]])
        #expect(points.compactMap { $0["year"] as? Int } == Array(2018...2023))
        #expect(points.last?["value"] as? Double == -1.47)
    }

    @Test func explainShowsAnExpressionsOperandsAndTheChangeThatFlipsIt() throws {
        let result = try Self.run(["explain", "Examples/profiles/costa-verde.yaml", "--rule", "TOC-002"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("✗ goci_criminality - goci_resilience >= 2 — value 1.97/10; margin -0.03;"))
        #expect(result.stdout.contains("it would fire if goci_criminality = 6.75/10 (now 6.72/10)"))
    }

    @Test func whatIfMakesTheNewValueTheLatestPointOfTheSeries() throws {
        let result = try Self.run(
            ["what-if", "Examples/profiles/costa-verde.yaml", "--set", "wgi_rule_of_law=-0.74"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("~ ROL-024: not_fired → fired"))
        #expect(!result.stdout.contains("ROL-015"))
    }

    /// A table row has no series: its trends are data gaps that ask for the earlier years of
    /// the values it has.
    @Test func aValueWithoutItsSeriesAsksForEarlierYears() throws {
        let result = try Self.run(["evaluate", "Examples/countries.csv#XAL", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let collect = try #require(report["collect"] as? [[String: Any]])
        let ruleOfLaw = try #require(collect.first { $0["reference"] as? String == "wgi_rule_of_law" })
        #expect(ruleOfLaw["name"] as? String == "Rule of Law (estimate), earlier years")
        #expect(ruleOfLaw["rules"] as? [String] == ["ROL-024"])
        // A value the table lacks is asked for as such.
        let secrecy = try #require(collect.first { $0["reference"] as? String == "tjn_fsi_secrecy_score" })
        #expect(secrecy["name"] as? String == "Financial Secrecy Index, secrecy score")
    }

    /// A blank profile says which indicators rules read as trends, and over how many years.
    @Test func aBlankProfileAsksForTheYearsTrendsRead() throws {
        let result = try AdvisorBinary.run(
            ["new", "profile", "--country", "ARC", "--name", "Arcadia", "--year", "2024"],
            in: AdvisorBinary.repositoryRoot)
        #expect(result.status == 0, "\(result.stderr)")
        let flat = result.stdout.replacingOccurrences(of: "\n  # ", with: " ")
        let ruleOfLaw = try #require(flat.range(of: "  wgi_rule_of_law:"))
        let comment = flat[flat.index(ruleOfLaw.lowerBound, offsetBy: -400)..<ruleOfLaw.lowerBound]
        #expect(comment.contains("Rules read its trend over 5 years: give the earlier years too"))
        let corruption = try #require(flat.range(of: "  wgi_control_of_corruption:"))
        #expect(!flat[ruleOfLaw.upperBound..<corruption.lowerBound].contains("trend"))
    }
}
