import Foundation
import Testing

/// `advisor diff` end to end: folders and git revisions as the base, exit codes, formats.
@Suite
struct DiffCommandTests {
    typealias Scratch = EvaluateCommandTests.Scratch

    static let fixture = AdvisorBinary.repositoryRoot.appendingPathComponent(
        "Tests/AdvisoryAnalysisTests/Fixtures/diff")
    static let base = fixture.appendingPathComponent("base").path
    static let head = fixture.appendingPathComponent("head").path
    static let profiles = fixture.appendingPathComponent("profiles").path

    static func diff(_ arguments: [String], in directory: URL? = nil) throws -> AdvisorBinary.Result {
        try AdvisorBinary.run(["diff", "--date", "2025-01-15"] + arguments, in: directory)
    }

    static let gitAvailable: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "--version"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    /// Runs git in `folder`, failing the test when it fails.
    static func git(_ arguments: [String], in folder: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=test", "-c", "user.email=test@example.org"] + arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "git \(arguments.joined(separator: " ")) failed")
    }

    /// Copies a fixture ruleset folder to `target`, replacing what was there.
    static func copyRuleset(_ source: String, to target: URL) throws {
        try? FileManager.default.removeItem(at: target)
        try FileManager.default.copyItem(at: URL(fileURLWithPath: source), to: target)
    }

    /// A scratch git repository whose one commit holds `committed` (and `extra` files) as
    /// `rules/`, with the fixture's head ruleset in `rules/` of the work tree.
    static func repository(committing committed: String, extra: [String: String] = [:]) throws -> (
        scratch: Scratch, rules: URL
    ) {
        let scratch = try Scratch()
        let rules = scratch.url.appendingPathComponent("rules")
        try copyRuleset(committed, to: rules)
        for (name, text) in extra { try Data(text.utf8).write(to: rules.appendingPathComponent(name)) }
        try git(["init", "-q"], in: scratch.url)
        try git(["add", "."], in: scratch.url)
        try git(["commit", "-q", "-m", "base"], in: scratch.url)
        try copyRuleset(head, to: rules)
        return (scratch, rules)
    }

