import Foundation
import Testing

/// Thousands of diagnostics on one line: `validate` with 20,000 unknown keys in one flow
/// mapping took 12.6 s, `batch` with 20,000 unknown columns 9 to 19 s, and each printed all
/// 20,000 with a snippet of the line. Now each kind shows 50 and counts the rest.
@Suite(.timeLimit(.minutes(2))) struct DiagnosticFloodCommandTests {
    @Test func validateWithTwentyThousandUnknownKeysOnOneLine() throws {
        let scratch = try EvaluateCommandTests.Scratch()
        try FileManager.default.createDirectory(atPath: scratch.path("r"), withIntermediateDirectories: true)
        let keys = (0..<20_000).map { "k\($0): 1" }.joined(separator: ", ")
        _ = try scratch.write("r/ruleset.yaml", "ruleset: {id: x, title: X, version: 1.0.0, \(keys)}\n")
        let result = try AdvisorBinary.run(["validate", scratch.path("r")])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.filter { $0.contains(": error[PA102]") }.count == 50)
        #expect(lines.dropLast().last == "note: 19950 more error[PA102] diagnostics are not shown (the first 50 are)")
        #expect(lines.last?.contains("20000 errors, 0 warnings") == true)
    }

    @Test func batchWithTwentyThousandUnknownColumns() throws {
        let scratch = try EvaluateCommandTests.Scratch()
        let columns = (0..<20_000).map { "zz\($0)" }.joined(separator: ",")
        let table = try scratch.write(
            "t.csv", "code,name,year,\(columns)\nAAA,A,2024," + String(repeating: ",", count: 19_999) + "\n")
        let result = try AdvisorBinary.run(["batch", table, "--date", "2025-01-01"])
        #expect(result.status == 0, "\(result.stderr.prefix(500))")
        #expect(result.stdout.hasPrefix("code,name,year,"))
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.filter { $0.contains(": warning[PA401]") }.count == 50)
        #expect(lines.dropLast().last == "note: 19950 more warning[PA401] diagnostics are not shown (the first 50 are)")
        #expect(lines.last == "batch: 1 profile evaluated, 0 rejected")
    }
}
