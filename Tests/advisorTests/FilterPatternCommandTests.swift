import Foundation
import Testing

/// `advisor test --filter` on a pattern that makes a backtracking engine take exponential time.
@Suite struct FilterPatternCommandTests {
    /// `--filter '^(a+)+$'` with a test named twenty `a`s and a `!` ran past 20 s (each more `a`
    /// doubles it). With 28 `a`s a backtracking engine would need hours; the run is given a
    /// minute (through `timeout`, which exits 124) and must finish with no test selected.
    @Test func aCatastrophicPatternRunsInLinearTime() throws {
        let ruleset = try HostileInputTests.TinyRuleset()
        let name = String(repeating: "a", count: 28) + "!"
        _ = try ruleset.write(
            "rules/tests/names.yaml",
            """
            tests:
              - name: "\(name)"
                profile: {country: {code: AAA, name: A, year: 2024}, indicators: {x: 1}}
                expect: {fired: [R1]}
              - name: aaaa
                profile: {country: {code: AAA, name: A, year: 2024}, indicators: {x: 1}}
                expect: {fired: [R1]}

            """)
        let binary = try #require(AdvisorBinary.url)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments = ["60", binary.path, "test", ruleset.root, "--filter", "^(a+)+$"]
        process.environment = ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1"]) { $1 }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let result = (status: process.terminationStatus, stdout: stdout)
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("1 passed, 0 failed\n"), "\(result.stdout)")
        #expect(result.stdout.contains("ok   \(ruleset.root)/tests/names.yaml: aaaa\n"))
        #expect(!result.stdout.contains(name))
    }
}
