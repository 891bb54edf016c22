import Testing

@testable import YAML

@Suite("YAML 1.2 core schema")
struct CoreSchemaTests {
    @Test(
        "plain scalars resolve per the 1.2 core schema",
        arguments: [
            ("NO", ScalarValue.string("NO")), ("yes", .string("yes")), ("on", .string("on")), ("off", .string("off")),
            ("true", .bool(true)), ("True", .bool(true)), ("TRUE", .bool(true)), ("false", .bool(false)),
            ("~", .null), ("null", .null), ("Null", .null), ("NULL", .null), ("", .null),
            ("0", .int(0)), ("-17", .int(-17)), ("+3", .int(3)), ("0755", .int(755)), ("0o17", .int(15)),
            ("0x1F", .int(31)),
            ("1e3", .float(1000)), ("1.5", .float(1.5)), (".5", .float(0.5)), ("-2.5E-1", .float(-0.25)),
            ("1.", .float(1)),
            (".inf", .float(.infinity)), ("-.Inf", .float(-.infinity)), ("+.INF", .float(.infinity)),
            ("2024-01-01", .string("2024-01-01")), ("0o8", .string("0o8")), ("0xG", .string("0xG")),
            ("1_000", .string("1_000")),
            ("e3", .string("e3")), (".", .string(".")), ("-", .string("-")), ("1e", .string("1e")),
            ("ARC", .string("ARC")),
        ])
    func resolves(text: String, expected: ScalarValue) {
        #expect(CoreSchema.resolvePlain(text) == expected)
    }

    @Test(
        "more plain scalars: signs, bases, YAML 1.1 words and near-misses",
        arguments: [
            ("-0", ScalarValue.int(0)), ("+0", .int(0)), ("007", .int(7)), ("0o0", .int(0)), ("0x0", .int(0)),
            ("0xff", .int(255)),
            ("9223372036854775807", .int(Int.max)), ("9223372036854775808", .float(9_223_372_036_854_775_808)),
            ("-9223372036854775808", .int(Int.min)),
            ("1e+3", .float(1000)), ("-.5", .float(-0.5)), ("+1.5", .float(1.5)), ("0.", .float(0)),
            ("12e3", .float(12000)),
            ("1E3", .float(1000)), (".Inf", .float(.infinity)), ("-.INF", .float(-.infinity)),
            ("+.Inf", .float(.infinity)),
            ("Yes", .string("Yes")), ("YES", .string("YES")), ("y", .string("y")), ("n", .string("n")),
            ("N", .string("N")),
            ("On", .string("On")), ("OFF", .string("OFF")), ("no", .string("no")), ("tRUE", .string("tRUE")),
            ("nULL", .string("nULL")), ("None", .string("None")), ("nil", .string("nil")),
            ("0b101", .string("0b101")), ("-0x1F", .string("-0x1F")), ("+0o7", .string("+0o7")), ("0o", .string("0o")),
            ("0x", .string("0x")), ("0O17", .string("0O17")), ("0X1F", .string("0X1F")),
            ("-.nan", .string("-.nan")), ("inf", .string("inf")), ("infinity", .string("infinity")),
            ("NaN", .string("NaN")), ("+", .string("+")), ("1.5.2", .string("1.5.2")), (".e3", .string(".e3")),
            ("1e3.5", .string("1e3.5")), ("1,000", .string("1,000")), ("12:30", .string("12:30")),
            ("1 000", .string("1 000")),
            ("-1e-2", .float(-0.01)), ("v1.0", .string("v1.0")), ("1.0.0", .string("1.0.0")),
        ])
    func resolvesMore(text: String, expected: ScalarValue) {
        #expect(CoreSchema.resolvePlain(text) == expected)
    }

    @Test("NaN spellings of the core schema", arguments: [".nan", ".NaN", ".NAN"])
    func nanSpellings(text: String) {
        guard case .float(let value) = CoreSchema.resolvePlain(text) else {
            Issue.record("expected a float")
            return
        }
        #expect(value.isNaN)
    }

    @Test func nonSpecificTagIsString() {
        #expect(CoreSchema.resolve(Scalar(text: "12", style: .plain, tag: "!")) == .string("12"))
        #expect(CoreSchema.resolve(Scalar(text: "12", style: .plain, tag: nil)) == .int(12))
    }

    @Test func nanIsAFloat() {
        guard case .float(let value) = CoreSchema.resolvePlain(".nan") else {
            Issue.record("expected a float")
            return
        }
        #expect(value.isNaN)
    }

    @Test(
        "quoted and block scalars are always strings",
        arguments: [Scalar.Style.singleQuoted, .doubleQuoted, .literal, .folded])
    func quotedIsString(style: Scalar.Style) {
        #expect(CoreSchema.resolve(Scalar(text: "true", style: style)) == .string("true"))
        #expect(CoreSchema.resolve(Scalar(text: "12", style: style)) == .string("12"))
    }

    @Test func explicitStringTagWins() {
        #expect(CoreSchema.resolve(Scalar(text: "12", style: .plain, tag: "tag:yaml.org,2002:str")) == .string("12"))
    }
}
