import Testing

@testable import YAML

@Suite("Parser: errors and edge cases")
struct ParserErrorTests {
    @Test func duplicateKeyNamesBothPlaces() throws {
        let error = try #require(parseError("a: 1\nb: 2\na: 3\n"))
        #expect(error.kind == .duplicateKey)
        #expect(error.mark == Mark(line: 3, column: 1))
        #expect(error.related == Mark(line: 1, column: 1))
        #expect(error.message == "duplicate key 'a' in this mapping (first at 1:1)")
    }

    @Test func duplicateKeyInNestedFlowMapping() throws {
        let error = try #require(parseError("outer:\n  x: {y: 1, z: 2, y: 3}\n"))
        #expect(error.kind == .duplicateKey)
        #expect(error.mark == Mark(line: 2, column: 19))
        #expect(error.related == Mark(line: 2, column: 7))
    }

    @Test("the same key in different mappings is fine")
    func sameKeyInSiblingMappings() {
        #expect(parseError("- {id: a}\n- {id: b}\n") == nil)
        #expect(parseError("a: {a: {a: 1}}\n") == nil)
    }

    @Test func anchorsAndAliases() throws {
        let root = try parse("base: &b {x: 1, y: [2, 3]}\nuse: *b\nlist: [*b, *b]\n")
        #expect(root["use"]?["x"]?.scalar?.resolved == .int(1))
        #expect(root["use"]?["y"]?[1]?.scalar?.resolved == .int(3))
        #expect(root["list"]?[1]?["y"]?[0]?.scalar?.resolved == .int(2))
    }

    @Test func scalarAnchor() throws {
        let root = try parse("a: &n NO\nb: *n\n")
        #expect(root["b"]?.scalar?.resolved == .string("NO"))
    }

    @Test func undefinedAlias() throws {
        let error = try #require(parseError("a: *nope\n"))
        #expect(error.kind == .undefinedAlias)
        #expect(error.message == "alias *nope names no anchor defined before it")
        #expect(error.mark == Mark(line: 1, column: 4))
    }

    @Test("an alias to the node that encloses it is refused (it would be infinite)")
    func recursiveAlias() throws {
        #expect(parseError("a: &x [1, *x]\n")?.kind == .undefinedAlias)
    }

    @Test func invalidUTF8WithPosition() throws {
        var bytes = Array("a: ok\nbé: ".utf8)
        bytes += [0xFF, 0x0A]
        let error = try #require(parseError(bytes: bytes))
        #expect(error.kind == .invalidUTF8)
        #expect(error.mark == Mark(line: 2, column: 5))
    }

    @Test func truncatedMultiByteSequence() throws {
        let error = try #require(parseError(bytes: Array("a: ".utf8) + [0xE2, 0x82]))
        #expect(error.kind == .invalidUTF8)
        #expect(error.mark == Mark(line: 1, column: 4))
    }

    @Test func twoDocumentsRefused() throws {
        let error = try #require(parseError("a: 1\n---\nb: 2\n"))
        #expect(error.kind == .multipleDocuments)
        #expect(error.mark == Mark(line: 2, column: 1))
    }

    @Test func oneExplicitDocumentIsFine() throws {
        let root = try parse("---\na: 1\n...\n")
        #expect(root["a"]?.scalar?.resolved == .int(1))
    }

    @Test(
        "empty, blank and comment-only files are refused",
        arguments: ["", "\n\n", "   \n", "# just a comment\n# and another\n"])
    func emptyRefused(text: String) throws {
        let error = try #require(parseError(text))
        #expect(error.kind == .empty)
        #expect(error.mark == Mark(line: 1, column: 1))
    }

    /// libyaml's own words stay, as the last note, under a message of our own.
    static func libyamlNote(_ error: YAMLError) -> String? {
        error.notes.last.map(\.message)
    }

