import CSV
import Foundation
import LargeInputs
import TestSupport
import Testing
import YAML

@testable import AdvisoryCore

/// `advisor batch` tables: every cell's diagnostic names the line and column where the cell
/// starts, however the records are laid out.
@Suite struct ProfileTableTests {
    static func ruleset() throws -> Ruleset {
        try TestRulesets.ruleset(
            body: """
                indicators:
                  - {id: x, type: number, range: [0, 10]}
                  - {id: flag, type: boolean}
                  - {id: tier, type: category, values: [low, high]}
                instruments:
                  - {id: treaty, title: T, kind: treaty}

                """)
    }

    /// Loads `bytes` as a table; the diagnostics as `line:column code`.
    static func load(_ bytes: [UInt8]) throws -> ([Profile], [String]) {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let path = folder + "/table.csv"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let (profiles, diagnostics) = ProfileTable.load(path, ruleset: try ruleset())
        return (profiles, diagnostics.map { "\($0.location?.mark.description ?? "-") \($0.code.rawValue)" })
    }

    static func load(_ text: String) throws -> ([Profile], [String]) { try load(Array(text.utf8)) }

    /// A line break inside a quoted cell ("\r\n" is one Character, and was not counted) moved
    /// every later row up a line; a cell after it was placed on the record's first line.
    @Test("cells after a quoted line break keep their line and column", arguments: ["\n", "\r\n", "\r"])
    func quotedLineBreaks(lineBreak: String) throws {
        let text =
            ["code,name,year,x", "A,\"Multi", "line\",2024,abc", "B,Bee,2024,high"].joined(separator: lineBreak)
            + lineBreak
        let (_, diagnostics) = try Self.load(text)
        #expect(diagnostics == ["3:12 PA402", "4:12 PA402"])
    }

    /// Cells were reported in dictionary order, which changes from run to run.
    @Test("a row's diagnostics come in the order of its cells")
    func cellOrder() throws {
        let (_, diagnostics) = try Self.load(
            "code,name,year,x,flag,tier,instrument.treaty\nA,Aa,2024,abc,maybe,mid,bogus\n")
        #expect(diagnostics == ["2:11 PA402", "2:15 PA402", "2:21 PA204", "2:25 PA404"])
    }

    /// Each cell's column was found by scanning its whole line again: a line with a 4 MB
    /// name and 150 values took most of a minute. Values and name grow together, so that the
    /// old way grew as their product.
    @Test("a very long line is read in linear time")
    func longLine() throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        func load(_ count: Int) throws -> () -> ([Profile], [Diagnostic]) {
            let (rulesetText, table) = LargeInputs.longTableLine(columns: count, nameLength: count * 1_000)
            let ruleset = try TestRulesets.ruleset(["ruleset.yaml": rulesetText])
            let path = folder + "/long-\(count).csv"
            try Data(table.utf8).write(to: URL(fileURLWithPath: path))
            return { ProfileTable.load(path, ruleset: ruleset) }
        }
        let (profiles, diagnostics) = try load(150)()
        #expect(diagnostics.isEmpty)
        #expect(profiles.first?.indicators.count == 150)
        #expect(profiles.first?.indicators["v149"]?.location?.mark == Mark(line: 2, column: 150_009 + 149 * 2))
        try Scaling.expectLinear(size: 50) { try load($0) }
    }

    /// Invalid UTF-8 became U+FFFD silently (the YAML inputs refuse it).
    @Test func invalidUTF8IsRefused() throws {
        let (profiles, diagnostics) = try Self.load(
            Array("code,name,year,x\nA,A".utf8) + [0xFF] + Array(",2024,1\n".utf8))
        #expect(profiles.isEmpty)
        #expect(diagnostics == ["2:4 PA003"])
    }

    @Test func scannerSplitsAsCSVReaderDoes() {
        // A stray quote after a quoted field keeps the field quoted, as in CSVReader.
        let text = "a,\"b,\"\"c\"\"\",d\r\n\ne,\"f\"x,g\n,\n\"h"
        #expect(CSVFieldScanner.fieldStarts(Array(text.utf8)) == [[0, 2, 12], [15], [16, 18]])
    }

    /// For random texts, the scanner finds as many records, each with as many fields, as
    /// CSVReader reads: the positions belong to the rows they are used for.
    @Test func scannerAgreesWithCSVReader() throws {
        var random = SeededRandom(seed: 7)
        let alphabet = ["a", "b", ",", ",", "\"", "\"", "\r", "\n", "\r\n", " ", "é"]
        for _ in 0..<2_000 {
            let text = (0..<random.next(24)).map { _ in alphabet[random.next(alphabet.count)] }.joined()
            let reader = try CSVReader(string: text, hasHeaderRow: false)
            var rows: [Int] = []
            while let row = reader.next() { rows.append(row.count) }
            #expect(CSVFieldScanner.fieldStarts(Array(text.utf8)).map(\.count) == rows, "\(text.debugDescription)")
        }
    }
}
