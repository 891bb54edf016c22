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
        var placeholders: [String] = [] // "{REF}" as written, in order
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
                    placeholders.append("{\(inner)}")
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
        if !inline { locations = sourceLocations(of: placeholders, in: node, origin: origin) ?? locations }
        return Template(source: text, parts: parts, location: origin, placeholderLocations: locations)
    }

    /// Where each placeholder of a text spanning lines (a `>-` or `|` block, a plain or quoted
    /// text over several lines) is written: the placeholders in order, searched from the node's
    /// mark through the lines indented further than the line it starts on. A placeholder holds
    /// no space, so it never spans lines. Nil when one is not found there (an escape in a quoted
    /// text, say): every placeholder is then shown at the node.
    private static func sourceLocations(of placeholders: [String], in node: Node, origin: SourceLocation)
        -> [SourceLocation]?
    {
        guard !placeholders.isEmpty, let first = origin.file.line(origin.mark.line) else { return [] }
        let keyIndent = first.unicodeScalars.prefix { $0 == " " }.count
        var locations: [SourceLocation] = []
        var number = origin.mark.line
        var fromColumn = origin.mark.column - 1 // code points of the line already passed
        var remaining = placeholders[...]
        while !remaining.isEmpty, let line = origin.file.line(number) {
            let scalars = Array(line.unicodeScalars)
            if number > origin.mark.line, scalars.contains(where: { $0 != " " }),
                scalars.prefix(while: { $0 == " " }).count <= keyIndent
            {
                return nil
            }
            while let wanted = remaining.first,
                let column = firstIndex(of: Array(wanted.unicodeScalars), in: scalars, from: fromColumn)
            {
                locations.append(SourceLocation(file: origin.file, mark: Mark(line: number, column: column + 1)))
                remaining = remaining.dropFirst()
                fromColumn = column + wanted.unicodeScalars.count
            }
            number += 1
            fromColumn = 0
        }
        return remaining.isEmpty ? locations : nil
    }

    private static func firstIndex(of target: [Unicode.Scalar], in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard !target.isEmpty, scalars.count >= target.count, start <= scalars.count - target.count else { return nil }
        return (start...(scalars.count - target.count)).first {
            scalars[$0..<($0 + target.count)].elementsEqual(target)
        }
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