    @Test("an unclosed bracket is shown where it opens, with libyaml's words as a note")
    func unclosedFlowSequence() throws {
        let error = try #require(parseError("a: [1, 2\nb: 3\n"))
        #expect(error.kind == .syntax)
        #expect(
            error.message
                == "the '[' opened here is not closed where expected: close it with ']', or quote the whole value if the '[' is text"
        )
        #expect(error.mark == Mark(line: 1, column: 4))
        #expect(error.notes.first == YAMLError.Note("the structure breaks here", at: Mark(line: 2, column: 2)))
        #expect(
            Self.libyamlNote(error)
                == "libyaml: did not find expected ',' or ']' while parsing a flow sequence (started at 1:4)")
    }

    @Test("a tab in the indentation is called a tab", arguments: ["a:\n\tb: 1\n", "a:\n  - b\n\tc: 1\n"])
    func tabIndentation(text: String) throws {
        let error = try #require(parseError(text))
        #expect(error.kind == .syntax)
        #expect(
            error.message
                == "a tab character where YAML expects spaces (it indents with spaces only); replace the tab with spaces"
        )
        #expect(error.mark.column == 1)
        #expect(Self.libyamlNote(error)?.hasPrefix("libyaml: found") == true)
    }

    @Test func tabIndentationMessages() throws {
        let error = try #require(parseError("a:\n\tb: 1\n"))
        #expect(error.mark == Mark(line: 2, column: 1))
        #expect(
            Self.libyamlNote(error)
                == "libyaml: found character that cannot start any token while scanning for the next token (started at 2:1)"
        )
    }

    @Test("an indentation slip names both indentations and where the structure starts")
    func indentationSlip() throws {
        let error = try #require(parseError("a:\n  b: 1\n c: 2\n"))
        #expect(error.kind == .syntax)
        #expect(
            error.message == "inconsistent indentation: this line is indented by 1 space, the line above it by 2 spaces"
        )
        #expect(error.mark == Mark(line: 3, column: 2))
        #expect(
            error.notes
                == [
                    YAMLError.Note(
                        "the mapping this line continues starts here, with its keys indented by 0 spaces",
                        at: Mark(line: 1, column: 1)),
                    YAMLError.Note("libyaml: did not find expected key while parsing a block mapping (started at 1:1)"),
                ])
    }

    @Test("a line at a list's indentation that is no item is a slip")
    func keyAtListIndentation() throws {
        let error = try #require(parseError("l:\n  - id: a\n    x: 1\n  y: 2\n"))
        #expect(
            error.message
                == "inconsistent indentation: this line is indented by 2 spaces, the line above it by 4 spaces")
        #expect(error.mark == Mark(line: 4, column: 3))
        #expect(error.notes.first?.mark == Mark(line: 2, column: 3))
    }

    @Test("a key indented further than the one above reads as more of its value")
    func keyIndentedTooFar() throws {
        let error = try #require(parseError("a:\n  b: 1\n   c: 2\n"))
        #expect(
            error.message
                == "inconsistent indentation: this line is indented by 3 spaces, the line above it by 2 spaces, so YAML reads it as more of the value above; indent it as far as the key it belongs with"
        )
        #expect(error.mark == Mark(line: 3, column: 4))
        #expect(error.notes.first == YAMLError.Note("the line above", at: Mark(line: 2, column: 3)))
        #expect(Self.libyamlNote(error) == "libyaml: mapping values are not allowed in this context")
    }

    @Test("the line above is the nearest that is neither blank nor a comment")
    func lineAboveSkipsCommentsAndBlanks() throws {
        let error = try #require(parseError("a:\n  b: 1\n   # note\n\n   c: 2\n"))
        #expect(
            error.message
                == "inconsistent indentation: this line is indented by 3 spaces, the line above it by 2 spaces")
        #expect(error.mark == Mark(line: 5, column: 4))
    }

    @Test("an unquoted ': ' in a value gets the quoted value to write")
    func colonInPlainValue() throws {
        let error = try #require(parseError("t:\n  - id: a\n    title: Crime: the rest\n"))
        #expect(
            error.message
                == "the value of 'title' contains ': ', which YAML reads as the start of another key; put the value in quotes: title: \"Crime: the rest\""
        )
        #expect(error.mark == Mark(line: 3, column: 17))
        let quoted = try #require(parseError("title: He said \"no\": twice\n"))
        #expect(quoted.message.hasSuffix("put the value in quotes: title: 'He said \"no\": twice'"))
    }

    @Test func colonInFlowValue() throws {
        let error = try #require(parseError("- {id: a, title: A: b}\n"))
        #expect(
            error.message
                == "this ': ' inside a value reads as the start of another key; put the value before it in quotes")
        #expect(error.mark == Mark(line: 1, column: 19))
        #expect(error.notes.first?.mark == Mark(line: 1, column: 3))
    }

    @Test func unclosedQuote() throws {
        let error = try #require(parseError("a:\n  b: \"open\n"))
        #expect(error.message == "this quoted text is never closed: add the closing quote")
        #expect(error.mark == Mark(line: 2, column: 6))
    }

    @Test("other errors keep libyaml's words")
    func otherErrorsKeepLibyamlWords() throws {
        let error = try #require(parseError("a: *\n"))
        #expect(error.notes.isEmpty)
        #expect(error.message.contains("alias"))
    }

    @Test("a control character is a reader error with its position")
    func controlCharacter() throws {
        let error = try #require(parseError("a: b\nc: \u{1}\n"))
        #expect(error.kind == .syntax)
        #expect(error.message == "control characters are not allowed")
        #expect(error.mark == Mark(line: 2, column: 4))
    }

    @Test("scalars containing NUL are kept whole")
    func nulInScalar() throws {
        let root = try parse("a: \"x\\0y\"\n")
        let text = try #require(root["a"]?.scalar?.text)
        #expect(Array(text.utf8) == [0x78, 0x00, 0x79])
    }

    @Test func scalarStyles() throws {
        let root = try parse("p: x\ns: 'x'\nd: \"x\"\nl: |\n  x\nf: >\n  x\n")
        #expect(root["p"]?.scalar?.style == .plain)
        #expect(root["s"]?.scalar?.style == .singleQuoted)
        #expect(root["d"]?.scalar?.style == .doubleQuoted)
        #expect(root["l"]?.scalar?.style == .literal)
        #expect(root["f"]?.scalar?.style == .folded)
        #expect(root["l"]?.scalar?.text == "x\n")
    }

    @Test func kindDescriptions() throws {
        let root = try parse("m: {}\ns: []\nb: true\ni: 1\nf: 1.5\nt: x\nn: ~\n")
        let kinds = ["m", "s", "b", "i", "f", "t", "n"].map { root[$0]?.kindDescription }
        #expect(kinds == ["a mapping", "a list", "a boolean", "an integer", "a number", "a string", "null"])
    }

    @Test func emptyValueIsNull() throws {
        let root = try parse("a:\nb: c\n")
        #expect(root["a"]?.scalar?.resolved == .null)
    }
}

