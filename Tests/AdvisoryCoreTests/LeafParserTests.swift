import Testing
import YAML

@testable import AdvisoryCore

@Suite("LeafParser")
struct LeafParserTests {
    /// Parses `text` as if written after `    when: ` on line 1 (so the text starts at column 11).
    func parse(_ text: String) -> Result<Leaf, Diagnostic> {
        let file = SourceFile(path: "rules.yaml", text: "    when: \(text)\n")
        return LeafParser.parse(text, origin: SourceLocation(file: file, mark: Mark(line: 1, column: 11)), inline: true)
    }

    func leaf(_ text: String) throws -> Leaf {
        switch parse(text) {
        case .success(let leaf): return leaf
        case .failure(let diagnostic):
            Issue.record("unexpected error: \(diagnostic.message)")
            throw diagnostic
        }
    }

    func failure(_ text: String) throws -> Diagnostic {
        switch parse(text) {
        case .success: throw Failure.unexpectedSuccess(text)
        case .failure(let diagnostic): return diagnostic
        }
    }

    enum Failure: Error { case unexpectedSuccess(String) }

    @Test("every comparison operator", arguments: ComparisonOperator.allCases)
    func comparisonOperators(op: ComparisonOperator) throws {
        let parsed = try leaf("basel_aml_index \(op.rawValue) 6.5")
        #expect(parsed.reference == .indicator("basel_aml_index"))
        guard case .compare(let parsedOp, let literal) = parsed.test else {
            Issue.record("expected a comparison")
            return
        }
        #expect(parsedOp == op)
        #expect(literal == .number(6.5))
        #expect(parsed.literals == [.number(6.5)])
        #expect(parsed.valueLocation.mark.column == 11 + "basel_aml_index ".count + op.rawValue.count + 1)
        #expect(parsed.location.mark == Mark(line: 1, column: 11))
    }

    @Test func ordering() {
        #expect(ComparisonOperator.less.isOrdering && ComparisonOperator.greaterOrEqual.isOrdering)
        #expect(!ComparisonOperator.equal.isOrdering && !ComparisonOperator.notEqual.isOrdering)
    }

    @Test func literalKinds() throws {
        #expect(try leaf("x == -3").literals == [.number(-3)])
        #expect(try leaf("x == 1e3").literals == [.number(1000)])
        #expect(try leaf("x == 0x10").literals == [.number(16)])
        #expect(try leaf("x == true").literals == [.bool(true)])
        #expect(try leaf("x != False").literals == [.bool(false)])
        #expect(try leaf("x == lower_middle").literals == [.word("lower_middle")])
        #expect(try leaf("x == yes").literals == [.word("yes")])
        #expect(try leaf("x == NO").literals == [.word("NO")])
        #expect(try leaf("x == v1.2-beta").literals == [.word("v1.2-beta")])
    }

    @Test func quotedValues() throws {
        #expect(try leaf("x == \"hello world\"").literals == [.word("hello world")])
        #expect(try leaf("x == 'yes'").literals == [.word("yes")])
        #expect(try leaf("x == \"3\"").literals == [.word("3")])
        #expect(try leaf("x == 'true'").literals == [.word("true")])
        #expect(try leaf("x in ['a, b', \"c]\"]").literals == [.word("a, b"), .word("c]")])
    }

    @Test func membership() throws {
        let parsed = try leaf("income_group in [low, 2, true, \"b c\"]")
        guard case .member(let values) = parsed.test else {
            Issue.record("expected a membership test")
            return
        }
        #expect(values == [.word("low"), .number(2), .bool(true), .word("b c")])
        #expect(parsed.valueLocation.mark.column == 11 + "income_group in ".count)
        #expect(try leaf("x in[a,b]").literals == [.word("a"), .word("b")])
        #expect(try leaf("x in [ a ,b ]  ").literals == [.word("a"), .word("b")])
    }

    @Test func missingAndPresent() throws {
        let missing = try leaf("goci_criminality is missing")
        guard case .isMissing = missing.test else {
            Issue.record("expected 'is missing'")
            return
        }
        #expect(missing.literals.isEmpty)
        let present = try leaf("instrument.untoc is present")
        guard case .isPresent = present.test else {
            Issue.record("expected 'is present'")
            return
        }
        #expect(present.reference == .instrument("untoc"))
    }

    @Test func instrumentReference() throws {
        let parsed = try leaf("instrument.untoc != party")
        #expect(parsed.reference == .instrument("untoc"))
        #expect(parsed.reference.description == "instrument.untoc")
        #expect(parsed.literals == [.word("party")])
        #expect(try leaf("instrument == 3").reference == .indicator("instrument"))
    }

    @Test func keepsTheText() throws {
        let parsed = try leaf("  x   >=   3  ")
        #expect(parsed.text == "  x   >=   3  ")
        #expect(parsed.valueLocation.mark.column == 11 + 11)
    }

