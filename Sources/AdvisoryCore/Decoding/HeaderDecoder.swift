import YAML

/// Decodes the `ruleset:` header of `ruleset.yaml`.
enum HeaderDecoder {
    static let keys = ["id", "title", "version", "description", "levels", "stale_after_years"]

    static func header(_ node: Node, _ context: DecodingContext) -> RulesetHeader? {
        guard let map = context.mapping(node, "'ruleset'") else { return nil }
        map.allowOnly(keys)
        // Every key is decoded before giving up, so that one run reports every problem.
        let id = map.required("id").flatMap { context.identifier($0, "ruleset id", allowPunctuation: true) }
        let title = map.required("title").flatMap { context.text($0, "'title'") }
        let version = map.required("version").flatMap { context.text($0, "'version'") }
        var levels = RulesetHeader.defaultLevels
        if let node = map.optional("levels") { levels = self.levels(node, context) ?? levels }
        let description = map.optional("description").flatMap { context.text($0, "'description'") }
        let staleAfterYears = map.optional("stale_after_years").flatMap {
            CatalogDecoder.nonNegative($0, "'stale_after_years'", context)
        }
        guard let id, let title, let version else { return nil }
        return RulesetHeader(
            id: id, title: title, version: version, description: description, levels: levels,
            staleAfterYears: staleAfterYears, location: context.location(node))
    }

    private static func levels(_ node: Node, _ context: DecodingContext) -> [RulesetHeader.Level]? {
        guard let map = context.mapping(node, "'levels'") else { return nil }
        var levels: [RulesetHeader.Level] = []
        // Level name by threshold, for the clash check (a search of the levels per level was
        // quadratic: 50,000 levels took a minute).
        var nameAt: [Double: String] = [:]
        for entry in map.entries {
            guard Identifier.isValid(entry.key, allowPunctuation: true), entry.key != "none" else {
                context.error(
                    .invalidLevels, "'\(entry.key)' is not a valid level name (and 'none' is reserved)",
                    at: entry.keyNode)
                continue
            }
            guard let threshold = context.number(entry.value, "the threshold of level '\(entry.key)'") else { continue }
            guard threshold > 0, threshold <= 1 else {
                context.error(
                    .invalidLevels,
                    "level '\(entry.key)' has threshold \(NumberFormat.plain(threshold)), outside (0, 1]",
                    at: entry.value)
                continue
            }
            if let clash = nameAt[threshold] {
                context.error(
                    .invalidLevels,
                    "levels '\(clash)' and '\(entry.key)' share the threshold \(NumberFormat.plain(threshold))",
                    at: entry.value)
                continue
            }
            nameAt[threshold] = entry.key
            levels.append(.init(name: entry.key, threshold: threshold))
        }
        guard !levels.isEmpty else {
            context.error(.invalidLevels, "'levels' needs at least one level", at: node)
            return nil
        }
        return levels.sorted { $0.threshold < $1.threshold }
    }
}
