import AdvisoryCore
import Foundation
import Testing

@testable import AdvisoryReports

/// The batch pipeline: the lean CSV summary says what the reports say, the streamed JSON is the
/// array encoded at once, and memory holds one chunk however many rows there are.
@Suite struct BatchRunnerTests {
    static let date = CalendarDate(parsing: Fixtures.date) ?? .unixEpoch

    static func profilePaths() throws -> [String] {
        let folder = Fixtures.folder.appendingPathComponent("profiles").path
        return try FileManager.default.contentsOfDirectory(atPath: folder).sorted().map { folder + "/" + $0 }
    }

    /// Runs `format` over `source` and returns the text written.
    static func text<Format: BatchTextFormat>(
        _ format: Format, _ source: some BatchSource, _ compiled: CompiledRuleset, chunkSize: Int = 1_024
    ) throws -> String {
        nonisolated(unsafe) var text = ""
        var sink = TextBatchSink(format) { text += $0 }
        let runner = BatchRunner(BatchContext(compiled, date: date), chunkSize: chunkSize, workers: 2)
        _ = try runner.run(source, into: &sink)
        return text
    }

    @Test func streamedJSONIsTheArrayEncodedAtOnce() throws {
        let compiled = try Fixtures.compiled()
        let reports = [try Fixtures.arcadia, try Fixtures.borealia]
        let streamed = try Self.text(BatchJSON(), FileBatchSource(try Self.profilePaths()), compiled, chunkSize: 1)
        #expect(streamed == (try JSONReportRenderer.render(reports)))
    }

    /// The CSV summary reads the lean results; its cells are those the reports give.
    @Test func theLeanSummarySaysWhatTheReportsSay() throws {
        let compiled = try Fixtures.compiled()
        let reports = [try Fixtures.arcadia, try Fixtures.borealia]
        let lines = try Self.text(BatchSummary(compiled), FileBatchSource(try Self.profilePaths()), compiled)
            .split(separator: "\n").map(String.init)
        let expected = CSVText.write(
            [lines[0].components(separatedBy: ",")] + reports.map { Self.row($0, compiled.ruleset) }
        ).split(separator: "\n").map(String.init)
        #expect(lines == expected)
    }

    /// A summary row computed from a report.
    static func row(_ report: Report, _ ruleset: Ruleset) -> [String] {
        var row = [report.country.code, report.country.name, String(report.country.year)]
        for threat in ruleset.threats {
            let finding = report.threats.first { $0.id == threat.id }
            row += [finding?.level ?? "none", finding.map { CSVReportRenderer.score($0.score) } ?? "0"]
        }
        row.append(report.strategies.map(\.id).joined(separator: ";"))
        for action in ["sign", "accede", "ratify", "accept"] {
            row.append(report.instruments.filter { $0.action == action }.map(\.id).joined(separator: ";"))
        }
        return row + [
            String(report.data.rulesFired), String(report.data.rulesNotFired), String(report.data.rulesUnknown),
            report.stale.map(\.indicator).joined(separator: ";"),
        ]
    }

    /// A sink whose items count how many of them are alive.
    struct CountingSink: BatchSink {
        final class Counter: @unchecked Sendable {
            let lock = NSLock()
            var alive = 0
            var most = 0
            func change(_ delta: Int) {
                lock.lock()
                alive += delta
                most = max(most, alive)
                lock.unlock()
            }
        }
        final class Item: Sendable {
            let counter: Counter
            init(_ counter: Counter) {
                self.counter = counter
                counter.change(1)
            }
            deinit { counter.change(-1) }
        }
        let counter: Counter
        var consumed: [Int] = []
        func item(for result: BatchResult) -> Item { Item(counter) }
        mutating func consume(_ items: [Item]) { consumed.append(items.count) }
        mutating func finish() {}
    }

    /// Memory stays flat in the row count: however long the table, no more than one chunk of
    /// items is alive at once (an operation count, not a measurement).
    @Test func noMoreThanOneChunkIsHeldAtOnce() throws {
        let compiled = try Fixtures.compiled()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("t.csv").path
        let rows = (0..<3_000).map { "C\($0),Country,2024,\(1 + $0 % 9)" }
        try Data(("code,name,year,goci_criminality\n" + rows.joined(separator: "\n")).utf8)
            .write(to: URL(fileURLWithPath: path))
        let reader = try ProfileTableReader.open(path, ruleset: compiled.ruleset).get()
        var sink = CountingSink(counter: .init())
        let runner = BatchRunner(BatchContext(compiled, date: Self.date), chunkSize: 100, workers: 2)
        let counts = try runner.run(TableBatchSource(reader, size: nil), into: &sink)
        #expect(counts == BatchRunner.Counts(evaluated: 3_000, rejected: 0, blank: 0))
        #expect(sink.consumed.count == 30 && sink.consumed.allSatisfy { $0 == 100 })
        #expect(sink.counter.most <= 100)
        #expect(sink.counter.alive == 0)
    }

    @Test func slicesCoverAChunkInOrder() {
        for count in [1, 7, 100, 1_023] {
            for slices in 1...min(count, 9) {
                let ranges = (0..<slices).map { WorkSharing.range($0, of: slices, count: count) }
                #expect(ranges.flatMap { Array($0) } == Array(0..<count))
                let sizes = ranges.map(\.count)
                #expect((sizes.max() ?? 0) - (sizes.min() ?? 0) <= 1)
            }
        }
    }
}
