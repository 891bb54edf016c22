import YAML

/// Parses `because:` templates: `{REF}` is a placeholder (an indicator id or `instrument.ID`);
/// any other brace is literal text.
enum TemplateParser {
    static func parse(_ text: String, node: Node, context: DecodingContext) -> Template {
        let bytes = Array(text.utf8)
        let origin = context.location(node)
        let inline = node.scalar?.isSingleLine ?? false
        let contentOffset = node.scalar?.contentOffset ?? 0
        var parts: [Template.Part] = []
        var locations: [SourceLocation] = []
        var literalStart = 0 // byte offset where the pending literal text starts
        var index = 0 // byte offset
        var column = 0 // code points before `index`
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "{"), let close = closingBrace(bytes, after: index) {
                let inner = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
                if isReference(inner) {
                    if literalStart < index {
                        parts.append(.text(String(decoding: bytes[literalStart..<index], as: UTF8.self)))
                    }
                    parts.append(.reference(Reference(parsing: inner)))
                    locations.append(inline ? origin.advanced(by: contentOffset + column) : origin)
                    column += close + 1 - index // a reference is ASCII: one byte per code point
                    index = close + 1
                    literalStart = index
                    continue
                }
            }
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        if literalStart < bytes.count { parts.append(.text(String(decoding: bytes[literalStart...], as: UTF8.self))) }
        return Template(source: text, parts: parts, location: origin, placeholderLocations: locations)
    }

    /// The `}` that closes a `{` at `open` when only identifier characters and dots lie between
    /// (anything else cannot be a placeholder); scanning stops there, so parsing stays linear.
    private static func closingBrace(_ bytes: [UInt8], after open: Int) -> Int? {
        var index = open + 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "}") { return index }
            let isWord =
                (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
                || byte == UInt8(ascii: ".")
            guard isWord else { return nil }
            index += 1
        }
        return nil
    }

    private static func isReference(_ text: String) -> Bool {
        if text.hasPrefix("instrument.") {
            return Identifier.isValid(String(text.dropFirst("instrument.".count)), allowPunctuation: false)
        }
        return Identifier.isValid(text, allowPunctuation: false)
    }
}
