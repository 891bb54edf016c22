import YAML

/// Decodes one rule: identity, confidence, condition, consequences and `because` template.
enum RuleDecoder {
    static let ruleKeys = ["id", "title", "description", "confidence", "group", "when", "then", "because", "note"]
    static let thenKeys = ["threats", "strategies", "instruments"]
    /// The long form of a threat in `then: threats:`.
    static let threatRefKeys = ["id", "confidence"]

    static func rule(_ node: Node, _ context: DecodingContext) -> Rule? {
        guard let map = context.mapping(node, "a rule") else { return nil }
        map.allowOnly(ruleKeys) { key in
            thenKeys.contains(key) ? "'\(key)' belongs under 'then:'; indent it further, under 'then'" : nil
        }
        // Every key is decoded before giving up, so that one run reports every problem.
        let id = map.required("id").flatMap { context.identifier($0, "rule id", allowPunctuation: true) }
        var confidence = 1.0
        var confidenceLocation: SourceLocation?
        if let node = map.optional("confidence"), let value = confidenceValue(node, context) {
            confidence = value
            confidenceLocation = context.location(node)
        }
        let group = map.optional("group").flatMap { node in
            context.identifier(node, "evidence group", allowPunctuation: true).map {
                Located($0, at: context.location(node))
            }
        }
        let condition = map.required("when").flatMap { ConditionDecoder.decode($0, context: context) }
        // `threats:` and the like written beside `then:` instead of under it are reported as such
        // (with a hint), not once more as a missing `then`.
        let thenWritten = map.keys.contains(where: thenKeys.contains) ? map.optional("then") : map.required("then")
        let consequences = thenWritten.flatMap { self.consequences($0, rule: id, context) }
        let because = map.optional("because").flatMap { node in
            context.text(node, "'because'").map { TemplateParser.parse($0, node: node, context: context) }
        }
        let title = map.optional("title").flatMap { context.text($0, "'title'") }
        let description = map.optional("description").flatMap { context.text($0, "'description'") }
        let note = map.optional("note").flatMap { context.text($0, "'note'") }
        guard let id, let consequences else { return nil }
        // A condition with errors (already reported) is replaced by an empty one so that the
        // rule still takes part in the id and reference checks.
        let when = condition ?? .any([], context.location(node))
        return Rule(
            id: id, title: title, description: description, confidence: confidence,
            confidenceLocation: confidenceLocation, group: group,
            condition: when, threats: consequences.threats, strategies: consequences.strategies,
            instruments: consequences.instruments, because: because, note: note, location: context.location(node))
    }

    private struct Consequences {
        var threats: [Rule.ThreatRef]
        var strategies: [Located<String>]
        var instruments: [Located<String>]
    }

    /// The `then:` block. A block that lists nothing (with no unknown key to explain it) is an error.
    private static func consequences(_ node: Node, rule id: String?, _ context: DecodingContext) -> Consequences? {
        guard let then = context.mapping(node, "'then'") else { return nil }
        then.allowOnly(thenKeys) { key in
            ruleKeys.contains(key)
                ? "'\(key)' is a key of the rule, not of 'then': indent it as far as 'then', not under it" : nil
        }
        let threats = then.optional("threats").map { context.list($0).compactMap { threatRef($0, context) } } ?? []
        let strategies = then.optional("strategies").map { context.identifierList($0, "strategy id") } ?? []
        let instruments = then.optional("instruments").map { context.identifierList($0, "instrument id") } ?? []
        // Count the items written, not those that decoded: an invalid item is reported already.
        let written = thenKeys.reduce(0) { count, key in
            count + (then.optional(key).map { context.list($0).count } ?? 0)
        }
        if written == 0 && then.entries.allSatisfy({ thenKeys.contains($0.key) }) {
            let name = id.map { "rule '\($0)'" } ?? "this rule"
            context.error(.emptyConsequences, "\(name) names no threat, strategy or instrument in 'then'", at: node)
        }
        return Consequences(threats: threats, strategies: strategies, instruments: instruments)
    }

    /// A confidence in (0, 1].
    static func confidenceValue(_ node: Node, _ context: DecodingContext) -> Double? {
        guard let value = context.number(node, "'confidence'") else { return nil }
        guard value > 0, value <= 1 else {
            context.error(
                .confidenceOutOfRange, "confidence \(NumberFormat.plain(value)) is outside (0, 1]", at: node,
                help: "use a value above 0 and at most 1 (1.0 is certain)")
            return nil
        }
        return value
    }

    private static func threatRef(_ node: Node, _ context: DecodingContext) -> Rule.ThreatRef? {
        if case .mapping = node {
            guard let map = context.mapping(node, "a threat reference") else { return nil }
            map.allowOnly(threatRefKeys)
            guard let idNode = map.required("id"),
                let id = context.identifier(idNode, "threat id", allowPunctuation: true)
            else { return nil }
            let confidence = map.optional("confidence").flatMap { node in
                confidenceValue(node, context).map { Located($0, at: context.location(node)) }
            }
            return Rule.ThreatRef(id: Located(id, at: context.location(idNode)), confidence: confidence)
        }
        return context.identifier(node, "threat id", allowPunctuation: true).map {
            Rule.ThreatRef(id: Located($0, at: context.location(node)), confidence: nil)
        }
    }
}
