import Foundation
import TestSupport
import Testing

@testable import AdvisoryReports

@Suite struct TemplateTests {
    @Test func customMarkdownTemplateGetsTheViewModel() throws {
        let template = try ReportTemplate(
            format: .markdown,
            text: """
                {{country.name}} | {{country.code}} | {{provenance.date}}
                {{#threats}}
                - {{rank}}. {{title}}: {{levelLabel}} {{score}} ({{scorePercent}}%) [{{rulesText}}]
                {{/threats}}
                {{^hasStale}}no stale data{{/hasStale}}
                """, name: "custom.md.mustache")
        let text = try template.render(try Fixtures.arcadia)
        #expect(
            text == """
                Republic of Arcadia | ARC | 2025-01-15
                - 1. Transnational organized crime and illicit financial flows: Critical 0.88 (88%) [AML-001, OC-001, OC-002]
                - 2. Trafficking in persons: Critical 0.80 (80%) [TIP-001]
                - 3. Weak security governance and rule of law: High 0.69 (69%) [AML-001, ROL-001]
                - 4. Cybercrime: Medium 0.50 (50%) [CYB-001]

                """)
    }

    @Test func customHTMLTemplateEscapesForHTML() throws {
        let template = try ReportTemplate(
            format: .html, text: "<h1>{{country.name}}</h1>", name: "custom.html.mustache")
        #expect(
            try template.render(try Fixtures.hostile)
                == "<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;</h1>")
    }

    @Test func missingOptionalValuesDoNotLeakFromOuterSections() throws {
        let template = try ReportTemplate(
            format: .markdown,
            text:
                "{{#dataGaps}}[{{rule}}:{{title}}]{{/dataGaps}}{{#annex}}{{#leaves}}<{{source}}>{{/leaves}}{{/annex}}",
            name: "t")
        var report = try Fixtures.borealia
        report.dataGaps[0].title = nil
        #expect(
            try template.render(report)
                == "[ENV-001:][ENV-002:Illegal, unreported and unregulated fishing][TIP-001:Trafficking response below minimum standards]"
        )
    }

    struct BadTemplate: Sendable, CustomTestStringConvertible {
        var text: String
        var line: Int
        var column: Int
        var message: String
        var testDescription: String { message }
    }

    @Test(
        "a template that does not parse names the position",
        arguments: [
            BadTemplate(
                text: "# Report\n\n{{#threats}}\n- {{title}}\n", line: 3, column: 1,
                message: "the section 'threats' is never closed"),
            BadTemplate(
                text: "a\n{{#threats}}{{#rules}}\n{{/threats}}\n{{/rules}}\n", line: 3, column: 4,
                message: "this closing tag does not match the open section 'rules' (opened at 2:13)"),
            BadTemplate(text: "line one\n  {{title\n", line: 2, column: 3, message: "this tag is never closed"),
            BadTemplate(
                text: "{{#threats}}\n{{title}\n{{/threats}}\n", line: 2, column: 8, message: "a tag is not closed"),
            BadTemplate(
                text: "{{% CONTENT_TYPE: PDF }}\n", line: 1, column: 25, message: "unknown pragma or content type"),
        ])
    func badTemplates(bad: BadTemplate) throws {
        for format in [ReportFormat.markdown, .html] {
            do {
                _ = try ReportTemplate(format: format, text: bad.text, name: "org.mustache")
                Issue.record("the template parsed")
            } catch {
                #expect(error.line == bad.line, "\(format): \(error)")
                #expect(error.column == bad.column, "\(format): \(error)")
                #expect(error.message.contains(bad.message), "\(format): \(error)")
                #expect(
                    error.description.hasPrefix(
                        "org.mustache:\(bad.line):\(bad.column): error[PA901]: cannot parse the template: "))
            }
        }
    }

    @Test func errorShowsTheLineAndACaret() throws {
        do {
            _ = try ReportTemplate(format: .html, text: "<p>\n  {{#threats}}x\n", name: "t.html")
            Issue.record("the template parsed")
        } catch {
            #expect(
                error.description == """
                    t.html:2:3: error[PA901]: cannot parse the template: the section 'threats' is never closed: {{/threats}} is missing
                    2 |   {{#threats}}x
                      |   ^
                    """)
        }
    }

    @Test func templateFilesAreReadWithLimits() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("missing.mustache").path
        #expect(throws: TemplateError.self) { try ReportTemplate.load(path: missing, format: .html) }
        let binary = folder.appendingPathComponent("binary.mustache")
        try Data([0xFF, 0xFE, 0x00]).write(to: binary)
        do {
            _ = try ReportTemplate.load(path: binary.path, format: .html)
            Issue.record("invalid UTF-8 was accepted")
        } catch {
            #expect(error.message.contains("UTF-8"))
        }
        let bom = folder.appendingPathComponent("bom.mustache")
        try Data([0xEF, 0xBB, 0xBF] + Array("{{country.code}}".utf8)).write(to: bom)
        #expect(try ReportTemplate.load(path: bom.path, format: .html).render(try Fixtures.arcadia) == "ARC")
        #expect(throws: TemplateError.self) { try ReportTemplate.load(path: folder.path, format: .html) }
        #expect(throws: TemplateError.self) { try ReportTemplate(format: .json, text: "x", name: "x") }
    }
}

