import YAML

/// Parses `because:` templates: `{REF}` is a placeholder (an indicator id or `instrument.ID`);
/// any other brace is literal text.
enum TemplateParser {
    static func parse(_ text: String, node: Node, context: DecodingContext) -> Template {
        let scalars = Array(text.unicodeScalars)
        let origin = context.location(node)
        let inline = node.scalar?.isSingleLine ?? false
        let contentOffset = node.scalar?.contentOffset ?? 0
        var parts: [Template.Part] = []
        var locations: [SourceLocation] = []
        var literal = ""
        var index = 0
        while index < scalars.count {
            if scalars[index] == "{", let close = scalars[(index + 1)...].firstIndex(of: "}") {
                let inner = String(String.UnicodeScalarView(scalars[(index + 1)..<close]))
                if isReference(inner) {
                    if !literal.isEmpty { parts.append(.text(literal)) }
                    literal = ""
                    parts.append(.reference(Reference(parsing: inner)))
                    locations.append(inline ? origin.advanced(by: contentOffset + index) : origin)
                    index = close + 1
                    continue
                }
            }
            literal.unicodeScalars.append(scalars[index])
            index += 1
        }
        if !literal.isEmpty { parts.append(.text(literal)) }
        return Template(source: text, parts: parts, location: origin, placeholderLocations: locations)
    }

    private static func isReference(_ text: String) -> Bool {
        if text.hasPrefix("instrument.") {
            return Identifier.isValid(String(text.dropFirst("instrument.".count)), allowPunctuation: false)
        }
        return Identifier.isValid(text, allowPunctuation: false)
    }
}
