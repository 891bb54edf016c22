import Foundation
import Testing

/// `advisor import`, `advisor new profile` and table rows as profiles, end to end.
@Suite
struct ImportCommandTests {
    static let fixtures = AdvisorBinary.repositoryRoot.appendingPathComponent("Tests/AdvisoryDataTests/Fixtures")
    static let rules = fixtures.appendingPathComponent("ruleset").path
    static let worldBank = fixtures.appendingPathComponent("API_WGI_DS2_en_csv_v2.csv").path
    static let dataBank = fixtures.appendingPathComponent("databank-wdi.csv").path
    static let long = fixtures.appendingPathComponent("long.csv").path

    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("advisor-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func importThenBatchGivesAdviceForEachCountry() throws {
        let out = try Self.folder().appendingPathComponent("profiles").path
        let imported = try AdvisorBinary.run(
            ["import", "worldbank", Self.worldBank, Self.dataBank, "--out", out, "--rules", Self.rules])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("Imported 4 countries into \(out) (assessment year 2023"))
        #expect(imported.stdout.contains("  SSF  Sub-Saharan Africa: a regional or income aggregate"))
        #expect(imported.stdout.contains("Cells skipped: 2"))
        #expect(imported.stderr.contains("API_WGI_DS2_en_csv_v2.csv:11:248: warning[PA702]: 'n/a' is not a number"))
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(files == ["COL.yaml", "KEN.yaml", "NOR.yaml", "XKX.yaml"])
        let batch = try AdvisorBinary.run(["batch", out, "--rules", Self.rules, "--date", "2026-01-01"])
        #expect(batch.status == 0, "\(batch.stderr)")
        let rows = batch.stdout.split(separator: "\n")
        #expect(rows.count == 5)
        #expect(rows[1].hasPrefix("COL,Colombia,2023,critical,0.92,none,0,justice_reform,"))
        #expect(rows[2].hasPrefix("KEN,Kenya,2023,none,0,critical,1,"))
    }

    /// Issue 16's "done when", as the README shows it: two World Bank downloads of WGI series
    /// for a few countries become one profile each, and `advisor batch` advises on each with the
    /// default ruleset, the trend rule ROL-024 firing where the Rule of Law estimate fell.
    @Test func worldBankSeriesThenBatchFiresATrendRule() throws {
        let out = try Self.folder().appendingPathComponent("profiles").path + "/"
        let imported = try AdvisorBinary.run(
            [
                "import", "worldbank", "Tests/AdvisoryDataTests/Fixtures/API_RL.EST_DS2_en_csv_v2.csv",
                "Tests/AdvisoryDataTests/Fixtures/API_CC.EST_DS2_en_csv_v2.csv", "--out", out,
            ], in: AdvisorBinary.repositoryRoot)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("Imported 4 countries"))
        #expect(imported.stdout.contains("  WLD  World: a regional or income aggregate"))
        let profile = try String(contentsOfFile: out + "PHL.yaml", encoding: .utf8)
        #expect(profile.contains("series: {2018: -0.33, 2019: -0.41, 2020: -0.5, 2021: -0.57, 2022: -0.63}"))
        let batch = try AdvisorBinary.run(
            ["batch", out, "--format", "jsonl", "--date", "2026-11-29"], in: AdvisorBinary.repositoryRoot)
        #expect(batch.status == 0, "\(batch.stderr)")
        var fired: [String: [String]] = [:]
        var weakRuleOfLaw: [String: String] = [:]
        for line in batch.stdout.split(separator: "\n") {
            let report = try #require(
                try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "a JSON report per line")
            let code = try #require((report["country"] as? [String: Any])?["code"] as? String)
            let rules = try #require(report["rules"] as? [[String: Any]])
            fired[code] = rules.filter { $0["result"] as? String == "fired" }.compactMap { $0["id"] as? String }
            let threats = try #require(report["threats"] as? [[String: Any]])
            weakRuleOfLaw[code] = threats.first { $0["id"] as? String == "weak_rule_of_law" }?["level"] as? String
        }
        #expect(fired.keys.sorted() == ["COL", "KEN", "NOR", "PHL"])
        // The Philippines' estimate fell 0.37 since 2018, to -0.7: no band fires, the trend does.
        #expect(fired["PHL"]?.contains("ROL-024") == true)
        #expect(fired["PHL"]?.contains("ROL-015") == false)
        #expect(weakRuleOfLaw["PHL"] == "low")
        // Colombia's fell 0.19: no deterioration.
        #expect(fired["COL"]?.contains("ROL-024") == false)
        #expect(weakRuleOfLaw["COL"] == nil)
    }

    @Test func anExistingProfileIsNeverSilentlyReplaced() throws {
        let out = try Self.folder().path
        let hand = "country: {code: KEN, name: Kenya, year: 2023}\nindicators:\n  coastal: true  # checked\n"
        try hand.write(toFile: out + "/kenya.yaml", atomically: true, encoding: .utf8)
        let arguments = ["import", "worldbank", Self.worldBank, "--out", out, "--rules", Self.rules]
        let refused = try AdvisorBinary.run(arguments)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("error: \(out)/kenya.yaml already holds KEN; give --update to merge"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["kenya.yaml"])
        let updated = try AdvisorBinary.run(arguments + ["--update"])
        #expect(updated.status == 0, "\(updated.stderr)")
        #expect(updated.stdout.contains("\(out)/kenya.yaml (updated: 2 added)"))
        let text = try String(contentsOfFile: out + "/kenya.yaml", encoding: .utf8)
        #expect(text.hasPrefix(hand))
        #expect(text.contains("  wgi_rule_of_law:\n    value: -0.39\n"))
    }

    @Test func newProfileIsValidAndNeverReplacesAFile() throws {
        let out = try Self.folder().appendingPathComponent("arc.yaml").path
        let made = try AdvisorBinary.run(
            [
                "new", "profile", "--country", "ARC", "--name", "Republic of Arcadia", "--year", "2024", "--rules",
                Self.rules,
                "--output", out,
            ])
        #expect(made.status == 0, "\(made.stderr)")
        let validated = try AdvisorBinary.run(["validate", Self.rules, "--profile", out])
        #expect(validated.status == 0, "\(validated.stdout)\(validated.stderr)")
        let again = try AdvisorBinary.run(
            [
                "new", "profile", "--country", "ARC", "--name", "X", "--year", "2024", "--rules", Self.rules,
                "--output", out,
            ])
        #expect(again.status == 2)
        #expect(again.stderr.contains("exists; it is not replaced"))
        let unnamed = try AdvisorBinary.run([
            "new", "profile", "--country", "ARC", "--year", "2024", "--rules", Self.rules,
        ])
        #expect(unnamed.status == 2)
        #expect(unnamed.stderr.contains("give the country's name with --name"))
    }

    @Test func aTableRowIsAProfile() throws {
        let evaluated = try AdvisorBinary.run(
            ["evaluate", Self.long + "#COL", "--rules", Self.rules, "--format", "json", "--date", "2026-01-01"])
        #expect(evaluated.status == 0, "\(evaluated.stderr)")
        #expect(evaluated.stdout.contains("\"code\" : \"COL\"") || evaluated.stdout.contains("\"code\": \"COL\""))
        let explained = try AdvisorBinary.run(
            ["explain", Self.long + "#COL", "--rule", "ROL-1", "--rules", Self.rules, "--date", "2026-01-01"])
        #expect(explained.status == 0, "\(explained.stderr)")
        #expect(explained.stdout.contains("Hand-checked estimate"))
        let whatIf = try AdvisorBinary.run(
            ["what-if", Self.long + "#COL", "--set", "wgi_rule_of_law=0.5", "--rules", Self.rules])
        #expect(whatIf.status == 0, "\(whatIf.stderr)")
        let whole = try AdvisorBinary.run(["explain", Self.long, "--rule", "ROL-1", "--rules", Self.rules])
        #expect(whole.status == 2)
        #expect(whole.stderr.contains("holds 2 profiles; name one row, as in \(Self.long)#COL"))
        let batch = try AdvisorBinary.run(["batch", Self.long, "--rules", Self.rules, "--date", "2026-01-01"])
        #expect(batch.status == 0, "\(batch.stderr)")
        #expect(batch.stdout.split(separator: "\n").map { $0.prefix(4) } == ["code", "COL,", "KEN,"])
    }
}