/// The templates compiled into the binary (DefaultTemplates.swift) are the .mustache files
/// in Sources/AdvisoryReports/Templates, byte for byte. With RECORD_GOLDEN=1 the Swift file
/// is regenerated from the .mustache files (and the test fails, as every recording does).
@Suite struct DefaultTemplateTests {
    static let sources = Fixtures.sourceFolder.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/AdvisoryReports")

    @Test func embeddedTemplatesMatchTheFiles() throws {
        let markdown = try String(
            contentsOf: Self.sources.appendingPathComponent("Templates/report.md.mustache"), encoding: .utf8)
        let html = try String(
            contentsOf: Self.sources.appendingPathComponent("Templates/report.html.mustache"), encoding: .utf8)
        if Golden.recording {
            Golden.record(
                try Self.swiftSource(markdown: markdown, html: html),
                to: Self.sources.appendingPathComponent("DefaultTemplates.swift"))
            return
        }
        #expect(DefaultTemplates.markdown == markdown, "run RECORD_GOLDEN=1 swift test --filter DefaultTemplateTests")
        #expect(DefaultTemplates.html == html, "run RECORD_GOLDEN=1 swift test --filter DefaultTemplateTests")
    }

    @Test func defaultTemplatesParse() throws {
        #expect(try ReportTemplate.standard(for: .markdown) != nil)
        #expect(try ReportTemplate.standard(for: .html) != nil)
        #expect(try ReportTemplate.standard(for: .json) == nil)
    }

    static func swiftSource(markdown: String, html: String) throws -> String {
        func literal(_ text: String) throws -> String {
            guard !text.contains("\"\"\"#"), !text.contains("\\#") else {
                throw Fixtures.LoadError(description: "a template holds a sequence that a raw string literal cannot")
            }
            return "#\"\"\"\n" + text + "\n\"\"\"#"
        }
        return """
            // Generated from Templates/report.md.mustache and Templates/report.html.mustache: edit
            // those files, then run `RECORD_GOLDEN=1 swift test --filter DefaultTemplateTests` to
            // regenerate this one. A test fails while the two differ.

            /// The bundled report templates, compiled in so that the `advisor` binary works wherever
            /// it is copied (a resource bundle must sit beside the binary).
            enum DefaultTemplates {
                /// Templates/report.md.mustache
                static let markdown = \(try literal(markdown))

                /// Templates/report.html.mustache
                static let html = \(try literal(html))
            }

            """
    }
}
