import Testing

@testable import YAML

@Suite("Parser: limits on hostile input")
struct ParserLimitTests {
    static let billionLaughs = """
        a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
        d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
        e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
        f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
        g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]
        h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]
        i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h, *h]
        """

    @Test("billion laughs is refused, not expanded")
    func billionLaughsRefused() throws {
        let error = try #require(parseError(Self.billionLaughs))
        #expect(error.kind == .aliasBudget)
        #expect(error.message.contains("1000000"))
        // The budget runs out inside the alias list of `f` (its aliases add 1,111,110 nodes).
        #expect(error.mark.line == 6)
    }

    @Test func aliasesWithinTheBudgetExpand() throws {
        let root = try parse(Self.billionLaughs.split(separator: "\n").prefix(4).joined(separator: "\n"))
        #expect(root["d"]?[9]?[9]?[9]?[9]?.scalar?.text == "lol")
    }

    @Test func smallBudget() throws {
        let yaml = "a: &a [1, 2, 3]\nb: [*a, *a]\n"
        #expect(parseError(yaml, limits: ParserLimits(maxExpandedNodes: 8)) == nil)
        let error = try #require(parseError(yaml, limits: ParserLimits(maxExpandedNodes: 7)))
        #expect(error.kind == .aliasBudget)
        #expect(error.mark == Mark(line: 2, column: 9))
    }

    @Test("an alias-free document is not limited by the alias budget")
    func aliasFreeDocumentIsNotBudgeted() {
        let yaml = "[" + Array(repeating: "1", count: 50).joined(separator: ", ") + "]"
        #expect(parseError(yaml, limits: ParserLimits(maxExpandedNodes: 10)) == nil)
    }

    @Test("100,000-deep flow nesting is refused as it arrives")
    func deepFlowRefused() throws {
        let depth = 100_000
        let yaml = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let error = try #require(parseError(yaml))
        #expect(error.kind == .tooDeep)
        #expect(error.mark == Mark(line: 1, column: 257))
        #expect(error.message == "nesting deeper than 256 levels")
    }

    @Test("unclosed deep flow nesting is refused too")
    func deepUnclosedFlowRefused() throws {
        let error = try #require(parseError(String(repeating: "{a: [", count: 50_000)))
        #expect(error.kind == .tooDeep)
    }

    @Test("100,000-deep block nesting is refused without a crash")
    func deepBlockSequenceRefused() throws {
        let yaml = String(repeating: "- ", count: 100_000) + "x\n"
        let error = try #require(parseError(yaml))
        #expect(error.kind == .tooDeep)
        #expect(error.mark == Mark(line: 1, column: 513))
    }

    @Test func deepBlockMappingRefused() throws {
        var yaml = ""
        for level in 0..<300 { yaml += String(repeating: " ", count: level) + "k:\n" }
        let error = try #require(parseError(yaml))
        #expect(error.kind == .tooDeep)
        #expect(error.mark == Mark(line: 257, column: 257))
    }

    @Test("nesting exactly at the limit is accepted")
    func depthBoundary() throws {
        let limits = ParserLimits(maxDepth: 5)
        #expect(parseError("[[[[[1]]]]]", limits: limits) == nil)
        #expect(parseError("[[[[[[1]]]]]]", limits: limits)?.kind == .tooDeep)
    }

    @Test func sizeLimit() throws {
        let limits = ParserLimits(maxFileBytes: 10)
        #expect(parseError("a: 1234567", limits: limits) == nil)
        let error = try #require(parseError("a: 12345678", limits: limits))
        #expect(error.kind == .tooLarge)
        #expect(error.message == "the file is 11 bytes, over the limit of 10 bytes")
        #expect(error.mark == Mark(line: 1, column: 1))
    }

    @Test func standardLimits() {
        #expect(ParserLimits.standard.maxFileBytes == 32 * 1024 * 1024)
        #expect(ParserLimits.standard.maxDepth == 256)
        #expect(ParserLimits.standard.maxExpandedNodes == 1_000_000)
    }
}

@Suite("Parser: nesting through aliases")
struct AliasDepthTests {
    static func nested(_ depth: Int, around inner: String) -> String {
        String(repeating: "[", count: depth) + inner + String(repeating: "]", count: depth)
    }

    @Test("an alias cannot build nesting deeper than the limit")
    func aliasNestingRefused() throws {
        let yaml = "a: &a \(Self.nested(200, around: "1"))\nb: \(Self.nested(100, around: "*a"))\n"
        let error = try #require(parseError(yaml))
        #expect(error.kind == .tooDeep)
        #expect(error.message == "nesting deeper than 256 levels (through alias *a)")
        #expect(error.mark == Mark(line: 2, column: 104))
    }

    @Test func aliasNestingAtTheLimitIsAccepted() throws {
        // The root mapping is one level, `a` 200 more, the list around `*a` 55 more: 256.
        let yaml = "a: &a \(Self.nested(200, around: "1"))\nb: \(Self.nested(55, around: "*a"))\n"
        #expect(parseError(yaml) == nil)
        let deeper = "a: &a \(Self.nested(200, around: "1"))\nb: \(Self.nested(56, around: "*a"))\n"
        #expect(parseError(deeper)?.kind == .tooDeep)
    }

    @Test func scalarAliasesAddNoDepth() throws {
        let yaml = "a: &a x\nb: \(Self.nested(255, around: "*a"))\n"
        #expect(parseError(yaml) == nil)
    }
}
