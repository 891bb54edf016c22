/// An id is unique within its kind across the whole ruleset; a duplicate names both places.
struct DuplicateIDCheck: RulesetCheck {
    let name = "duplicate-ids"

    func run(_ ruleset: Ruleset) -> [Diagnostic] {
        duplicates("indicator", ruleset.indicators.map { ($0.id, $0.location) })
            + duplicates("threat", ruleset.threats.map { ($0.id, $0.location) })
            + duplicates("priority", ruleset.priorities.map { ($0.id, $0.location) })
            + duplicates("strategy", ruleset.strategies.map { ($0.id, $0.location) })
            + duplicates("instrument", ruleset.instruments.map { ($0.id, $0.location) })
            + duplicates("rule", ruleset.rules.map { ($0.id, $0.location) })
    }

    private func duplicates(_ kind: String, _ entries: [(String, SourceLocation)]) -> [Diagnostic] {
        var first: [String: SourceLocation] = [:]
        var diagnostics: [Diagnostic] = []
        for (id, location) in entries {
            if let original = first[id] {
                diagnostics.append(
                    .error(
                        .duplicateID, "duplicate \(kind) id '\(id)'", at: location,
                        notes: [.init("'\(id)' is first defined here", at: original)]))
            } else {
                first[id] = location
            }
        }
        return diagnostics
    }
}