    @Test(
        "errors name the column where parsing failed",
        arguments: [
            ("x <<< 3", 2, "expected an operator (<, <=, >, >=, ==, !=, in, is), found '<<<'"),
            (
                "x = 3", 2,
                "expected an operator (<, <=, >, >=, ==, !=, in, is), found '=' ('=' is not an operator; use '==')"
            ),
            ("x => 3", 2, "expected an operator (<, <=, >, >=, ==, !=, in, is), found '=>'"),
            ("x", 1, "expected an operator (<, <=, >, >=, ==, !=, in, is) after 'x'"),
            ("x ", 2, "expected an operator (<, <=, >, >=, ==, !=, in, is) after 'x'"),
            ("x<3", 1, "expected a space after 'x'"),
            ("x equals 3", 2, "expected an operator (<, <=, >, >=, ==, !=, in, is), found 'equals'"),
            ("3 > x", 0, "expected an indicator id or instrument.ID, found '3'"),
            ("", 0, "expected an indicator id or instrument.ID, found the end of the condition"),
            ("x.y == 1", 1, "unexpected '.' after 'x'; only 'instrument.ID' references contain a dot"),
            ("instrument. == 1", 11, "expected an instrument id after 'instrument.', found a space"),
            ("x is", 4, "expected 'missing' or 'present' after 'is'"),
            ("x is gone", 5, "expected 'missing' or 'present' after 'is'"),
            ("x is missing now", 13, "unexpected 'now' after the condition"),
            ("x in 1, 2", 5, "expected '[' to start the list of values after 'in'"),
            ("x in []", 6, "expected at least one value in the list"),
            ("x in [1 2]", 8, "expected ',' or ']' in the list, found '2'"),
            ("x in [1, 2", 10, "expected ']' to close the list"),
            ("x in [1,", 8, "expected ']' to close the list"),
            ("x in [a, ]", 9, "expected a value, found ']'"),
            ("x in [a,,b]", 8, "expected a value, found ','"),
            ("x in [1] or", 9, "unexpected 'or' after the condition"),
            ("x == \"abc", 5, "unterminated quoted value"),
            ("x ==", 4, "expected a value after '=='"),
            ("x == ~", 5, "expected a value, found '~'; use 'is missing' to test for a missing value"),
            ("x == null", 5, "expected a value, found 'null'; use 'is missing' to test for a missing value"),
            ("x == .inf", 5, "expected a finite number, found '.inf'"),
            ("x == .nan", 5, "expected a finite number, found '.nan'"),
            (
                "x == a+b", 5,
                "expected a number, true, false or a word, found 'a+b'; quote values with other characters"
            ),
            ("x == 1 2", 7, "unexpected '2' after the condition"),
        ])
    func errors(text: String, offset: Int, message: String) throws {
        let diagnostic = try failure(text)
        #expect(diagnostic.code == .conditionSyntax)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message == message)
        #expect(diagnostic.location?.mark == Mark(line: 1, column: 11 + offset))
        #expect(diagnostic.notes.map(\.message) == ["in the condition '\(text)'"])
    }

    @Test func errorRendering() throws {
        let rendered = DiagnosticRenderer().render(try failure("x <<< 3"))
        #expect(
            rendered == """
                rules.yaml:1:13: error[PA201]: expected an operator (<, <=, >, >=, ==, !=, in, is), found '<<<'
                1 |     when: x <<< 3
                  |             ^
                  = note: in the condition 'x <<< 3'
                """)
    }

    @Test("a text that spans lines puts every position at the scalar's mark")
    func notInline() throws {
        let file = SourceFile(path: "rules.yaml", text: "    when: x\n      <<< 3\n")
        let origin = SourceLocation(file: file, mark: Mark(line: 1, column: 11))
        guard case .failure(let diagnostic) = LeafParser.parse("x <<< 3", origin: origin, inline: false) else {
            Issue.record("expected an error")
            return
        }
        #expect(diagnostic.location?.mark == Mark(line: 1, column: 11))
    }
}

@Suite("LeafParser: non-ASCII text")
struct LeafParserUnicodeTests {
    func parse(_ text: String) -> Result<Leaf, Diagnostic> {
        let file = SourceFile(path: "rules.yaml", text: "    when: \(text)\n")
        return LeafParser.parse(text, origin: SourceLocation(file: file, mark: Mark(line: 1, column: 11)), inline: true)
    }

    @Test func quotedNonASCIIValue() throws {
        guard case .success(let leaf) = parse("region == \"Île-de-France\"") else {
            Issue.record("expected a leaf")
            return
        }
        #expect(leaf.literals == [.word("Île-de-France")])
    }

    @Test("columns after non-ASCII characters count code points")
    func columnsAfterNonASCII() throws {
        guard case .failure(let diagnostic) = parse("x in ['é€😀', 2 3]") else {
            Issue.record("expected an error")
            return
        }
        #expect(diagnostic.message == "expected ',' or ']' in the list, found '3'")
        #expect(diagnostic.location?.mark == Mark(line: 1, column: 11 + 15))
        guard case .success(let leaf) = parse("x in ['é', 2]") else {
            Issue.record("expected a leaf")
            return
        }
        #expect(leaf.valueLocation.mark.column == 11 + 5)
    }

    @Test func nonASCIICharacterInMessages() throws {
        guard case .failure(let diagnostic) = parse("x in [1 é]") else {
            Issue.record("expected an error")
            return
        }
        #expect(diagnostic.message == "expected ',' or ']' in the list, found 'é'")
        guard case .failure(let other) = parse("é > 1") else {
            Issue.record("expected an error")
            return
        }
        #expect(other.message == "expected an indicator id or instrument.ID, found 'é'")
        guard case .failure(let third) = parse("x == 3 ü") else {
            Issue.record("expected an error")
            return
        }
        #expect(third.message == "unexpected 'ü' after the condition")
        #expect(third.location?.mark.column == 11 + 7)
    }
}