@Suite("Parser: duplicate keys in large mappings")
struct LargeMappingTests {
    static func mapping(keys: Int) -> String {
        (0..<keys).map { "key\($0): \($0)\n" }.joined()
    }

    @Test func largeMappingWithoutDuplicates() throws {
        guard case .mapping(let pairs, _) = try parse(Self.mapping(keys: 100)) else {
            Issue.record("expected a mapping")
            return
        }
        #expect(pairs.count == 100)
        #expect(pairs[99].value.scalar?.resolved == .int(99))
    }

    @Test("a duplicate after the linear-scan limit is found", arguments: [0, 3, 15, 16, 40])
    func duplicateFound(of original: Int) throws {
        let error = try #require(parseError(Self.mapping(keys: 50) + "key\(original): again\n"))
        #expect(error.kind == .duplicateKey)
        #expect(error.mark == Mark(line: 51, column: 1))
        #expect(error.related == Mark(line: original + 1, column: 1))
    }

    @Test func duplicateAmongTheFirstKeys() throws {
        let error = try #require(parseError(Self.mapping(keys: 5) + "key2: again\n" + Self.mapping(keys: 40)))
        #expect(error.mark == Mark(line: 6, column: 1))
        #expect(error.related == Mark(line: 3, column: 1))
    }
}
