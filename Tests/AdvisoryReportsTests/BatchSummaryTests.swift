import AdvisoryCore
import CSV
import Testing

@testable import AdvisoryReports

@Suite struct BatchSummaryTests {
    /// Batch CSV wrote scores with 3 fixed decimals ("0.000" for a threat not raised), the
    /// report's CSV with up to 6: the same score read differently in two files.
    @Test("a threat's score reads the same in batch CSV as in the report's CSV")
    func scoresMatchTheReportCSV() throws {
        let report = try Fixtures.arcadia
        let compiled = try Fixtures.compiled()
        let arcadia = Fixtures.folder.appendingPathComponent("profiles/arcadia.yaml").path
        let text = try BatchRunnerTests.text(BatchSummary(compiled), FileBatchSource([arcadia]), compiled)
        let reader = try CSVReader(string: text, hasHeaderRow: true)
        let header = try #require(reader.headerRow)
        let row = try #require(reader.next())
        let reportRows = CSVReportRenderer.rows(report).filter { $0[1] == "threat" }
        #expect(!reportRows.isEmpty)
        for threat in compiled.ruleset.threats {
            let score = try #require(header.firstIndex(of: threat.id + "_score"))
            let expected = reportRows.first { $0[2] == threat.id }?[5] ?? "0"
            #expect(row[score] == expected, "\(threat.id)")
        }
        #expect(row.contains("0"))
        #expect(!row.contains { $0.hasSuffix(".000") })
    }
}