    @Test("advice that changes: exit 1, the changed profiles, the reason leaf by leaf")
    func adviceChanges() throws {
        let result = try Self.diff(["--base", Self.base, "--head", Self.head, Self.profiles])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.contains("Advice changes for 4 of 6 profile(s): ALF, CEL, DRV, EST."))
        #expect(result.stdout.contains("when: rule_of_law <= -1.0 → <= -0.8 (rule_of_law = -0.9)"))
        // The head's profile warnings go to standard error.
        #expect(result.stderr.contains("warning[PA407]: 'iuu_score' does not apply to Celestia"))
    }

    @Test("no advice change: exit 0, even when the rulesets differ")
    func noAdviceChange() throws {
        let brevia = Self.fixture.appendingPathComponent("profiles/brevia.yaml").path
        let result = try Self.diff(["--base", Self.base, "--head", Self.head, brevia])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("No advice changes for the 1 profile(s) compared."))
        #expect(result.stdout.contains("when: rule_of_law <= -1.0 → <= -0.8"))
    }

    @Test("Markdown and JSON on standard output; --output writes the file", arguments: ["markdown", "json"])
    func formats(format: String) throws {
        let result = try Self.diff(["--base", Self.base, "--head", Self.head, Self.profiles, "--format", format])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.hasPrefix(format == "json" ? "{" : "## Ruleset diff"))
        let scratch = try Scratch()
        let written = try Self.diff([
            "--base", Self.base, "--head", Self.head, Self.profiles, "--format", format, "--output", scratch.path("d"),
        ])
        #expect(written.status == 1, "\(written.stderr)")
        #expect(written.stdout.isEmpty)
        #expect(try scratch.read("d") == result.stdout)
    }

    @Test("--output refuses a file of either ruleset, the base folder included")
    func outputNeverReplacesARulesetFile() throws {
        let scratch = try Scratch()
        let base = scratch.url.appendingPathComponent("base")
        let head = scratch.url.appendingPathComponent("head")
        try Self.copyRuleset(Self.base, to: base)
        try Self.copyRuleset(Self.head, to: head)
        for folder in [base, head] {
            let target = folder.appendingPathComponent("ruleset.yaml")
            let before = try Data(contentsOf: target)
            let result = try Self.diff([
                "--base", base.path, "--head", head.path, Self.profiles, "--output", target.path,
            ])
            #expect(result.status == 2, "\(folder.lastPathComponent): \(result.stderr)")
            #expect(result.stderr.contains("it is an input file"))
            #expect(try Data(contentsOf: target) == before)
        }
    }

    @Test("bad input is exit 2 with the reason")
    func badInput() throws {
        let scratch = try Scratch()
        let missing = try Self.diff(["--base", Self.base, "--head", Self.head, scratch.path("nowhere.yaml")])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nowhere.yaml: no such file or folder"))
        let broken = try scratch.write(
            "broken.yaml", "country: {code: X, name: X, year: 2024}\nindicators: {criminality: 99}\n")
        let invalid = try Self.diff(["--base", Self.base, "--head", Self.head, broken])
        #expect(invalid.status == 2)
        #expect(invalid.stderr.contains("broken.yaml:2:27: error[PA403]"))
        #expect(invalid.stdout.isEmpty)
        let badHead = try Self.diff(["--base", Self.base, "--head", scratch.url.path, Self.profiles])
        #expect(badHead.status == 2)
        #expect(badHead.stderr.contains("no ruleset.yaml in this folder"))
        let noProfiles = try Self.diff(["--base", Self.base, "--head", Self.head])
        #expect(noProfiles.status == 2)
    }

    @Test(
        "a revision needs the head folder to be in a git repository, and a revision that exists",
        .enabled(if: gitAvailable, "needs git"))
    func revisionErrors() throws {
        let outsideScratch = try Scratch()
        let outsideRules = outsideScratch.url.appendingPathComponent("rules")
        try Self.copyRuleset(Self.head, to: outsideRules)
        let outside = try Self.diff(["--base", "HEAD~1", "--head", outsideRules.path, Self.profiles])
        #expect(outside.status == 2)
        #expect(
            outside.stderr.contains(
                "--base HEAD~1 is not a folder, and \(outsideRules.path) is not in a git repository"))
        let (scratch, rules) = try Self.repository(committing: Self.base)
        let unknown = try Self.diff(["--base", "no-such-branch", "--head", rules.path, Self.profiles])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown revision 'no-such-branch'"))
        let absent = try Self.diff(["--base", "HEAD:elsewhere", "--head", rules.path, Self.profiles], in: scratch.url)
        #expect(absent.status == 2)
        #expect(absent.stderr.contains("the revision has no folder 'HEAD:elsewhere'"))
    }

    @Test(
        "--base REV reads the head's folder at that revision; REV:path names another folder",
        .enabled(if: gitAvailable, "needs git"))
    func revisions() throws {
        let (scratch, rules) = try Self.repository(committing: Self.base)
        let result = try Self.diff(["--base", "HEAD", "--head", rules.path, Self.profiles])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(
            result.stdout.hasPrefix(
                "Ruleset diff: HEAD:rules (diff-fixture 1.0.0) → \(rules.path) (diff-fixture 1.1.0)"))
        #expect(result.stdout.contains("Advice changes for 4 of 6 profile(s)"))
        // The same as comparing the folders.
        let folders = try Self.diff(["--base", Self.base, "--head", Self.head, Self.profiles])
        let body = { (text: String) in text.split(separator: "\n").dropFirst().joined(separator: "\n") }
        #expect(body(result.stdout) == body(folders.stdout))
        // Run from the repository: REV:path, and a head inside a sub-folder of the work tree.
        let named = try Self.diff(["--base", "HEAD:rules", "--head", "rules", Self.profiles], in: scratch.url)
        #expect(named.status == 1, "\(named.stderr)")
        #expect(named.stdout.hasPrefix("Ruleset diff: HEAD:rules (diff-fixture 1.0.0) → rules (diff-fixture 1.1.0)"))
        // No temporary copy is left behind.
        let temporary = scratch.url.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        let again = try AdvisorBinary.run(
            ["diff", "--base", "HEAD", "--head", rules.path, Self.profiles], environment: ["TMPDIR": temporary.path])
        #expect(again.status == 1, "\(again.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).isEmpty)
    }

    @Test("an invalid base at a revision names its files as REV:path", .enabled(if: gitAvailable, "needs git"))
    func invalidBaseRevision() throws {
        let (scratch, rules) = try Self.repository(
            committing: Self.base,
            extra: [
                "broken.yaml": "rules:\n  - id: BROKEN\n    when: criminality >>= 3\n    then: {threats: [env_crime]}\n"
            ])
        let result = try Self.diff(["--base", "HEAD", "--head", rules.path, Self.profiles])
        #expect(result.status == 2)
        #expect(result.stderr.contains("HEAD:rules/broken.yaml:3:23: error[PA201]"), "\(result.stderr)")
        #expect(result.stderr.contains("error: the base ruleset HEAD:rules is invalid"))
        withExtendedLifetime(scratch) {}
    }
}
