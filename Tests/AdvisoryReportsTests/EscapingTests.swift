import AdvisoryCore
import CSV
import Foundation
import Testing

@testable import AdvisoryReports

/// Text from YAML (a country named `<script>alert(1)</script> & "Co"`, titles with `<b>`,
/// `|` and line breaks) must render as text in every format.
@Suite struct EscapingTests {
    @Test func htmlShowsMarkupAsText() throws {
        let html = try ReportFormat.html.render(try Fixtures.hostile)
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("<i>"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<u>"))
        #expect(!html.contains("<em>"))
        #expect(!html.contains("<a href"))
        #expect(html.contains("revised &lt;/td&gt;&lt;/tr&gt;"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;"))
        #expect(html.contains("Rule with &lt;b&gt;bold&lt;/b&gt; | pipe"))
        #expect(html.contains("<title>Advisory report: &lt;script&gt;"))
    }

    @Test func htmlHasNoScriptsAndNoExternalResources() throws {
        for report in [try Fixtures.arcadia, try Fixtures.borealia, try Fixtures.hostile] {
            let html = try ReportFormat.html.render(report).lowercased()
            for tag in ["<script", "<link", "<img", "<iframe", "<object", "<embed", "<a ", "<base"] {
                #expect(!html.contains(tag), "\(tag) in the report of \(report.country.code)")
            }
            #expect(!html.contains("url("))
            #expect(!html.contains("@import"))
            #expect(html.contains("@page"))
            #expect(html.contains("size: a4"))
        }
        let clean = try ReportFormat.html.render(try Fixtures.arcadia)
        #expect(!clean.contains("http://") && !clean.contains("https://"))
    }

    @Test func markdownKeepsEveryTableRowWhole() throws {
        let markdown = try ReportFormat.markdown.render(try Fixtures.hostile)
        #expect(Self.rawTags(markdown).isEmpty, "raw HTML in Markdown: \(Self.rawTags(markdown))")
        var columns: Int?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else {
                columns = nil
                continue
            }
            let cells = Self.unescapedPipes(String(line))
            if let columns {
                #expect(cells == columns, "a table row has \(cells - 1) cells instead of \(columns - 1): \(line)")
            } else {
                columns = cells
            }
        }
        #expect(markdown.contains("Rule with \\<b>bold\\</b> \\| pipe"))
        #expect(markdown.contains("Survey \\| wave 2 revised"))
    }

    /// Places where '<' (not escaped) starts an HTML tag.
    static func rawTags(_ text: String) -> [String] {
        let characters = Array(text)
        var found: [String] = []
        for index in characters.indices where characters[index] == "<" {
            let escaped = index > 0 && characters[index - 1] == "\\"
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            if !escaped, next.isLetter || next == "/" || next == "!" || next == "?" {
                found.append(String(characters[index..<min(index + 12, characters.count)]))
            }
        }
        return found
    }

    /// Pipes not preceded by a backslash.
    static func unescapedPipes(_ line: String) -> Int {
        var count = 0
        var escaped = false
        for character in line {
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                count += 1
            }
        }
        return count
    }

    @Test(
        "Markdown escaping",
        arguments: [
            ("plain text", "plain text"),
            ("a | b", "a \\| b"),
            ("line one\nline two\r\nthree", "line one line two three"),
            ("<script>x</script>", "\\<script>x\\</script>"),
            ("x < 5 and y <= 4", "x < 5 and y <= 4"),
            // A comparison at the start is escaped the same whichever way it points.
            (">= 6", "\\>= 6"),
            ("<= 4", "\\<= 4"),
            ("< 4", "\\< 4"),
            ("*bold* [link](u) `code` ~strike~", "\\*bold\\* \\[link\\](u) \\`code\\` \\~strike\\~"),
            ("tier_2_watch_list", "tier_2_watch_list"),
            ("_emphasis_", "\\_emphasis\\_"),
            ("# heading", "\\# heading"),
            ("- item", "\\- item"),
            ("a - b", "a - b"),
            ("R&D &amp; more", "R\\&D \\&amp; more"),
            ("back\\slash", "back\\\\slash"),
        ])
    func markdownEscaping(input: String, expected: String) {
        #expect(MarkdownEscaping.escape(input) == expected)
    }

    @Test func csvReadsBackTheSameText() throws {
        let report = try Fixtures.hostile
        let csv = try ReportFormat.csv.render(report)
        let reader = try CSVReader(string: csv, hasHeaderRow: true)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        #expect(rows == CSVReportRenderer.rows(report))
        let threat = try #require(rows.first { $0[1] == "threat" })
        #expect(threat[3] == "Fraud | \"scams\" & <i>more</i>")
    }

    @Test func csvNeutralisesFormulas() {
        #expect(CSVText.cell("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")")
        #expect(CSVText.cell("+1") == "'+1")
        #expect(CSVText.cell("Plain") == "Plain")
        #expect(CSVText.cell("-\u{1B}[2J\nnext") == "'-\u{FFFD}[2J\nnext")
    }

    @Test func textDropsControlCharacters() throws {
        var report = try Fixtures.arcadia
        report.country.name = "Evil\u{1B}[2J\nName\u{202E}"
        let text = TextReportRenderer().render(report)
        #expect(!text.contains("\u{1B}"))
        #expect(!text.contains("\u{202E}"))
        #expect(text.contains("Evil\u{FFFD}[2J Name\u{FFFD}"))
    }
}
