import Foundation
import Testing

/// `advisor batch` at scale: chunks in input order across threads, byte-identical reruns, bad
/// rows skipped with their positions, every format streamed.
@Suite struct BatchCommandTests {
    static let rules = EvaluateCommandTests.rules

    static func run(_ arguments: [String]) throws -> AdvisorBinary.Result {
        try AdvisorBinary.run(["batch", "--rules", rules, "--date", "2025-01-01"] + arguments)
    }

    /// A table of `rows` countries (more than one chunk of 1,024) with varied values; row `bad`
    /// (0-based), when given, has a cell out of range.
    static func table(rows: Int, bad: Set<Int> = []) -> String {
        var text = "code,name,year,goci_criminality,goci_resilience,post_conflict,instrument.untoc\n"
        let statuses = ["party", "signatory", "none", ""]
        for row in 0..<rows {
            let criminality = bad.contains(row) ? "11" : String(1 + Double(row % 19) / 2)
            let resilience = row % 7 == 0 ? "" : String(1 + Double((row * 3) % 19) / 2)
            text +=
                "C\(row),\"Country \(row), Republic\",2024,\(criminality),\(resilience),\(row % 3 == 0),\(statuses[row % 4])\n"
        }
        return text
    }

    @Test func rowsComeOutInInputOrderAndTheSameWithOneThreadOrTwo() throws {
        let scratch = try EvaluateCommandTests.Scratch()
        let table = try scratch.write("t.csv", Self.table(rows: 2_500))
        let two = try Self.run([table, "--jobs", "2"])
        let one = try Self.run([table, "--jobs", "1"])
        let again = try Self.run([table])
        #expect(two.status == 0, "\(two.stderr)")
        #expect(two.stdout == one.stdout)
        #expect(two.stdout == again.stdout)
        let codes = two.stdout.split(separator: "\n").dropFirst().map { $0.prefix { $0 != "," } }
        #expect(codes == (0..<2_500).map { "C\($0)"[...] })
        #expect(two.stderr.contains("batch: 2500 profiles evaluated, 0 rejected"))
        // Not a terminal: no progress line.
        #expect(!two.stderr.contains("\r"))
    }

    @Test func badRowsAreSkippedWithTheirPositionsAndExit1() throws {
        let scratch = try EvaluateCommandTests.Scratch()
        let table = try scratch.write("t.csv", Self.table(rows: 1_500, bad: [3, 1_200]))
        let result = try Self.run([table])
        #expect(result.status == 1)
        // Line = row + 2 (the header is line 1); the value is the 4th cell.
        let column = "C3,\"Country 3, Republic\",2024,".count + 1
        #expect(result.stderr.contains("t.csv:5:\(column): error[PA403]"), "\(result.stderr)")
        #expect(result.stderr.contains("t.csv:1202:"), "\(result.stderr)")
        #expect(result.stderr.contains("batch: 1498 profiles evaluated, 2 rejected"))
        let codes = result.stdout.split(separator: "\n").dropFirst().map { String($0.prefix { $0 != "," }) }
        #expect(codes.count == 1_498 && !codes.contains("C3") && !codes.contains("C1200"))
        #expect(codes.first == "C0" && codes.last == "C1499")
    }

    @Test func aBadProfileFileIsSkippedAndTheOthersEvaluated() throws {
        let scratch = try EvaluateCommandTests.Scratch()
        let folder = scratch.path("profiles")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let profiles = AdvisorBinary.fixtures.appendingPathComponent("profiles").path
        for name in try FileManager.default.contentsOfDirectory(atPath: profiles) {
            try FileManager.default.copyItem(atPath: profiles + "/" + name, toPath: folder + "/" + name)
        }
        try Data("country: {code: BAD, name: Bad, year: 2024}\nindicators: {goci_criminality: high}\n".utf8)
            .write(to: URL(fileURLWithPath: folder + "/bad.yaml"))
        let result = try Self.run([folder, "--format", "jsonl"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.yaml:2:32: error["), "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        let codes = try lines.map { line in
            let report = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return (report?["country"] as? [String: Any])?["code"] as? String
        }
        #expect(codes == ["ARC", "BOR"])
    }

    @Test func jsonIsOneArrayAndJSONLinesOneReportPerLine() throws {
        let scratch = try EvaluateCommandTests.Scratch()
        let table = try scratch.write("t.csv", Self.table(rows: 70))
        let json = try Self.run([table, "--format", "json"])
        let lines = try Self.run([table, "--format", "jsonl"])
        #expect(json.status == 0 && lines.status == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let rows = lines.stdout.split(separator: "\n")
        #expect(array.count == 70 && rows.count == 70)
        for (index, (report, line)) in zip(array, rows).enumerated() {
            let single = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(NSDictionary(dictionary: report).isEqual(to: single), "row \(index)")
            #expect((report["country"] as? [String: Any])?["code"] as? String == "C\(index)")
        }
    }

    @Test func aHeaderErrorStopsTheBatchAndWritesNothing() throws {
        let scratch = try EvaluateCommandTests.Scratch()
        let table = try scratch.write("t.csv", "code,name,goci_criminality\nA,Alpha,3\n")
        let output = scratch.path("out.csv")
        let result = try Self.run([table, "--output", output])
        #expect(result.status == 2)
        #expect(result.stderr.contains("the table has no 'year' column"))
        #expect(try scratch.contents() == ["t.csv"])
    }

    @Test func aMissingTableIsExit2AndWritesNothing() throws {
        let scratch = try EvaluateCommandTests.Scratch()
        let output = scratch.path("out.csv")
        let result = try Self.run([scratch.path("missing.csv"), "--output", output])
        #expect(result.status == 2)
        #expect(try scratch.contents().isEmpty)
    }

    @Test func theOutputIsNeverAnInput() throws {
        let scratch = try EvaluateCommandTests.Scratch()
        let table = try scratch.write("t.csv", Self.table(rows: 2))
        let result = try Self.run([table, "--output", table])
        #expect(result.status == 2)
        #expect(result.stderr.contains("it is an input file"))
        #expect(try scratch.read("t.csv") == Self.table(rows: 2))
    }
}
