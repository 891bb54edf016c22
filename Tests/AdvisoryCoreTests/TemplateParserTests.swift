import Testing
import YAML

@testable import AdvisoryCore

@Suite("TemplateParser")
struct TemplateParserTests {
    /// Parses the `because:` value of a one-line YAML document `because: <source>`.
    func template(_ source: String) throws -> Template {
        let file = SourceFile(path: "rules.yaml", text: "because: \(source)\n")
        guard case .mapping(let pairs, _) = try Parser.parse(file), let node = pairs.first?.value,
            let text = node.scalar?.text
        else { throw Failure.notAScalar }
        return TemplateParser.parse(text, node: node, context: DecodingContext(file: file))
    }

    enum Failure: Error { case notAScalar }

    @Test func placeholdersAndLiteralBraces() throws {
        let parsed = try template("\"{a} and {instrument.untoc}; {not one} {{b}} {c.d} {}\"")
        #expect(
            parsed.parts == [
                .reference(.indicator("a")), .text(" and "), .reference(.instrument("untoc")), .text("; {not one} {"),
                .reference(.indicator("b")), .text("} {c.d} {}"),
            ])
        #expect(parsed.placeholderLocations.map(\.mark.column) == [11, 19, 50])
        #expect(parsed.render { "<\($0)>" } == "<a> and <instrument.untoc>; {not one} {<b>} {c.d} {}")
    }

    @Test("columns count code points before a placeholder")
    func columnsAfterNonASCII() throws {
        let parsed = try template("'Côte d’Ivoire: {x}'")
        #expect(parsed.placeholderLocations.map(\.mark.column) == [11 + 15])
    }

    @Test("a folded text puts placeholders at the scalar's mark")
    func foldedText() throws {
        let file = SourceFile(path: "rules.yaml", text: "because: >-\n  first line\n  and {x}\n")
        guard case .mapping(let pairs, _) = try Parser.parse(file), let node = pairs.first?.value,
            let text = node.scalar?.text
        else {
            Issue.record("expected a mapping")
            return
        }
        let parsed = TemplateParser.parse(text, node: node, context: DecodingContext(file: file))
        #expect(parsed.parts == [.text("first line and "), .reference(.indicator("x"))])
        #expect(parsed.placeholderLocations.map(\.mark) == [Mark(line: 1, column: 10)])
    }

    @Test func noPlaceholders() throws {
        let parsed = try template("plain text")
        #expect(parsed.parts == [.text("plain text")])
        #expect(try template("'{unclosed'").parts == [.text("{unclosed")])
    }
}
