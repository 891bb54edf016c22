import YAML

/// Decodes an indicator's `import:` mapping strictly: `import: RL.EST` (one series code) or
/// `{series | formula, stderr, scale, publisher, note}`.
enum ImportMappingDecoder {
    static let keys = ["series", "stderr", "scale", "formula", "publisher", "note"]

    static func decode(_ node: Node, kind: Indicator.Kind?, context: DecodingContext) -> ImportMapping? {
        if case .scalar = node {
            guard let code = code(node, context) else { return nil }
            return ImportMapping(series: [code], location: context.location(node))
        }
        guard let map = context.mapping(node, "'import'") else { return nil }
        map.allowOnly(keys)
        var mapping = ImportMapping(location: context.location(node))
        mapping.series = map.optional("series").map { codes($0, context) } ?? []
        mapping.stderr = map.optional("stderr").map { codes($0, context) } ?? []
        mapping.publisher = map.optional("publisher").flatMap { context.text($0, "'publisher'") }
        mapping.note = map.optional("note").flatMap { context.text($0, "'note'") }
        if let node = map.optional("scale"), let scale = context.number(node, "'scale'") {
            if scale == 0 {
                context.error(.invalidValue, "'scale' must not be 0", at: node)
            } else {
                mapping.scale = scale
            }
        }
        if let node = map.optional("formula") { mapping.formula = formula(node, context) }
        let formulaNode = map.optional("formula")
        if formulaNode == nil, map.optional("series") == nil {
            context.error(
                .missingKey, "'import' needs 'series' (the codes the indicator is published under) or 'formula'",
                at: node)
        }
        if let formulaNode {
            for key in ["series", "stderr", "scale"] where map.optional(key) != nil {
                context.error(
                    .invalidValue,
                    "'\(key)' does not go with 'formula'; write the series and any factor in the formula",
                    at: map[key] ?? formulaNode)
            }
        }
        if let kind, kind != .number {
            for key in ["stderr", "scale", "formula"] {
                if let value = map.optional(key) {
                    context.error(
                        .invalidValue, "'\(key)' applies to number indicators, not to a \(kind.rawValue)", at: value)
                }
            }
        }
        return mapping
    }

    /// One series code or a list of them.
    private static func codes(_ node: Node, _ context: DecodingContext) -> [String] {
        context.list(node).compactMap { code($0, context) }
    }

    private static func code(_ node: Node, _ context: DecodingContext) -> String? {
        guard let text = context.text(node, "a series code") else { return nil }
        let code = text.trimmingCharacters(in: " ")
        guard !code.isEmpty else {
            context.error(.invalidValue, "a series code cannot be empty", at: node)
            return nil
        }
        return code
    }

    private static func formula(_ node: Node, _ context: DecodingContext) -> ImportFormula? {
        guard let text = context.string(node, "'formula'"), case .scalar(let scalar, _) = node else { return nil }
        switch FormulaParser.parse(text) {
        case .success(let formula): return formula
        case .failure(let failure):
            let inline = scalar.isSingleLine
            let origin = context.location(node).advanced(by: inline ? scalar.contentOffset : 0)
            let place = inline ? origin.advanced(by: FormulaParser.column(ofByte: failure.offset, in: text)) : origin
            context.report(
                .error(.importFormulaSyntax, failure.message, at: place, notes: [.init("in the formula '\(text)'")]))
            return nil
        }
    }
}
