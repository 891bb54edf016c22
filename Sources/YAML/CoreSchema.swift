/// The YAML 1.2 core schema (https://yaml.org/spec/1.2.2/#1023-core-schema) for plain scalars.
///
/// Only `true`/`True`/`TRUE` and `false`/`False`/`FALSE` are booleans; `yes`, `on`, `NO` stay
/// strings. `~`, `null` and the empty scalar are null. Quoted and block scalars are strings.
public enum CoreSchema {
    public static func resolve(_ scalar: Scalar) -> ScalarValue {
        switch scalar.tag.flatMap({ Tag(fullName: $0) }) {
        case nil:
            guard scalar.tag == nil, scalar.style == .plain else { return .string(scalar.text) }
            return resolvePlain(scalar.text)
        case .str?, .seq?, .map?: return .string(scalar.text)
        case let tag?:
            // The parser accepts these tags only on matching content (``checkTag``).
            let value = resolvePlain(scalar.text)
            if tag == .float, case .int(let number) = value { return .float(Double(number)) }
            return tag.accepts(value) ? value : .string(scalar.text)
        }
    }

    public static func resolvePlain(_ text: String) -> ScalarValue {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .float(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .float(-.infinity)
        case ".nan", ".NaN", ".NAN": return .float(.nan)
        default: break
        }
        let utf8 = Array(text.utf8)
        guard let first = utf8.first,
            first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: ".")
                || isDigit(first)
        else { return .string(text) }
        if let value = integer(utf8) { return value }
        if isFloat(utf8), let value = Double(text) { return .float(value) }
        return .string(text)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    /// `[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+`. An integer too large for `Int` becomes a float.
    private static func integer(_ bytes: [UInt8]) -> ScalarValue? {
        if bytes.count > 2, bytes[0] == UInt8(ascii: "0") {
            let digits = String(decoding: bytes[2...], as: UTF8.self)
            if bytes[1] == UInt8(ascii: "o"), bytes[2...].allSatisfy({ $0 >= 48 && $0 <= 55 }) {
                return Int(digits, radix: 8).map(ScalarValue.int) ?? .string(String(decoding: bytes, as: UTF8.self))
            }
            if bytes[1] == UInt8(ascii: "x"), bytes[2...].allSatisfy({ isHexDigit($0) }) {
                return Int(digits, radix: 16).map(ScalarValue.int) ?? .string(String(decoding: bytes, as: UTF8.self))
            }
        }
        var body = bytes[...]
        if let sign = body.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { body = body.dropFirst() }
        guard !body.isEmpty, body.allSatisfy(isDigit) else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        if let value = Int(text) { return .int(value) }
        return Double(text).map(ScalarValue.float)
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= 65 && byte <= 70) || (byte >= 97 && byte <= 102)
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
    private static func isFloat(_ bytes: [UInt8]) -> Bool {
        var index = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
        let integerStart = index
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        let integerDigits = index - integerStart
        var fractionDigits = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            fractionDigits = index - fractionStart
        }
        guard integerDigits > 0 || fractionDigits > 0 else { return false }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                index += 1
            }
            let exponentStart = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            guard index > exponentStart else { return false }
        }
        return index == bytes.count
    }
}

extension CoreSchema {
    /// The tags of the core schema (`!!str` and so on, which libyaml reports in full as
    /// `tag:yaml.org,2002:str`).
    public enum Tag: String, Sendable {
        case str, int, float, bool, null, seq, map

        init?(fullName full: String) {
            let prefix = "tag:yaml.org,2002:"
            guard full.hasPrefix(prefix) else { return nil }
            self.init(rawValue: String(full.dropFirst(prefix.count)))
        }

        /// Whether a value resolved under the core schema has this tag's meaning.
        func accepts(_ value: ScalarValue) -> Bool {
            switch (self, value) {
            case (.str, _), (.int, .int), (.float, .float), (.float, .int), (.bool, .bool), (.null, .null): true
            default: false
            }
        }
    }

    /// Refuses a tag on a scalar unless it is the non-specific `!`, `!!str`, or `!!int`,
    /// `!!float`, `!!bool`, `!!null` on text that already means that under the core schema
    /// (`!!int 12`, `!!bool true`). Any other tag (`!!binary`, `!!timestamp`, `!foo`) would
    /// otherwise be silently ignored, and `!!null ARC` or `!!bool 2024` would mean something
    /// other than what they say.
    static func checkTag(_ tag: String?, onScalar text: String, at mark: Mark) throws(YAMLError) {
        guard let tag, tag != "!" else { return }
        guard let known = Tag(fullName: tag) else { throw unsupported(tag, at: mark) }
        switch known {
        case .str: return
        case .seq, .map:
            throw YAMLError(
                .unsupportedTag,
                "the tag \(short(tag)) names a \(known == .seq ? "list" : "mapping"), but this is a scalar",
                at: mark)
        case .int, .float, .bool, .null:
            let value = resolvePlain(text)
            guard known.accepts(value) else {
                let what = value == .string(text) ? "the text '\(text)'" : "\(value.kindDescription) ('\(text)')"
                throw YAMLError(
                    .unsupportedTag,
                    "the tag \(short(tag)) does not match \(what); write the value without a tag",
                    at: mark)
            }
        }
    }

    /// The collection kinds, for ``checkTag(_:onCollection:at:)``.
    enum Collection { case seq, map }

    /// Refuses a tag on a list or mapping other than `!`, `!!seq` on a list and `!!map` on a mapping.
    static func checkTag(_ tag: String?, onCollection kind: Collection, at mark: Mark) throws(YAMLError) {
        guard let tag, tag != "!" else { return }
        guard let known = Tag(fullName: tag) else { throw unsupported(tag, at: mark) }
        switch (known, kind) {
        case (.seq, .seq), (.map, .map): return
        default:
            throw YAMLError(
                .unsupportedTag,
                "the tag \(short(tag)) does not match this \(kind == .seq ? "list" : "mapping")", at: mark)
        }
    }

    private static func unsupported(_ tag: String, at mark: Mark) -> YAMLError {
        YAMLError(
            .unsupportedTag,
            "the tag \(short(tag)) is not supported; only the YAML 1.2 core schema's tags are (!!str makes a value text)",
            at: mark)
    }

    /// `!!str` for `tag:yaml.org,2002:str`; other tags as written.
    static func short(_ tag: String) -> String {
        let prefix = "tag:yaml.org,2002:"
        return tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
    }
}
