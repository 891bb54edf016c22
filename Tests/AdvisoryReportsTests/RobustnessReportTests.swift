import AdvisoryAnalysis
import AdvisoryCore
import Foundation
import TestSupport
import Testing

@testable import AdvisoryReports

/// The robustness section in every format of the report, the `advisor robustness` document,
/// borderline values in reports, and their JSON Schemas. Solaria's values lie near the fixture
/// rules' thresholds; 2,000 draws with the seed 1.
@Suite struct RobustnessReportTests {
    @Test("the report with a robustness section, per format", arguments: ReportFormat.textFormats)
    func report(format: ReportFormat) throws {
        Golden.check(try format.render(try Fixtures.solaria), "solaria.\(format.fileExtension)")
    }

    @Test("the robustness document, per format", arguments: RobustnessDocument.Format.allCases)
    func document(format: RobustnessDocument.Format) throws {
        let document = try #require(RobustnessDocument(try Fixtures.solaria))
        let name = format == .text ? "txt" : format == .markdown ? "md" : format.rawValue
        Golden.check(try document.render(format), "solaria.robustness.\(name)")
    }

    @Test func theFrenchSectionIsTranslated() throws {
        let report = try Fixtures.robust("uncertain/solaria.yaml", language: .fr)
        Golden.check(try ReportFormat.markdown.render(report), "solaria.fr.md")
    }

    @Test func theWordDocumentHasTheSection() throws {
        let parts = DOCXRenderer.parts(try Fixtures.solaria)
        let document = try #require(parts.first { $0.path == "word/document.xml" })
        Golden.check(document.xml.replacingOccurrences(of: "><w:p>", with: ">\n<w:p>"), "solaria-en.document.xml")
    }

    @Test func theSectionSaysWhatIsFragileAndWhy() throws {
        let robustness = try #require(try Fixtures.solaria.robustness)
        #expect(robustness.draws == 2_000)
        let fragile = robustness.threats.filter { $0.label == "fragile" }.map(\.id)
        #expect(fragile == ["organized_crime", "cybercrime", "weak_rule_of_law", "environmental_crime"])
        let cybercrime = try #require(robustness.threats.first { $0.id == "cybercrime" })
        // CYB-001 needs internet_users_pct >= 60: 62 ± 3 falls below in Φ(−2/3) = 25.2% of the draws.
        #expect(abs(cybercrime.share - 0.747507) <= 5 * (0.25 * 0.75 / 2_000).squareRoot())
        #expect(cybercrime.movedBy.map(\.id) == ["internet_users_pct"])
        #expect(cybercrime.borderline.map(\.rule) == ["CYB-001"])
        // Not raised as given, raised when tree cover loss is drawn at 10% or more.
        let environment = try #require(robustness.threats.first { $0.id == "environmental_crime" })
        #expect(environment.level == "none")
        #expect(environment.rules.map(\.id) == ["ENV-001"])
        #expect(environment.borderline.map(\.condition) == ["forest_loss_pct >= 10"])
        // The value whose error moves the most threats comes first.
        #expect(robustness.sensitivity.first?.indicator == "basel_aml_index")
        #expect(robustness.rules.map(\.id) == ["AML-001", "CYB-001", "ENV-001", "OC-001", "OC-002", "ROL-001"])
        #expect(robustness.values.map(\.origin) == Array(repeating: "profile", count: 6))
    }

    @Test func aProfileWithoutStandardErrorsIsStableThroughout() throws {
        let robustness = try #require(try Fixtures.robust("profiles/arcadia.yaml", draws: 300).robustness)
        #expect(robustness.values.isEmpty)
        #expect(robustness.rules.isEmpty)
        #expect(robustness.sensitivity.isEmpty)
        #expect(!robustness.threats.isEmpty)
        for threat in robustness.threats {
            #expect(threat.label == "stable" && threat.share == 1 && threat.levels.count == 1, "\(threat.id)")
        }
        #expect(robustness.strategies.allSatisfy { $0.label == "stable" && $0.share == 1 })
        #expect(robustness.instruments.allSatisfy { $0.label == "stable" && $0.share == 1 })
        #expect(robustness.summary.fragileThreats + robustness.summary.fragileStrategies == 0)
    }

