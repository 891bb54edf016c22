import Testing

@testable import YAML

@Suite("Parser: marks")
struct ParserMarkTests {
    static let document = """
        name: Arcadia
        list:
          - a
          - {k: v, n: [1, 2]}
        nested:
          inner:
            deep: "quoted"
        """

    @Test func everyNodeHasAMarkInsideTheFile() throws {
        let root = try parse(Self.document)
        let nodes = root.allNodes
        #expect(nodes.count == 19)
        for node in nodes {
            #expect(node.mark.line >= 1 && node.mark.line <= 7)
            #expect(node.mark.column >= 1)
        }
    }

    @Test func blockMarksAreOneBased() throws {
        let root = try parse(Self.document)
        #expect(root.mark == Mark(line: 1, column: 1))
        guard case .mapping(let pairs, _) = root else {
            Issue.record("expected a mapping")
            return
        }
        #expect(pairs[0].key.mark == Mark(line: 1, column: 1))
        #expect(pairs[0].value.mark == Mark(line: 1, column: 7))
        #expect(pairs[1].key.mark == Mark(line: 2, column: 1))
        #expect(root["list"]?.mark == Mark(line: 3, column: 3))
        #expect(root["list"]?[0]?.mark == Mark(line: 3, column: 5))
    }

    @Test func flowMarks() throws {
        let root = try parse(Self.document)
        let flow = try #require(root["list"]?[1])
        #expect(flow.mark == Mark(line: 4, column: 5))
        #expect(flow["k"]?.mark == Mark(line: 4, column: 9))
        let numbers = try #require(flow["n"])
        #expect(numbers.mark == Mark(line: 4, column: 15))
        #expect(numbers[0]?.mark == Mark(line: 4, column: 16))
        #expect(numbers[1]?.mark == Mark(line: 4, column: 19))
    }

    @Test func nestedMarks() throws {
        let root = try parse(Self.document)
        let inner = try #require(root["nested"]?["inner"])
        #expect(inner.mark == Mark(line: 7, column: 5))
        let deep = try #require(inner["deep"])
        #expect(deep.mark == Mark(line: 7, column: 11))
        #expect(deep.scalar == Scalar(text: "quoted", style: .doubleQuoted))
    }

    @Test("columns count code points, not bytes")
    func columnsAfterMultiByteCharacters() throws {
        // "é" is 2 bytes, "€" 3 bytes, "😀" 4 bytes: each is one column.
        let root = try parse("é€😀: x\nlist: [ü, 42]\n")
        #expect(root["é€😀"]?.mark == Mark(line: 1, column: 6))
        #expect(root["list"]?[1]?.mark == Mark(line: 2, column: 11))
    }

    @Test func anchorIsPartOfTheMark() throws {
        let root = try parse("a: &x [1]\nb: !!str 12\n")
        #expect(root["a"]?.mark == Mark(line: 1, column: 4))
        #expect(root["b"]?.mark == Mark(line: 2, column: 4))
        #expect(root["b"]?.scalar?.resolved == .string("12"))
    }

    @Test func markDescription() {
        #expect(Mark(line: 3, column: 14).description == "3:14")
        #expect(Mark(line: 3, column: 14).advanced(by: 2) == Mark(line: 3, column: 16))
        #expect(Mark(line: 2, column: 9) < Mark(line: 3, column: 1))
    }

    @Test func sourceFileLinesAndOffsets() {
        let file = SourceFile(path: "f.yaml", text: "ab\r\né: c\n")
        #expect(file.line(1) == "ab")
        #expect(file.line(2) == "é: c")
        #expect(file.line(3) == "")
        #expect(file.line(4) == nil)
        #expect(file.mark(ofByteOffset: 4) == Mark(line: 2, column: 1))
        #expect(file.mark(ofByteOffset: 6) == Mark(line: 2, column: 2))
    }

    /// libyaml also breaks lines at a lone CR, NEL, LS and PS; the source line shown under a
    /// diagnostic was another line (or none) when the file split only at LF.
    @Test(
        "the line of a mark is the line libyaml means",
        arguments: ["\r", "\r\n", "\n", "\u{85}", "\u{2028}", "\u{2029}"])
    func linesAgreeWithLibYAML(lineBreak: String) throws {
        let text = ["a: 1", "b: 2", "c: [x, y]", "d: last"].joined(separator: lineBreak)
        let file = SourceFile(path: "breaks.yaml", text: text)
        let root = try Parser.parse(file)
        for (key, shown) in [("b", "b: 2"), ("c", "c: [x, y]"), ("d", "d: last")] {
            let mark = try #require(root[key]?.mark)
            #expect(file.line(mark.line) == shown)
        }
        let y = try #require(root["c"]?[1]?.mark)
        #expect(y == Mark(line: 3, column: 8))
        #expect(file.line(4) == "d: last" && file.line(5) == nil)
    }
}
