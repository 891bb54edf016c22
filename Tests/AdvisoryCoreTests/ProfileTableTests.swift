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

    /// The records of `text` parsed in one piece: each record's start and fields.
    static func records(_ text: String) -> [(start: Int, fields: [Int], values: [String])] {
        let bytes = Array(text.utf8)
        var result: [(start: Int, fields: [Int], values: [String])] = []
        var start = 0
        while start < bytes.count {
            guard let parsed = bytes.withUnsafeBufferPointer({ CSVRecordParser.parse($0, from: start, isFinal: true) })
            else { break }
            let values = parsed.valueEnds.indices.map { index in
                let from = index == 0 ? 0 : Int(parsed.valueEnds[index - 1])
                return String(decoding: parsed.valueBytes[from..<Int(parsed.valueEnds[index])], as: UTF8.self)
            }
            result.append((start, parsed.fieldStarts.map { start + Int($0) }, values))
            start = parsed.end
        }
        return result
    }

    @Test func recordsSplitAsCSVReaderDoes() {
        // A stray quote after a quoted field keeps the field quoted, as in CSVReader, and the
        // character after it is dropped (the x, and the h at the end).
        let text = "a,\"b,\"\"c\"\"\",d\r\n\ne,\"f\"x,g\n,\n\"h"
        #expect(Self.records(text).map(\.fields) == [[0, 2, 12], [15], [16, 18]])
        #expect(Self.records(text).map(\.values) == [["a", "b,\"c\"", "d"], [""], ["e", "f\",g\n,\n\""]])
    }

    /// For random texts, the parser reads the same records, with the same values, as CSVReader.
    @Test func recordsAgreeWithCSVReader() throws {
        var random = SeededRandom(seed: 7)
        let alphabet = ["a", "b", ",", ",", "\"", "\"", "\r", "\n", "\r\n", " ", "é", "\u{2028}"]
        for _ in 0..<3_000 {
            let text = (0..<random.next(24)).map { _ in alphabet[random.next(alphabet.count)] }.joined()
            let reader = try CSVReader(string: text, hasHeaderRow: false)
            var rows: [[String]] = []
            while let row = reader.next() { rows.append(row) }
            #expect(Self.records(text).map(\.values) == rows, "\(text.debugDescription)")
        }
    }

    /// Read from a file in blocks of a few bytes, records come out as parsed in one piece, each
    /// on the line where it starts (a quoted line break, NEL, LS and PS count as lines).
    @Test func blockReadsAgreeWithOnePiece() throws {
        var random = SeededRandom(seed: 11)
        let alphabet = ["a", ",", "\"", "\r", "\n", "\r\n", "é", "\u{85}", "\u{2029}", "€"]
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        for round in 0..<400 {
            let text = (0..<random.next(30)).map { _ in alphabet[random.next(alphabet.count)] }.joined()
            let path = folder + "/t\(round).csv"
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            let reader = try #require(CSVRecordReader(path: path, blockSize: 1 + round % 5))
            var records: [CSVRecord] = []
            while let record = try reader.next() { records.append(record) }
            let expected = Self.records(text)
            #expect(records.map(\.values) == expected.map(\.values), "\(text.debugDescription)")
            let file = SourceFile(path: path, bytes: Array(text.utf8))
            #expect(
                records.map(\.line) == expected.map { file.mark(ofByteOffset: $0.start).line },
                "\(text.debugDescription)")
        }
    }

    @Test func aByteOrderMarkIsNotPartOfTheFirstColumn() throws {
        let (profiles, diagnostics) = try Self.load([0xEF, 0xBB, 0xBF] + Array("code,name,year,x\nA,Aa,2024,3\n".utf8))
        #expect(diagnostics.isEmpty)
        #expect(profiles.first?.country.code == "A")
    }

    @Test func aRecordOverTheLimitStopsTheReader() throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let path = folder + "/open.csv"
        try Data(("a,b\n\"" + String(repeating: "x", count: 300)).utf8).write(to: URL(fileURLWithPath: path))
        let reader = try #require(CSVRecordReader(path: path, maxRecordBytes: 100, blockSize: 64))
        #expect(try reader.next()?.values == ["a", "b"])
        #expect(throws: CSVRecordReader.Failure.recordTooLong(line: 2, limit: 100)) { try reader.next() }
    }
}

/// Table cells take a shortcut for plain decimals; it must read every cell as the YAML path does.
@Suite struct TableCellScalarTests {
    @Test(
        "the decimal shortcut agrees with CoreSchema",
        arguments: [
            "0", "-0", "12", "-12", "3.75", "-0.5", "1.", ".5", "1e3", "-1.5e2", "123456789012345", "1234567890123.5",
            "1234567890123456", "99999999999999999999", "1.2.3", "-", "--1", "+1", "0x1F", "0o7", "007", "1_000", "1,5",
            "true", "high", "-.inf", ".nan", "null", "~", "١٢", "True", "FALSE", "Null", "NULL", "yes", "NO", "x1",
            "upper middle", "nan", "inf", "e5", "Infinity", "é",
        ])
    func shortcutAgrees(text: String) {
        let bytes = Array(text.utf8)[...]
        let fast = TableRowDecoder.scalar(bytes, text)
        let slow = CoreSchema.resolvePlain(text)
        #expect(String(describing: fast) == String(describing: slow), "\(text)")
        if case .float(let a) = fast, case .float(let b) = slow { #expect(a.bitPattern == b.bitPattern || a.isNaN) }
    }
}