    @Test func reportsShowTheBorderlineValuesTheirRulesHingeOn() throws {
        let report = try Fixtures.report("uncertain/solaria.yaml")
        let organized = try #require(report.threats.first { $0.id == "organized_crime" })
        #expect(organized.borderline.map(\.rule) == ["AML-001", "OC-001", "OC-002"])
        let leaf = try #require(report.annex.first { $0.rule == "CYB-001" }?.leaves.first)
        #expect(leaf.uncertainty?.borderline == true)
        #expect(leaf.uncertainty?.low == 57.1) // 62 − 1.645 · 3 = 57.065, one decimal more than the data
        // No robustness section unless asked for; borderline values are shown without one.
        #expect(report.robustness == nil)
        let json = try JSONReportRenderer.render(report)
        #expect(!json.contains("\"robustness\""))
        #expect(json.contains("\"borderline\""))
        // A report without standard errors keeps its JSON as it was.
        #expect(!(try JSONReportRenderer.render(try Fixtures.arcadia)).contains("borderline"))
    }

    @Test func hostileTextIsEscapedInTheSection() throws {
        let report = try Fixtures.robust("hostile/profile.yaml", ruleset: "hostile/ruleset", draws: 200)
        #expect(report.robustness?.rules.isEmpty == false)
        let html = try ReportFormat.html.render(report)
        for tag in ["<script", "<b>", "<u>", "<img", "<em>", "<i>"] { #expect(!html.contains(tag), "\(tag)") }
        let markdown = try ReportFormat.markdown.render(report)
        #expect(EscapingTests.rawTags(markdown).isEmpty, "raw HTML: \(EscapingTests.rawTags(markdown))")
        let document = try #require(RobustnessDocument(report))
        let page = try document.render(.html)
        for tag in ["<script", "<b>", "<u>", "<img"] { #expect(!page.contains(tag), "\(tag)") }
        #expect(EscapingTests.rawTags(try document.render(.markdown)).isEmpty)
    }

    @Test func theDocumentIsStyledLikeTheReport() throws {
        let page = try #require(RobustnessDocument(try Fixtures.solaria)).render(.html)
        #expect(page.contains("@page"))
        #expect(page.contains(".stability-fragile"))
        #expect(!page.contains("{{"), "a template tag was left in the stylesheet")
    }

    // MARK: Schemas

    static let skipped = SchemaTests.skipped

    @Test(.enabled(if: SchemaTests.validatorAvailable, Comment(rawValue: skipped)))
    func reportsWithTheSectionMatchTheSchema() throws {
        let reports = [
            try Fixtures.solaria, try Fixtures.robust("profiles/arcadia.yaml", draws: 100),
            try Fixtures.robust("hostile/profile.yaml", ruleset: "hostile/ruleset", draws: 100, sensitivity: false),
        ]
        let result = try SchemaTests.validate(try reports.map(JSONReportRenderer.render))
        #expect(result.status == 0, "\(result.output)")
    }

    @Test(.enabled(if: SchemaTests.validatorAvailable, Comment(rawValue: skipped)))
    func theDocumentMatchesItsSchema() throws {
        let document = try #require(RobustnessDocument(try Fixtures.solaria))
        let schema = SchemaTests.schema.deletingLastPathComponent().appendingPathComponent("robustness-schema.json")
        let result = try SchemaTests.validate([try document.render(.json)], schema: schema)
        #expect(result.status == 0, "\(result.output)")
    }

    /// The robustness schema repeats the report schema's definitions of the section.
    @Test func theTwoSchemasDefineTheSectionAlike() throws {
        let folder = SchemaTests.schema.deletingLastPathComponent()
        func definitions(_ name: String) throws -> [String: Any] {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            return try #require(object["$defs"] as? [String: Any])
        }
        let report = try definitions("report-schema.json")
        let document = try definitions("robustness-schema.json")
        #expect(document.keys.count >= 5)
        for (name, value) in document {
            let mine = String(
                decoding: try JSONSerialization.data(withJSONObject: value, options: .sortedKeys), as: UTF8.self)
            let theirs = try report[name].map {
                String(decoding: try JSONSerialization.data(withJSONObject: $0, options: .sortedKeys), as: UTF8.self)
            }
            #expect(mine == theirs, "$defs/\(name) differs between the two schemas")
        }
    }
}
