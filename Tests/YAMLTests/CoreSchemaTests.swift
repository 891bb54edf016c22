import Testing
@testable import YAML

@Suite("YAML 1.2 core schema")
struct CoreSchemaTests {
    @Test("plain scalars resolve per the 1.2 core schema", arguments: [
        ("NO", ScalarValue.string("NO")), ("yes", .string("yes")), ("on", .string("on")), ("off", .string("off")),
        ("true", .bool(true)), ("True", .bool(true)), ("TRUE", .bool(true)), ("false", .bool(false)),
        ("~", .null), ("null", .null), ("Null", .null), ("NULL", .null), ("", .null),
        ("0", .int(0)), ("-17", .int(-17)), ("+3", .int(3)), ("0755", .int(755)), ("0o17", .int(15)), ("0x1F", .int(31)),
        ("1e3", .float(1000)), ("1.5", .float(1.5)), (".5", .float(0.5)), ("-2.5E-1", .float(-0.25)), ("1.", .float(1)),
        (".inf", .float(.infinity)), ("-.Inf", .float(-.infinity)), ("+.INF", .float(.infinity)),
        ("2024-01-01", .string("2024-01-01")), ("0o8", .string("0o8")), ("0xG", .string("0xG")), ("1_000", .string("1_000")),
        ("e3", .string("e3")), (".", .string(".")), ("-", .string("-")), ("1e", .string("1e")), ("ARC", .string("ARC")),
    ])
    func resolves(text: String, expected: ScalarValue) {
        #expect(CoreSchema.resolvePlain(text) == expected)
    }

    @Test func nanIsAFloat() {
        guard case .float(let value) = CoreSchema.resolvePlain(".nan") else {
            Issue.record("expected a float")
            return
        }
        #expect(value.isNaN)
    }

    @Test("quoted and block scalars are always strings", arguments: [Scalar.Style.singleQuoted, .doubleQuoted, .literal, .folded])
    func quotedIsString(style: Scalar.Style) {
        #expect(CoreSchema.resolve(Scalar(text: "true", style: style)) == .string("true"))
        #expect(CoreSchema.resolve(Scalar(text: "12", style: style)) == .string("12"))
    }

    @Test func explicitStringTagWins() {
        #expect(CoreSchema.resolve(Scalar(text: "12", style: .plain, tag: "tag:yaml.org,2002:str")) == .string("12"))
    }
}
