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

    /// Parses the `because:` value of `text`, a YAML mapping.
    func multiline(_ text: String) throws -> Template {
        let file = SourceFile(path: "rules.yaml", text: text)
        guard case .mapping(let pairs, _) = try Parser.parse(file),
            let node = pairs.first(where: { $0.key.scalar?.text == "because" })?.value, let text = node.scalar?.text
        else { throw Failure.notAScalar }
        return TemplateParser.parse(text, node: node, context: DecodingContext(file: file))
    }

    /// A placeholder of a `>-` text was shown at the `>-`, not where it is written.
    @Test("a folded or literal text puts each placeholder where it is written", arguments: [">-", "|", ">+"])
    func foldedText(indicator: String) throws {
        let parsed = try multiline("because: \(indicator)\n  first {x} line\n\n  and {x}, {y.z}{w}\nnext: 1\n")
        #expect(parsed.parts.filter { if case .reference = $0 { true } else { false } }.count == 3)
        #expect(
            parsed.placeholderLocations.map(\.mark) == [
                Mark(line: 2, column: 9), Mark(line: 4, column: 7), Mark(line: 4, column: 17),
            ])
    }

    @Test("a plain or quoted text over several lines puts each placeholder where it is written")
    func plainTextOverLines() throws {
        let plain = try multiline("because: The value\n  is {x}.\nnext: 1\n")
        #expect(plain.placeholderLocations.map(\.mark) == [Mark(line: 2, column: 6)])
        let quoted = try multiline("because: \"The value\n  is {x}\"\n")
        #expect(quoted.placeholderLocations.map(\.mark) == [Mark(line: 2, column: 6)])
    }

    @Test("a placeholder that is not written as such stays at the scalar's mark")
    func escapedPlaceholder() throws {
        // "\x7Bx}" is "{x}" once read: nothing to point at but the text.
        let parsed = try multiline("because: \"The value\n  is \\x7Bx}\"\nnext: '{x}'\n")
        #expect(parsed.parts == [.text("The value is "), .reference(.indicator("x"))])
        #expect(parsed.placeholderLocations.map(\.mark) == [Mark(line: 1, column: 10)])
    }

    @Test func noPlaceholders() throws {
        let parsed = try template("plain text")
        #expect(parsed.parts == [.text("plain text")])
        #expect(try template("'{unclosed'").parts == [.text("{unclosed")])
    }
}
