import AdvisoryAnalysis
import AdvisoryCore
import Foundation
import TestSupport
import Testing

@testable import AdvisoryReports

/// `advisor diff` in each format, on the diff fixture of AdvisoryAnalysisTests (every kind of
/// change): golden files, and the JSON against docs/diff-schema.json.
@Suite struct DiffRenderingTests {
    static let folder = Fixtures.sourceFolder.deletingLastPathComponent()
        .appendingPathComponent("AdvisoryAnalysisTests/Fixtures/diff")

    /// The fixture's diff; its profile paths are made relative to the fixture folder by `relative`.
    static func diff() throws -> RulesetDiff {
        let analysis = ImpactAnalysis(
            base: try Fixtures.compiled("../../AdvisoryAnalysisTests/Fixtures/diff/base"),
            head: try Fixtures.compiled("../../AdvisoryAnalysisTests/Fixtures/diff/head"))
        let files = try ProfileInputs.files([folder.appendingPathComponent("profiles").path]).get()
        let loaded = ProfileInputs.load(files, base: analysis.base.ruleset, head: analysis.head.ruleset)
        try #require(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics.map(\.message))")
        return RulesetDiff(
            analysis: analysis, baseLabel: "base", headLabel: "head", profiles: loaded.pairs,
            date: try #require(CalendarDate(parsing: Fixtures.date)))
    }

    static func relative(_ text: String) -> String {
        text.replacingOccurrences(of: folder.path + "/", with: "")
    }

    @Test func text() throws {
        Golden.check(Self.relative(DiffTextRenderer().render(try Self.diff())), "diff.txt")
    }

    @Test func markdown() throws {
        Golden.check(Self.relative(DiffMarkdownRenderer.render(try Self.diff())), "diff.md")
    }

    @Test func json() throws {
        Golden.check(Self.relative(try JSONReportRenderer.render(encodable: try Self.diff())), "diff.json")
    }

    @Test("colour only when asked, and only around markers and headings")
    func color() throws {
        let plain = DiffTextRenderer(color: false).render(try Self.diff())
        let colored = DiffTextRenderer(color: true).render(try Self.diff())
        #expect(!plain.contains("\u{1B}"))
        #expect(colored.contains("\u{1B}[32m+\u{1B}[0m weak_rule_of_law"))
        #expect(colored.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression) == plain)
    }

    @Test("text from the rulesets cannot drive the terminal or break the Markdown")
    func hostileText() throws {
        var diff = try Self.diff()
        diff.rulesetChanges.threats[0].title = "Crime\u{1B}[2J | *loud* <script>"
        diff.rulesetChanges.threats[0].changes[0].after = "Crime\u{1B}[2J\nsecond line"
        let text = DiffTextRenderer().render(diff)
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("organized_crime Crime\u{FFFD}[2J | *loud* <script>"))
        let markdown = DiffMarkdownRenderer.render(diff)
        #expect(markdown.contains(#"organized\_crime Crime"#) || markdown.contains("organized_crime Crime"))
        #expect(markdown.contains(#"\| \*loud\* \<script>"#))
        #expect(markdown.contains("2J second line\n"))
    }

    @Test("the JSON matches docs/diff-schema.json, which rejects an unknown key")
    func schema() throws {
        try #require(
            SchemaTests.validatorAvailable, "python3 with jsonschema is needed: python3 -m pip install jsonschema")
        let schema = Fixtures.sourceFolder.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/diff-schema.json")
        let json = try JSONReportRenderer.render(encodable: try Self.diff())
        let valid = try SchemaTests.validate([json], schema: schema)
        #expect(valid.status == 0, "\(valid.output)")
        var object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        object["surprise"] = true
        let invalid = try SchemaTests.validate(
            [String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)], schema: schema)
        #expect(invalid.status == 1, "\(invalid.output)")
    }
}
