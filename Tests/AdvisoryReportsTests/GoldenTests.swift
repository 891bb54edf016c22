import TestSupport
import Testing

@testable import AdvisoryReports

/// Every format of every fixture profile against its golden file.
@Suite struct GoldenTests {
    @Test("one report per format", arguments: ["arcadia", "borealia"], ReportFormat.textFormats)
    func report(profile: String, format: ReportFormat) throws {
        let report = try Fixtures.report("profiles/\(profile).yaml")
        Golden.check(try format.render(report), "\(profile).\(format.fileExtension)")
    }

    @Test("several reports on one stream", arguments: [ReportFormat.markdown, .csv, .json, .text])
    func several(format: ReportFormat) throws {
        let reports = [try Fixtures.arcadia, try Fixtures.borealia]
        Golden.check(try format.render(reports), "both.\(format.fileExtension)")
    }

    @Test func severalHTMLReportsAreRefused() throws {
        let reports = [try Fixtures.arcadia, try Fixtures.borealia]
        #expect(throws: ReportRenderError.self) { try ReportFormat.html.render(reports) }
    }

    @Test func coloredTextUsesANSIOnlyWhenAsked() throws {
        let report = try Fixtures.arcadia
        #expect(!(try ReportFormat.text.render(report)).contains("\u{1B}["))
        #expect((try ReportFormat.text.render(report, options: .init(color: true))).contains("\u{1B}["))
    }
}
