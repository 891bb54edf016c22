import Foundation
import Testing

/// `advisor robustness`, `evaluate --robustness N` and `batch --robustness N` as a user runs
/// them: the same bytes whatever `--jobs`, the section in every format, refused options.
@Suite struct RobustnessCommandTests {
    static let rules = EvaluateCommandTests.rules
    static let solaria = AdvisorBinary.fixtures.appendingPathComponent("uncertain/solaria.yaml").path
    static let arcadia = EvaluateCommandTests.arcadia

    static func run(_ arguments: [String]) throws -> AdvisorBinary.Result {
        try AdvisorBinary.run(["robustness", "--rules", rules, "--date", "2025-01-15"] + arguments)
    }

    @Test("the same bytes whatever --jobs", arguments: ["text", "json"])
    func sameBytesWhateverTheJobs(format: String) throws {
        let one = try Self.run([Self.solaria, "--draws", "3000", "--jobs", "1", "--format", format])
        let three = try Self.run([Self.solaria, "--draws", "3000", "--jobs", "3", "--format", format])
        let again = try Self.run([Self.solaria, "--draws", "3000", "--format", format])
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdout == three.stdout)
        #expect(one.stdout == again.stdout)
        #expect(one.stderr.isEmpty)
        let other = try Self.run([Self.solaria, "--draws", "3000", "--seed", "2", "--format", format])
        #expect(other.stdout != one.stdout)
    }

    @Test func theDocumentMatchesTheLibrarysGolden() throws {
        let result = try Self.run([Self.solaria, "--draws", "2000", "--format", "json"])
        let golden = try String(
            contentsOf: AdvisorBinary.repositoryRoot.appendingPathComponent(
                "Tests/AdvisoryReportsTests/Golden/solaria.robustness.json"), encoding: .utf8)
        #expect(result.stdout == golden)
    }

    @Test func theTextSaysWhatIsFragileAndWhy() throws {
        let result = try Self.run([Self.solaria, "--draws", "2000"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Threats: 0 stable, 4 fragile."))
        #expect(result.stdout.contains("FRAGILE Cybercrime [cybercrime]: medium in 75.4% of the draws"))
        #expect(result.stdout.contains("Borderline: CYB-001 hinges on internet_users_pct >= 60"))
    }

    @Test func aProfileWithoutStandardErrorsIsStable() throws {
        let result = try Self.run([Self.arcadia, "--draws", "50", "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let robustness = try #require(object["robustness"] as? [String: Any])
        let summary = try #require(robustness["summary"] as? [String: Int])
        #expect(summary["fragile_threats"] == 0 && summary["fragile_strategies"] == 0 && summary["fragile_rules"] == 0)
        #expect(object["schema"] as? String == "policyadvisor.robustness/v1")
    }

    @Test(
        "bad options are refused with exit 2",
        arguments: [
            ["--draws", "0"], ["--draws", "10000001"], ["--jobs", "0"], ["--jobs", "257"],
            ["--jobs", "9223372036854775807"], ["--seed", "-1"], ["--format", "csv"],
            ["--lang", "fr"],
        ])
    func refused(options: [String]) throws {
        let result = try Self.run([Self.solaria] + options)
        #expect(result.status == 2, "\(options)")
        #expect(result.stdout.isEmpty)
    }

    @Test func aBadDateIsRefusedWithTheCommandsUsage() throws {
        let result = try AdvisorBinary.run(["robustness", "--rules", Self.rules, Self.solaria, "--date", "2024-02-30"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--date expects a date YYYY-MM-DD"))
        #expect(result.stderr.contains("Usage: advisor robustness"))
    }

    @Test func theDocumentIsWrittenToAFile() throws {
        let scratch = try EvaluateCommandTests.Scratch()
        let path = scratch.path("solaria.html")
        let result = try Self.run([
            Self.solaria, "--draws", "200", "--format", "html", "--output", path, "--lang", "es",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.contains("<html lang=\"es\">"))
        #expect(html.contains("Robustez ante la incertidumbre de los datos"))
        // The profile is an input: never written over.
        let refused = try Self.run([Self.solaria, "--draws", "10", "--output", Self.solaria])
        #expect(refused.status == 2)
    }

    @Test func evaluateAddsTheSectionToEveryFormat() throws {
        for format in ["text", "markdown", "html", "json", "csv"] {
            let result = try AdvisorBinary.run([
                "evaluate", "--rules", Self.rules, "--date", "2025-01-15", Self.solaria, "--robustness", "2000",
                "--format", format,
            ])
            #expect(result.status == 0, "\(format): \(result.stderr)")
            let golden = try String(
                contentsOf: AdvisorBinary.repositoryRoot.appendingPathComponent(
                    "Tests/AdvisoryReportsTests/Golden/solaria.\(format == "text" ? "txt" : format == "markdown" ? "md" : format)"
                ),
                encoding: .utf8)
            #expect(result.stdout == golden, "\(format)")
        }
        let refused = try AdvisorBinary.run(["evaluate", "--rules", Self.rules, Self.solaria, "--robustness", "0"])
        #expect(refused.status == 2)
    }

    @Test func batchGivesTheShareAtTheReportedLevel() throws {
        let scratch = try EvaluateCommandTests.Scratch()
        let folder = scratch.path("profiles")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for profile in [Self.arcadia, Self.solaria] {
            try FileManager.default.copyItem(
                atPath: profile, toPath: folder + "/" + URL(fileURLWithPath: profile).lastPathComponent)
        }
        let run = { (extra: [String]) in
            try AdvisorBinary.run(
                ["batch", "--rules", Self.rules, "--date", "2025-01-15", folder, "--robustness", "2000"] + extra)
        }
        let one = try run(["--jobs", "1"])
        let two = try run(["--jobs", "2"])
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdout == two.stdout)
        let lines = one.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let header = try #require(lines.first)
        let column = try #require(header.firstIndex(of: "cybercrime_share"))
        #expect(header[column - 2] == "cybercrime" && header[column - 1] == "cybercrime_score")
        // Arcadia has no standard errors: every share is 1. Solaria's cybercrime as in the report.
        #expect(lines[1][column] == "1")
        #expect(lines[2][column] == "0.7535")
        // JSON: each report carries its section.
        let json = try run(["--format", "json"])
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(reports.allSatisfy { $0["robustness"] != nil })
        // Without the option nothing changes.
        let plain = try AdvisorBinary.run(["batch", "--rules", Self.rules, "--date", "2025-01-15", folder])
        #expect(!plain.stdout.contains("_share"))
    }
}
