import AdvisoryCore
import Foundation
import LargeInputs
import TestSupport
import Testing

@testable import AdvisoryReports

/// Listings and views that once took time quadratic in the size of the ruleset: each is checked
/// for its result at a small size, and for linear growth by timing it at two sizes (`Scaling`).
/// The full-size time goals are in `advisor-bench goals`.
@Suite struct LargeRulesetReportTests {
    /// Loads `text` as a ruleset folder's `ruleset.yaml`, and `profile` (if any) against it.
    static func load(_ text: String, profile: String? = nil) throws -> (Ruleset, Profile?) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("large-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: root.appendingPathComponent("ruleset.yaml"))
        let (ruleset, diagnostics) = RulesetLoader.load(directory: root.path)
        #expect(!diagnostics.hasErrors)
        guard let ruleset, let profile else { return (try #require(ruleset), nil) }
        let path = root.appendingPathComponent("profile.yaml.txt")
        try Data(profile.utf8).write(to: path)
        let decoded = try #require(ProfileDecoder.load(path.path, ruleset: ruleset).0)
        return (ruleset, decoded)
    }

    /// The report of a generated ruleset and profile.
    static func report(_ input: (ruleset: String, profile: String)) throws -> Report {
        let (ruleset, profile) = try load(input.ruleset, profile: input.profile)
        let compiled = try CompiledRuleset(ruleset)
        return ReportBuilder(compiled).build(Evaluator(compiled).evaluate(try #require(profile), on: .unixEpoch))
    }

    /// `list threats` searched every rule for each threat, and `list priorities` every
    /// strategy for each priority.
    @Test("threat and priority links are gathered in linear time")
    func largeCatalogs() throws {
        let count = 100
        let listing = CatalogListing(ruleset: try Self.load(LargeInputs.linkedCatalogs(count)).0)
        let threats = listing.entries("threats")
        let priorities = listing.entries("priorities")
        #expect(threats[0].links == ["rules": ["R0", "R1"]])
        #expect(threats[count - 1].links == ["rules": []])
        #expect(priorities[1].links == ["strategies": ["s2", "s3"]])
        try Scaling.expectLinear(size: 500) { count in
            let listing = CatalogListing(ruleset: try Self.load(LargeInputs.linkedCatalogs(count)).0)
            return { (listing.entries("threats"), listing.entries("priorities")) }
        }
    }

    /// The template view looked each strategy of a priority group up among all strategies.
    @Test("the template view groups strategies in linear time")
    func manyStrategies() throws {
        let count = 100
        let view = ReportView(try Self.report(LargeInputs.manyRecommendedStrategies(count)))
        #expect(view.priorities.map(\.count) == Array(repeating: count / 10, count: 10))
        try Scaling.expectLinear(size: 500) { count in
            let report = try Self.report(LargeInputs.manyRecommendedStrategies(count))
            return { ReportView(report) }
        }
    }

    /// The CSV report searched the whole annex for the rules using each stale value.
    @Test("CSV stale rows are built in linear time")
    func manyStaleValues() throws {
        let count = 100
        let rows = CSVReportRenderer.rows(try Self.report(LargeInputs.manyStaleValues(count))).filter {
            $0[1] == "stale"
        }
        #expect(rows.count == count)
        #expect(rows.first { $0[2] == "v7" }?[6] == "R7")
        try Scaling.expectLinear(size: 500) { count in
            let report = try Self.report(LargeInputs.manyStaleValues(count))
            return { CSVReportRenderer.rows(report) }
        }
    }
}
