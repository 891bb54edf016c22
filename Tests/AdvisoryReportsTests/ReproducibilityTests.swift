import Foundation
import Testing

@testable import AdvisoryReports

/// Same inputs, same bytes. (The CLI test runs separate processes too, where dictionary
/// order differs from run to run.)
@Suite struct ReproducibilityTests {
    @Test("rebuilding and re-rendering gives the same bytes", arguments: ReportFormat.allCases)
    func rerun(format: ReportFormat) throws {
        let first = try format.renderData(try Fixtures.arcadia)
        for _ in 0..<3 {
            #expect(try format.renderData(try Fixtures.arcadia) == first)
        }
    }

    /// The report's text: the XML of the Word document's parts for docx.
    static func text(_ format: ReportFormat, _ report: Report) throws -> String {
        format == .docx ? DOCXRenderer.parts(report).map(\.xml).joined() : try format.render(report)
    }

    @Test func jsonKeysAreSorted() throws {
        let json = try JSONReportRenderer.render(try Fixtures.arcadia)
        let keys = json.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(keys == keys.sorted())
        #expect(json.hasSuffix("}\n"))
    }

    @Test func theDateIsTheOneGiven() throws {
        let report = try Fixtures.arcadia
        #expect(report.provenance.date == Fixtures.date)
        for format in ReportFormat.allCases {
            #expect(try Self.text(format, report).contains(Fixtures.date), "\(format)")
        }
    }

    @Test("every format shows the provenance", arguments: ReportFormat.allCases)
    func provenance(format: ReportFormat) throws {
        let report = try Fixtures.arcadia
        let text = try Self.text(format, report)
        #expect(text.contains(report.provenance.ruleset.hash))
        #expect(text.contains(report.provenance.profileHash))
        #expect(text.contains(report.provenance.ruleset.version))
        #expect(text.contains(report.provenance.engine))
    }
}
