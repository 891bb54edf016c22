import AdvisoryCore
import Foundation
import Testing

@testable import AdvisoryReports

/// A template is untrusted input: each bound of ``TemplateLimits`` stops a template that once
/// crashed the binary (deep nesting), exhausted its memory (chained transforms) or ran for
/// minutes (sections repeating a list inside itself, 100,000 tags), with its own diagnostic.
@Suite(.timeLimit(.minutes(1))) struct TemplateLimitTests {
    /// Parses `text` as an HTML template; the error it is refused with.
    static func refusal(_ text: String, limits: TemplateLimits = .standard) -> TemplateError? {
        do {
            _ = try ReportTemplate(format: .html, text: text, name: "org.mustache", limits: limits)
            return nil
        } catch {
            return error
        }
    }

    /// Renders `text` as an HTML template for the Arcadia fixture; the error it is refused with.
    static func renderRefusal(_ text: String, limits: TemplateLimits = .standard) throws -> TemplateError? {
        let template = try ReportTemplate(format: .html, text: text, name: "org.mustache", limits: limits)
        let report = try Fixtures.arcadia
        do {
            _ = try template.render(report)
            return nil
        } catch {
            return error
        }
    }

    /// 5,000 nested sections overflowed the parser's stack (SIGSEGV from about 3,000 levels),
    /// closed or not.
    @Test(arguments: [true, false]) func deepSectionsAreRefusedBeforeParsing(closed: Bool) throws {
        let depth = 5_000
        let text = String(repeating: "{{#a}}", count: depth) + (closed ? String(repeating: "{{/a}}", count: depth) : "")
        let error = try #require(Self.refusal(text))
        #expect(error.code == .templateTooDeep)
        #expect(error.line == 1)
        #expect(error.column == 1 + 6 * TemplateLimits.standard.maximumDepth)
        #expect(error.message == "sections are nested more than 32 levels deep here")
        #expect(error.description.hasPrefix("org.mustache:1:193: error[PA903]: "))
    }

    @Test func nestingUpToTheLimitIsAccepted() throws {
        let depth = TemplateLimits.standard.maximumDepth
        let text =
            String(repeating: "{{#hasThreats}}", count: depth) + "x"
            + String(repeating: "{{/hasThreats}}", count: depth)
        let template = try ReportTemplate(format: .html, text: text, name: "t")
        #expect(try template.render(try Fixtures.arcadia) == "x")
    }

    /// `{{a(a(…x…))}}` nested 10,000 deep allocated 1.4 GB (the parser copies the chain at
    /// every level) before aborting.
    @Test func chainedTransformsAreRefusedBeforeParsing() throws {
        let depth = 10_000
        let text = "<p>\n{{" + String(repeating: "a(", count: depth) + "x" + String(repeating: ")", count: depth) + "}}"
        let error = try #require(Self.refusal(text))
        #expect(error.code == .templateTooDeep)
        #expect((error.line, error.column) == (2, 1))
        #expect(error.message == "this tag chains more than 4 transforms")
        let accepted = try ReportTemplate(
            format: .html, text: "{{#reversed(threats)}}{{id}} {{/reversed(threats)}}", name: "t")
        let report = try Fixtures.arcadia
        #expect(try accepted.render(report) == report.threats.reversed().map { $0.id + " " }.joined())
    }

    /// `{{#hasThreats}}x{{/hasThreats}}` repeated 100,000 times (3 MB) ran past 10 s.
    @Test func largeTemplatesAreRefused() throws {
        let section = "{{#hasThreats}}x{{/hasThreats}}"
        let huge = try #require(Self.refusal(String(repeating: section, count: 100_000)))
        #expect(huge.code == .templateTooLarge)
        #expect(huge.message == "the template is 3100000 bytes, over the limit of 1 MiB")
        // Under 1 MiB, but the engine's parser would rescan the rest of it at each of 66,000 tags.
        let dense = try #require(Self.refusal(String(repeating: section, count: 33_000)))
        #expect(dense.code == .templateTooLarge)
        #expect(dense.message.hasPrefix("the template is too large to parse: 132000 delimiter checks"))
        // The same tags spread over a 64 KiB template, or 1 MiB of plain text, are fine.
        _ = try ReportTemplate(format: .html, text: String(repeating: section, count: 2_000), name: "t")
        _ = try ReportTemplate(format: .html, text: String(repeating: "<p>text</p>\n", count: 80_000), name: "t")
    }

    @Test func longDelimitersAreRefused() throws {
        let error = try #require(Self.refusal("{{=<%%%%%%%%% %>=}}\n<%%%%%%%%%country.name%>"))
        #expect(error.code == .templateError)
        #expect(error.message.contains("a delimiter may be at most 8 characters long"))
        let accepted = try ReportTemplate(
            format: .html, text: "{{=<% %>=}}<%country.code%> <%#threats%>.<%/threats%>", name: "t")
        #expect(try accepted.render(try Fixtures.arcadia) == "ARC ....")
    }

    /// `{{#annex}}` nested in itself repeats the whole annex for each of its entries: nested
    /// ten deep, a million million steps. The budget stops it after about 100,000.
    @Test func aListNestedInItselfRunsOutOfSteps() throws {
        let text = String(repeating: "{{#annex}}", count: 10) + "{{rule}}" + String(repeating: "{{/annex}}", count: 10)
        let error = try #require(try Self.renderRefusal(text))
        #expect(error.code == .templateTooMuchWork)
        #expect(error.message.hasPrefix("rendering this report takes more than "))
        #expect(error.description.hasPrefix("org.mustache:1:1: error[PA905]: "))
        // Nested twice, it is rendered.
        let twice = try ReportTemplate(format: .html, text: "{{#annex}}{{#annex}}.{{/annex}}{{/annex}}", name: "t")
        #expect(try twice.render(try Fixtures.arcadia) == String(repeating: ".", count: 36))
    }

    /// Few steps, much output: a large text repeated for every pair of annex entries and threats.
    @Test func theOutputIsBounded() throws {
        let limits = TemplateLimits.standard
        let chunk = String(repeating: "y", count: 600_000)
        let text = "{{#annex}}{{#threats}}{{#annex}}" + chunk + "{{/annex}}{{/threats}}{{/annex}}"
        let error = try #require(try Self.renderRefusal(text, limits: limits))
        #expect(error.code == .reportTooLarge)
        #expect(error.message == "the report would be larger than 64 MiB")
        // A long string printed many times is counted too.
        var small = limits
        small.maximumOutputBytes = 2_000
        let printed = try #require(try Self.renderRefusal(String(repeating: "{{summary}}", count: 20), limits: small))
        #expect(printed.code == .reportTooLarge)
        let dots = try #require(
            try Self.renderRefusal(
                "{{#summary}}" + String(repeating: "{{.}}", count: 20) + "{{/summary}}", limits: small))
        #expect(dots.code == .reportTooLarge)
    }

    /// `{{.}}` on an object or a list wrote the Swift value's debug description (the whole
    /// report view for the root): now it writes nothing.
    @Test func objectsAndListsPrintNothing() throws {
        let template = try ReportTemplate(
            format: .html, text: "[{{.}}][{{country}}][{{threats}}]{{#country}}[{{.}}]{{/country}}", name: "t")
        #expect(try template.render(try Fixtures.arcadia) == "[][][][]")
    }

    @Test func theScanFollowsDelimitersAndMeasuresSections() {
        let scan = TemplateScan(
            "ab{{#threats}}xyz{{.}}{{#rules}}{{.}}{{.}}{{/rules}}{{/threats}}{{=[ ]=}}[#reversed(a.rules)]12345[/reversed(a.rules)]"
        )
        #expect(scan.depth == 2)
        #expect(scan.topLevel == .init(textBytes: 2, dots: 0))
        #expect(scan.sectionCosts["threats"] == .init(textBytes: 3, dots: 1))
        #expect(scan.sectionCosts["rules"] == .init(textBytes: 5, dots: 2))
        #expect(scan.tags.last == .init(sigil: "/", name: "reversed(a.rules)", line: 1, column: 99))
    }
}
