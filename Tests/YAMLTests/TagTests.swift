import Testing

@testable import YAML

/// Explicit tags: `code: !!null ARC`, `name: !!binary …`, `year: !!bool 2024`, `!foo X` and
/// `!!map X` were accepted and silently ignored. Only the core schema's tags are accepted,
/// and only on content that already has their meaning; every other tag is refused at its
/// position.
@Suite("YAML tags")
struct TagTests {
    @Test(
        "tags with their real meaning are accepted",
        arguments: [
            ("!!str 12", ScalarValue.string("12")), ("!!str true", .string("true")), ("!!str", .string("")),
            ("! 12", .string("12")), ("!<tag:yaml.org,2002:str> NO", .string("NO")),
            ("!!int 12", .int(12)), ("!!int \"12\"", .int(12)), ("!!int 0x1F", .int(31)),
            ("!!float 1.5", .float(1.5)), ("!!float 3", .float(3)), ("!!float .inf", .float(.infinity)),
            ("!!bool true", .bool(true)), ("!!bool 'false'", .bool(false)),
            ("!!null ~", .null), ("!!null null", .null), ("!!null", .null),
        ])
    func accepted(value: String, expected: ScalarValue) throws {
        let node = try parse("key: \(value)\n")
        #expect(node["key"]?.scalar?.resolved == expected)
    }

    @Test(
        "other tags are refused at their position",
        arguments: [
            ("!!null ARC", "the tag !!null does not match the text 'ARC'"),
            ("!!binary aGVsbG8=", "the tag !!binary is not supported"),
            ("!!bool 2024", "the tag !!bool does not match an integer ('2024')"),
            ("!!int 1.5", "the tag !!int does not match a number ('1.5')"),
            ("!!float yes", "the tag !!float does not match the text 'yes'"),
            ("!!null 0", "the tag !!null does not match an integer ('0')"),
            ("!foo X", "the tag !foo is not supported"),
            ("!!map X", "the tag !!map names a mapping, but this is a scalar"),
            ("!!seq X", "the tag !!seq names a list, but this is a scalar"),
            ("!!timestamp 2024-01-01", "the tag !!timestamp is not supported"),
            ("!!set {a: ~}", "the tag !!set is not supported"),
            ("!!omap [a: 1]", "the tag !!omap is not supported"),
            ("!!map [1, 2]", "the tag !!map does not match this list"),
            ("!!seq {a: 1}", "the tag !!seq does not match this mapping"),
            ("!!str [1]", "the tag !!str does not match this list"),
            ("!local {a: 1}", "the tag !local is not supported"),
            ("!<tag:example.com,2024:x> 1", "the tag tag:example.com,2024:x is not supported"),
        ])
    func refused(value: String, message: String) throws {
        let error = try #require(parseError("first: 1\nkey:   \(value)\n"))
        #expect(error.kind == .unsupportedTag)
        #expect(error.message.hasPrefix(message), "\(error.message)")
        #expect(error.mark == Mark(line: 2, column: 8))
    }

    @Test func collectionsKeysAndAliases() throws {
        let node = try parse("a: !!seq [1, 2]\nb: !!map {c: 1}\nc: ! [x]\n!!str 1: one\nd: &x !!int 5\ne: *x\n")
        #expect(node["a"]?[1]?.scalar?.resolved == .int(2))
        #expect(node["b"]?["c"]?.scalar?.resolved == .int(1))
        #expect(node["c"]?[0]?.scalar?.text == "x")
        #expect(node["1"]?.scalar?.text == "one")
        #expect(node["e"]?.scalar?.resolved == .int(5))
        let key = try #require(parseError("a: 1\n!!binary YQ==: 2\n"))
        #expect(key.kind == .unsupportedTag)
        #expect(key.mark == Mark(line: 2, column: 1))
    }
}
