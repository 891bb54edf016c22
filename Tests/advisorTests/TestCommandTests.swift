import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `advisor test` and `advisor validate` run as a user runs them: the built binary, its exit
/// code and its output.
@Suite struct TestCommandTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let fixtures = packageRoot.appendingPathComponent("Tests/AdvisoryCoreTests/Fixtures/ruletests").path

    /// The `advisor` built beside this test binary, else the debug build of the package.
    static var advisor: String {
        let candidates = [
            URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
                .appendingPathComponent("advisor").path,
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("advisor").path,
            packageRoot.appendingPathComponent(".build/debug/advisor").path,
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[candidates.count - 1]
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
        var lastLine: String? { stdout.split(separator: "\n").last.map(String.init) }
    }

    static func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: advisor)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func temporaryFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("advisor-test-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func basicFixtureFailsWithEightPassedTwoFailed() throws {
        let basic = Self.fixtures + "/basic"
        let run = try Self.run(["test", basic])
        #expect(run.status == 1)
        #expect(run.lastLine == "8 passed, 2 failed")
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.filter { $0.hasPrefix("ok   \(basic)/tests/") }.count == 8)
        let failures = lines.indices.filter { lines[$0].hasPrefix("FAIL ") }
        #expect(
            failures.map { lines[$0] } == [
                "FAIL \(basic)/tests/organized-crime.yaml: deliberately failing - expects high where the score reaches critical",
                "FAIL \(basic)/tests/rule-of-law.yaml: deliberately failing - expects RL-002 to fire for a high-income country",
            ])
        // Only the differing key under each failure.
        #expect(
            failures.map { lines[$0 + 1] } == [
                "    threats.organized_crime: expected high, got critical",
                "    fired: expected RL-002 to fire, got not_fired",
            ])
        #expect(!lines[failures[0] + 2].hasPrefix("    "))
        #expect(run.stdout.contains("rule coverage: 6/6 rules fired by at least one test (100.0%)\n"))
        #expect(run.stdout.contains("leaf coverage: 11/11 leaves seen both true and false (100.0%)\n"))
    }

    @Test func junitFileIsWrittenAndParses() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let junit = folder + "/results.xml"
        let run = try Self.run(["test", Self.fixtures + "/basic", "--junit", junit])
        #expect(run.status == 1)
        #expect(run.lastLine == "8 passed, 2 failed")
        let data = try Data(contentsOf: URL(fileURLWithPath: junit))
        let counter = ElementCounter()
        let parser = XMLParser(data: data)
        parser.delegate = counter
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
        #expect(counter.counts["testsuites"] == 1)
        #expect(counter.counts["testcase"] == 10)
        #expect(counter.counts["failure"] == 2)
        // Written atomically: nothing but the file is left in the folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["results.xml"])
    }

    @Test func filterIsARegularExpressionOnTheName() throws {
        let run = try Self.run(["test", Self.fixtures + "/basic", "--filter", "RL-002 off$|^harbour"])
        #expect(run.status == 0)
        #expect(run.lastLine == "2 passed, 0 failed")
        #expect(run.stdout.contains("  never fired: RL-002, RL-003\n"))
        let none = try Self.run(["test", Self.fixtures + "/basic", "--filter", "no such test"])
        #expect(none.status == 0)
        #expect(none.lastLine == "0 passed, 0 failed")
        #expect(none.stderr.contains("no test name matches --filter"))
    }

    @Test func coverageThresholdFailsTheRun() throws {
        let under = try Self.run([
            "test", Self.fixtures + "/basic", "--filter", "^harbour", "--coverage-threshold", "80",
        ])
        #expect(under.status == 1)
        #expect(under.lastLine == "1 passed, 0 failed")
        #expect(under.stdout.contains("rule coverage 50.0% is under the threshold 80%\n1 passed, 0 failed\n"))
        let met = try Self.run(["test", Self.fixtures + "/basic", "--filter", "^harbour", "--coverage-threshold", "50"])
        #expect(met.status == 0)
        // The JUnit file says why the run failed.
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let junit = folder + "/results.xml"
        let failed = try Self.run([
            "test", Self.fixtures + "/basic", "--filter", "^harbour", "--coverage-threshold", "80", "--junit", junit,
        ])
        #expect(failed.status == 1)
        let xml = try String(contentsOfFile: junit, encoding: .utf8)
        #expect(xml.contains("<testsuites name=\"advisor test\" tests=\"2\" failures=\"1\" errors=\"0\">"))
        #expect(
            xml.contains(
                "<testcase name=\"rule coverage\" classname=\"coverage\">\n      <failure message=\"rule coverage 50.0% is under the threshold 80%\" type=\"coverage\">"
            ))
        let bad = try Self.run(["test", Self.fixtures + "/basic", "--coverage-threshold", "150"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--coverage-threshold must be a percentage between 0 and 100"))
    }

    @Test func brokenTestFilesAreReportedAndTheOthersRun() throws {
        let broken = Self.fixtures + "/broken"
        let run = try Self.run(["test", broken])
        #expect(run.status == 1)
        #expect(run.lastLine == "3 passed, 5 failed")
        #expect(run.stdout.contains("FAIL \(broken)/tests/b-syntax.yaml: (invalid test file)\n"))
        #expect(
            run.stdout.contains(
                "    \(broken)/tests/b-syntax.yaml:5:14: error[PA004]: the '[' opened here is not closed")
        )
        #expect(run.stdout.contains("    \(broken)/tests/c-invalid.yaml:10:15: error[PA601]: unknown rule 'R-01'\n"))
        #expect(run.stdout.contains("ok   \(broken)/tests/c-invalid.yaml: the valid test in this file still runs\n"))
    }

    @Test func anInvalidRulesetIsNotTested() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(
            "ruleset: {id: bad, title: Bad, version: 1.0.0}\nrules:\n  - id: R\n    when: nothing >= 1\n    then: {threats: [t]}\n"
                .utf8
        )
        .write(to: URL(fileURLWithPath: folder + "/ruleset.yaml"))
        let run = try Self.run(["test", folder])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("error[PA302]: unknown indicator 'nothing'"))
        #expect(run.stderr.contains("its tests were not run"))
        let missing = try Self.run(["test", folder + "/nowhere"])
        #expect(missing.status == 2)
    }

    @Test func invalidFilterIsAUsageError() throws {
        let run = try Self.run(["test", Self.fixtures + "/basic", "--filter", "(unclosed"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("--filter '(unclosed' is not a valid regular expression"))
    }

    @Test func validateReportsStaticAnalysisAndStrictFails() throws {
        let clean = try Self.run(["validate", Self.fixtures + "/analysis/clean", "--strict"])
        #expect(clean.status == 0)
        #expect(clean.stdout.contains("0 errors, 0 warnings"))
        let findings = try Self.run(["validate", Self.fixtures + "/analysis/unsatisfiable"])
        #expect(findings.status == 0)
        #expect(findings.stdout.contains("warning[PA501]: the condition of rule 'U-1' can never be true"))
        // Four PA501 findings and two PA508 (U-4 can still fire, and reads what C-1 and C-3 read).
        #expect(findings.stdout.contains("0 errors, 6 warnings"))
        let strict = try Self.run(["validate", Self.fixtures + "/analysis/unsatisfiable", "--strict"])
        #expect(strict.status == 1)
        for fixture in [
            "always-true", "duplicate-condition", "subsumed-rule", "unreferenced-entry", "unraisable-threat",
            "unrecommended-strategy",
        ] {
            let run = try Self.run(["validate", Self.fixtures + "/analysis/" + fixture, "--strict"])
            #expect(run.status == 1, "\(fixture)")
        }
    }
}

/// Counts the elements of an XML document.
final class ElementCounter: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        counts[name, default: 0] += 1
    }
}
