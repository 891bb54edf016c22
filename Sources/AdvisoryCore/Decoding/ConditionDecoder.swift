import YAML

/// Decodes a rule's `when:` tree. Recursion is bounded by the parser's nesting limit.
enum ConditionDecoder {
    static let combinators = ["all", "any", "not", "at_least"]
    static let atLeastKeys = ["count", "of"]

    static func decode(_ node: Node, context: DecodingContext) -> Condition? {
        switch node {
        case .scalar(let scalar, _):
            guard case .string(let text) = scalar.resolved else {
                context.error(
                    .conditionSyntax,
                    "expected a condition such as 'gti_score >= 5', found \(node.kindDescription) '\(scalar.text)'",
                    at: node,
                    help: scalar.resolved == .bool(true) ? nil : "write the condition as a string: 'REF OP VALUE'")
                return nil
            }
            let inline = scalar.isSingleLine
            let origin = context.location(node).advanced(by: inline ? scalar.contentOffset : 0)
            switch LeafParser.parse(text, origin: origin, inline: inline) {
            case .success(let leaf): return .leaf(leaf)
            case .failure(let diagnostic):
                context.report(diagnostic)
                return nil
            }
        case .sequence:
            context.error(
                .malformedCombinator, "expected a condition, found a list; wrap the list in 'all:' or 'any:'", at: node)
            return nil
        case .mapping:
            return combinator(node, context: context)
        }
    }

    private static func combinator(_ node: Node, context: DecodingContext) -> Condition? {
        guard let mapping = context.mapping(node, "a condition") else { return nil }
        guard mapping.entries.count == 1, let entry = mapping.entries.first else {
            context.error(
                .malformedCombinator,
                "a condition mapping must have exactly one key (all, any, not or at_least), found \(mapping.entries.count)",
                at: node)
            return nil
        }
        let location = context.location(entry.keyNode)
        switch entry.key {
        case "all", "any":
            guard let parts = parts(entry.value, of: entry.key, context: context) else { return nil }
            return entry.key == "all" ? .all(parts, location) : .any(parts, location)
        case "not":
            return decode(entry.value, context: context).map { .not($0, location) }
        case "at_least":
            return atLeast(entry.value, location: location, context: context)
        default:
            context.error(
                .malformedCombinator,
                "unknown combinator '\(entry.key)'; expected one of: all, any, not, at_least",
                at: entry.keyNode, help: Suggestion.help(for: entry.key, in: combinators))
            return nil
        }
    }

    private static func parts(_ node: Node, of name: String, context: DecodingContext) -> [Condition]? {
        guard let items = context.sequence(node, "'\(name)'") else { return nil }
        guard !items.isEmpty else {
            context.error(.malformedCombinator, "'\(name)' needs at least one condition", at: node)
            return nil
        }
        // Keep the parts that decoded so later checks still see their leaves; the errors of
        // the others are already reported, so the ruleset will not be evaluated.
        let parts = items.compactMap { decode($0, context: context) }
        return parts.isEmpty ? nil : parts
    }

    private static func atLeast(_ node: Node, location: SourceLocation, context: DecodingContext) -> Condition? {
        guard let mapping = context.mapping(node, "'at_least'") else { return nil }
        mapping.allowOnly(atLeastKeys)
        guard let countNode = mapping.required("count"), let ofNode = mapping.required("of"),
            let count = context.integer(countNode, "'at_least.count'"),
            let parts = parts(ofNode, of: "at_least.of", context: context)
        else { return nil }
        guard count >= 1, count <= parts.count else {
            context.error(
                .malformedCombinator,
                "'at_least.count' is \(count) but must be between 1 and the number of conditions in 'of' (\(parts.count))",
                at: countNode)
            return nil
        }
        return .atLeast(count, parts, location)
    }
}
