import AdvisoryCore
import Foundation
import Testing

@testable import AdvisoryReports

/// Listings and views that once took time quadratic in the size of the ruleset.
@Suite struct LargeRulesetReportTests {
    /// `list threats` searched every rule for each threat, and `list priorities` every
    /// strategy for each priority: half a minute on a 1 MB ruleset.
    @Test("threat and priority links are gathered in linear time", .timeLimit(.minutes(1)))
    func largeCatalogs() throws {
        let count = 15_000
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("catalog-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        var text = "ruleset: {id: big, title: Big, version: 1.0.0}\nindicators:\n  - {id: x, type: number}\n"
        text += "threats:\n" + (0..<count).map { "  - {id: t\($0), title: T}\n" }.joined()
        text += "priorities:\n" + (0..<count).map { "  - {id: p\($0), title: P}\n" }.joined()
        text += "strategies:\n" + (0..<count).map { "  - {id: s\($0), title: S, priority: p\($0 / 2)}\n" }.joined()
        text +=
            "rules:\n"
            + (0..<count).map {
                "  - {id: R\($0), when: x > 1, then: {threats: [t\($0 / 2), t\($0 / 2)], strategies: [s\($0)]}}\n"
            }.joined()
        try Data(text.utf8).write(to: root.appendingPathComponent("ruleset.yaml"))
        let ruleset = try #require(RulesetLoader.load(directory: root.path).0)
        let listing = CatalogListing(ruleset: ruleset)
        let start = ContinuousClock.now
        let threats = listing.entries("threats")
        let priorities = listing.entries("priorities")
        #expect(ContinuousClock.now - start < .seconds(10))
        #expect(threats[0].links == ["rules": ["R0", "R1"]])
        #expect(threats[count - 1].links == ["rules": []])
        #expect(priorities[1].links == ["strategies": ["s2", "s3"]])
    }

    /// The template view looked each strategy of a priority group up among all strategies:
    /// an HTML report recommending 10,000 strategies spent most of its time there.
    @Test("the template view groups strategies in linear time", .timeLimit(.minutes(1)))
    func manyStrategies() throws {
        let count = 15_000
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("view-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        var text = "ruleset: {id: big, title: Big, version: 1.0.0}\nindicators:\n  - {id: x, type: number}\n"
        text += "priorities:\n" + (0..<10).map { "  - {id: p\($0), title: P}\n" }.joined()
        text += "strategies:\n" + (0..<count).map { "  - {id: s\($0), title: S, priority: p\($0 % 10)}\n" }.joined()
        text +=
            "rules:\n  - {id: R, when: x > 1, then: {strategies: ["
            + (0..<count).map { "s\($0)" }.joined(separator: ", ") + "]}}\n"
        try Data(text.utf8).write(to: root.appendingPathComponent("ruleset.yaml"))
        let compiled = try CompiledRuleset(try #require(RulesetLoader.load(directory: root.path).0))
        let profile = Profile(
            path: "", country: AdvisoryCore.Country(code: "X", name: "X", year: 2024),
            indicators: ["x": IndicatorValue(value: .number(5))], instruments: [:], contentHash: "")
        let report = ReportBuilder(compiled).build(Evaluator(compiled).evaluate(profile, on: .unixEpoch))
        let start = ContinuousClock.now
        let view = ReportView(report)
        #expect(ContinuousClock.now - start < .seconds(10))
        #expect(view.priorities.map(\.count) == Array(repeating: count / 10, count: 10))
    }

    /// The CSV report searched the whole annex for the rules using each stale value: 8,000
    /// stale values read by 8,000 fired rules took 20 s.
    @Test("CSV stale rows are built in linear time", .timeLimit(.minutes(1)))
    func manyStaleValues() throws {
        let count = 10_000
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("stale-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        var text =
            "ruleset: {id: big, title: Big, version: 1.0.0, stale_after_years: 3}\nthreats:\n  - {id: t, title: T}\n"
        text += "indicators:\n" + (0..<count).map { "  - {id: v\($0), type: number}\n" }.joined()
        text += "rules:\n" + (0..<count).map { "  - {id: R\($0), when: v\($0) > 0, then: {threats: [t]}}\n" }.joined()
        try Data(text.utf8).write(to: root.appendingPathComponent("ruleset.yaml"))
        let compiled = try CompiledRuleset(try #require(RulesetLoader.load(directory: root.path).0))
        var values: [String: IndicatorValue] = [:]
        for index in 0..<count { values["v\(index)"] = IndicatorValue(value: .number(1), year: 2000) }
        let profile = Profile(
            path: "", country: AdvisoryCore.Country(code: "X", name: "X", year: 2024),
            indicators: values, instruments: [:], contentHash: "")
        let report = ReportBuilder(compiled).build(Evaluator(compiled).evaluate(profile, on: .unixEpoch))
        let start = ContinuousClock.now
        let rows = CSVReportRenderer.rows(report).filter { $0[1] == "stale" }
        #expect(ContinuousClock.now - start < .seconds(10))
        #expect(rows.count == count)
        #expect(rows.first { $0[2] == "v7" }?[6] == "R7")
    }
}
