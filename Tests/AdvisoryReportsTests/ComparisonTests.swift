import AdvisoryCore
import Foundation
import TestSupport
import Testing

@testable import AdvisoryReports

/// The regional overview (`advisor batch --format html|markdown`).
@Suite struct ComparisonTests {
    static var reports: [Report] { get throws { [try Fixtures.arcadia, try Fixtures.borealia, try Fixtures.hostile] } }

    @Test func goldenFiles() throws {
        let reports = [try Fixtures.arcadia, try Fixtures.borealia]
        Golden.check(ComparisonRenderer.html(reports), "region.html")
        Golden.check(ComparisonRenderer.markdown(reports), "region.md")
        Golden.check(ComparisonRenderer.markdown([try Fixtures.verdalia(.fr)]), "region.fr.md")
    }

    @Test func theHeatMapHasACellPerCountryAndThreat() throws {
        let reports = [try Fixtures.arcadia, try Fixtures.borealia]
        let comparison = RegionalComparison(reports)
        let raised = Set(reports.flatMap { $0.threats.map(\.id) })
        #expect(comparison.threats.count == raised.count)
        #expect(comparison.cells.count == 2)
        #expect(comparison.cells.allSatisfy { $0.count == raised.count })
        // Borealia raises nothing: a row of empty cells.
        #expect(comparison.cells[1].allSatisfy { $0.score == nil })
        let svg = SVGCharts.heatMap(comparison)
        let cells = svg.components(separatedBy: "<rect x=").count - 1
        let legend = comparison.levels.count + 1
        #expect(cells == 2 * raised.count + legend)
        // The score is in the cell and in its tooltip.
        let top = try #require(reports[0].threats.first)
        #expect(svg.contains(">\(NumberFormat.fixed(top.score, decimals: 2))</text>"))
        #expect(
            svg.contains(
                "\(reports[0].country.name) · \(top.title): Critical \(NumberFormat.fixed(top.score, decimals: 2))"))
    }

    @Test func sharedStrategiesAndGapsAreCountedPerCountry() throws {
        let arcadia = try Fixtures.arcadia
        let comparison = RegionalComparison([arcadia, arcadia])
        let first = try #require(comparison.strategies.first)
        #expect(first.countries == ["ARC"], "a country counted once even when listed twice")
        #expect(comparison.countries.map(\.anchor) == ["country-arc", "country-arc-2"])
        #expect(
            comparison.treatyGaps.allSatisfy { gap in
                arcadia.instruments.contains {
                    $0.id == gap.id && ["sign", "accede", "ratify", "accept"].contains($0.action)
                }
            })
        #expect(comparison.strategies.count <= RegionalComparison.sharedLimit)
    }

    @Test func noScriptNoNetworkAndTextIsEscaped() throws {
        let html = ComparisonRenderer.html(try Self.reports)
        let lower = html.lowercased()
        for tag in ["<script", "<link", "<img", "<iframe", "<object", "<embed", "<base", "<b>", "<i>"] {
            #expect(!lower.contains(tag), "\(tag) in the overview")
        }
        #expect(!lower.contains("http://") && !lower.contains("https://"))
        #expect(!lower.contains("url("))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;"))
        // Every link stays in the page.
        for link in html.components(separatedBy: "href=\"").dropFirst() {
            #expect(link.hasPrefix("#country-"), "link \(link.prefix(30))")
        }
        let markdown = ComparisonRenderer.markdown(try Self.reports)
        #expect(EscapingTests.rawTags(markdown).isEmpty, "raw HTML in Markdown: \(EscapingTests.rawTags(markdown))")
        for line in markdown.split(separator: "\n") where line.hasPrefix("|") {
            #expect(!line.contains("\n"))
        }
    }

    @Test func noReportsGivesAnEmptyOverview() {
        let html = ComparisonRenderer.html([])
        #expect(html.contains("0 countries"))
        #expect(!html.contains("<svg"))
        #expect(ComparisonRenderer.markdown([]).hasPrefix("# Regional overview"))
    }

    @Test(
        .enabled(if: ChromiumTests.chromium != nil, "chromium is not on PATH: the heat map rendering check is skipped"),
        .timeLimit(.minutes(2)))
    func chromiumRendersTheHeatMap() throws {
        let folder = try ChromiumTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reports = [try Fixtures.arcadia, try Fixtures.borealia]
        let html = folder.appendingPathComponent("region.html")
        try Data(ComparisonRenderer.html(reports).utf8).write(to: html)
        let png = folder.appendingPathComponent("region.png")
        #expect(
            try ChromiumTests.run(["--screenshot=\(png.path)", "--window-size=1240,1400", html.absoluteString]) == 0)
        let image = try Data(contentsOf: png)
        #expect(image.starts(with: [0x89, 0x50, 0x4E, 0x47]), "not a PNG")
        #expect(image.count > 30_000, "the screenshot is \(image.count) bytes: is the page blank?")
        // Printed, the heat map's cells carry their scores as text: the SVG was drawn.
        guard let pdftotext = ExternalTools.pdftotext else { return }
        let pdf = folder.appendingPathComponent("region.pdf")
        #expect(
            try ChromiumTests.run(["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", html.absoluteString]) == 0)
        let text = try ExternalTools.run(pdftotext, [pdf.path, "-"], home: folder).output
        let top = try #require(reports[0].threats.first)
        #expect(text.contains(NumberFormat.fixed(top.score, decimals: 2)), "no heat map score in the printed page")
        #expect(text.contains("Regional overview"))
    }
}
