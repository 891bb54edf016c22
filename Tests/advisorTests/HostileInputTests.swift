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
            try FileManager.default.createDirectory(
                atPath: scratch.path("rules/rules"), withIntermediateDirectories: true)
            _ = try scratch.write(
                "rules/ruleset.yaml",
                """
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
        let result = try Self.run(
            ["evaluate", EvaluateCommandTests.arcadia, "--rules", EvaluateCommandTests.rules], stdout: full)
        #expect(result.reason == .exit)
        #expect(result.status == 2)
        #expect(result.stderr == "error: cannot write to standard output: No space left on device\n")
    }

    /// A reader that has gone away killed the process with SIGPIPE.
    @Test func standardOutputToAClosedPipe() throws {
        let pipe = Pipe()
        let result = try Self.run(
            ["evaluate", EvaluateCommandTests.arcadia, "--rules", EvaluateCommandTests.rules, "--format", "json"],
            stdout: pipe.fileHandleForWriting, closing: pipe.fileHandleForReading)
        #expect(result.reason == .exit)
        #expect(result.status == 2)
        #expect(result.stderr.isEmpty)
    }

    // MARK: Report dates

    /// The report date with `--date` and `SOURCE_DATE_EPOCH`, or the exit status when refused.
    static func reportDate(option: String?, epoch: String?) throws -> (status: Int32, date: String?) {
        let arguments =
            [EvaluateCommandTests.arcadia, "--rules", EvaluateCommandTests.rules, "--format", "json"]
            + (option.map { ["--date=\($0)"] } ?? [])
        let result = try AdvisorBinary.run(
            ["evaluate"] + arguments, environment: epoch.map { ["SOURCE_DATE_EPOCH": $0] } ?? [:])
        guard result.status == 0 else { return (result.status, nil) }
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return (0, (report?["provenance"] as? [String: Any])?["date"] as? String)
    }

    /// `Int("+1")` accepted a sign ("2024-+1-01" reached the report), and the platform calendar
    /// refused the days of the Julian-Gregorian switch that ISO 8601 has.
    @Test(
        "--date takes exactly YYYY-MM-DD, proleptic Gregorian",
        arguments: [
            ("2024-+1-01", nil), ("+202-01-01", nil), ("2024-1-01", nil), ("0000-01-01", nil), ("2023-02-29", nil),
            ("2024-02-30", nil), ("1582-10-10", "1582-10-10"), ("2024-02-29", "2024-02-29"),
            ("9999-12-31", "9999-12-31"),
        ] as [(String, String?)])
    func dateOption(option: String, expected: String?) throws {
        let result = try Self.reportDate(option: option, epoch: nil)
        #expect(result.status == (expected == nil ? 2 : 0))
        #expect(result.date == expected)
    }

    /// A huge epoch printed "506713-02-07", a negative one lost its era ("4713-01-01").
    @Test(
        "SOURCE_DATE_EPOCH outside 0001-01-01…9999-12-31 is refused",
        arguments: [
            ("99999999999999999", nil), ("-99999999999999999", nil), ("253402300800", nil), ("-62135596801", nil),
            ("+5", nil),
            ("-62135596800", "0001-01-01"), ("253402300799", "9999-12-31"), ("-86401", "1969-12-30"),
            ("951782400", "2000-02-29"),
        ] as [(String, String?)])
    func sourceDateEpoch(epoch: String, expected: String?) throws {
        let result = try Self.reportDate(option: nil, epoch: epoch)
        #expect(result.status == (expected == nil ? 2 : 0))
        #expect(result.date == expected)
    }

    // MARK: validate --profile

    /// A --profile that could not be read counted as a validation error (exit 1).
    @Test(
        "validate exits 2 for a --profile that cannot be read, 1 for one with errors",
        arguments: [
            ("folder", Int32(2)), ("missing", 2), ("invalid", 1), ("valid", 0),
        ])
    func validateProfile(kind: String, expected: Int32) throws {
        let tiny = try TinyRuleset()
        let path =
            switch kind {
            case "folder": tiny.scratch.path("rules")
            case "missing": tiny.scratch.path("nowhere.yaml")
            case "invalid":
                try tiny.write("bad.yaml", "country: {code: B, name: Bad, year: 2024}\nindicators: {x: high}\n")
            default: try tiny.write("good.yaml", "country: {code: G, name: Good, year: 2024}\nindicators: {x: 1}\n")
            }
        let result = try AdvisorBinary.run(["validate", tiny.root, "--profile", path])
        #expect(result.status == expected, "\(result.stdout)")
    }

    // MARK: Margins too large for a Double

    /// `1.7e308 − (−1e308)` is infinite: JSON cannot hold it, and the report, the explanation and
    /// the batch failed (exit 1 for explain and batch, as if validation had failed).
    @Test(
        "a margin beyond Double's range is left out, not an encoding failure",
        arguments: [
            ["evaluate", "PROFILE", "--format", "json"],
            ["explain", "PROFILE", "--rule", "R1", "--format", "json"],
            ["batch", "FOLDER", "--format", "json"],
        ])
    func hugeMargin(arguments: [String]) throws {
        let tiny = try TinyRuleset()
        let profile = try tiny.write(
            "profiles/huge.yaml", "country: {code: H, name: Huge, year: 2024}\nindicators: {x: 1.7e308}\n")
        let folder = (profile as NSString).deletingLastPathComponent
        let resolved = arguments.map { $0 == "PROFILE" ? profile : $0 == "FOLDER" ? folder : $0 }
        let result = try AdvisorBinary.run(resolved + ["--rules", tiny.root])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) is NSObject)
        #expect(!result.stdout.contains("\"margin\""))
    }
}
