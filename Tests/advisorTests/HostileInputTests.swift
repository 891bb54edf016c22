import Foundation
import Testing

/// Inputs found by the hostile-input campaign: each once crashed the binary, hung it, gave a
/// wrong exit code or an unclear error.
@Suite
struct HostileInputTests {
    /// A small ruleset in a scratch folder, with an unbounded number indicator `x`.
    final class TinyRuleset {
        let scratch: EvaluateCommandTests.Scratch
        var root: String { scratch.path("rules") }

        init(rules: String = TinyRuleset.defaultRules) throws {
            scratch = try EvaluateCommandTests.Scratch()
            try FileManager.default.createDirectory(atPath: scratch.path("rules/rules"), withIntermediateDirectories: true)
            _ = try scratch.write("rules/ruleset.yaml", """
                ruleset: {id: tiny, title: Tiny, version: 1.0.0, stale_after_years: 3}
                indicators:
                  - {id: x, type: number}
                  - {id: y, type: number, range: [0, 10]}
                threats:
                  - {id: t, title: T}
                priorities:
                  - {id: p, title: P}
                strategies:
                  - {id: s, priority: p, title: S, addresses: [t], instruments: [i]}
                instruments:
                  - {id: i, title: I, kind: treaty}

                """)
            _ = try scratch.write("rules/rules/r.yaml", rules)
        }

        static let defaultRules = """
            rules:
              - id: R1
                when: x > -1e308
                then: {threats: [t], strategies: [s]}
                because: x is {x}

            """

        /// Writes `text` at `relative` in the scratch folder, creating its folders.
        func write(_ relative: String, _ text: String) throws -> String {
            let folder = (scratch.path(relative) as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            return try scratch.write(relative, text)
        }
    }

    // MARK: Standard output that cannot be written

    /// Runs `advisor arguments` with standard output going to `output`; the termination
    /// reason, status and standard error.
    static func run(_ arguments: [String], stdout output: FileHandle, closing: FileHandle? = nil) throws
        -> (reason: Process.TerminationReason, status: Int32, stderr: String)
    {
        let binary = try #require(AdvisorBinary.url)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1"]) { $1 }
        let err = Pipe()
        process.standardOutput = output
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        try closing?.close()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationReason, process.terminationStatus, String(decoding: errData, as: UTF8.self))
    }

    /// Writing to a full device trapped inside Foundation (`FileHandle.write` uses `try!`).
    @Test func standardOutputOnAFullDevice() throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let result = try Self.run(["evaluate", EvaluateCommandTests.arcadia, "--rules", EvaluateCommandTests.rules], stdout: full)
        #expect(result.reason == .exit)
        #expect(result.status == 2)
        #expect(result.stderr == "error: cannot write to standard output: No space left on device\n")
    }

    /// A reader that has gone away killed the process with SIGPIPE.
    @Test func standardOutputToAClosedPipe() throws {
        let pipe = Pipe()
        let result = try Self.run(["evaluate", EvaluateCommandTests.arcadia, "--rules", EvaluateCommandTests.rules, "--format", "json"],
                                  stdout: pipe.fileHandleForWriting, closing: pipe.fileHandleForReading)
        #expect(result.reason == .exit)
        #expect(result.status == 2)
        #expect(result.stderr.isEmpty)
    }

    // MARK: Margins too large for a Double

    /// `1.7e308 − (−1e308)` is infinite: JSON cannot hold it, and the report, the explanation and
    /// the batch failed (exit 1 for explain and batch, as if validation had failed).
    @Test("a margin beyond Double's range is left out, not an encoding failure", arguments: [
        ["evaluate", "PROFILE", "--format", "json"],
        ["explain", "PROFILE", "--rule", "R1", "--format", "json"],
        ["batch", "FOLDER", "--format", "json"],
    ])
    func hugeMargin(arguments: [String]) throws {
        let tiny = try TinyRuleset()
        let profile = try tiny.write("profiles/huge.yaml", "country: {code: H, name: Huge, year: 2024}\nindicators: {x: 1.7e308}\n")
        let folder = (profile as NSString).deletingLastPathComponent
        let resolved = arguments.map { $0 == "PROFILE" ? profile : $0 == "FOLDER" ? folder : $0 }
        let result = try AdvisorBinary.run(resolved + ["--rules", tiny.root])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) is NSObject)
        #expect(!result.stdout.contains("\"margin\""))
    }
}
