import AdvisoryCore

/// The field-by-field differences of two versions of a rule, in the order of the format's keys.
enum RuleComparison {
    /// The paths whose change alters what a rule lends to the findings it names when it fires
    /// (its result depends only on `when`).
    static func altersScores(_ change: FieldChange) -> Bool {
        change.path == "confidence" || change.path == "group" || change.path.hasPrefix("then.")
    }

    static func changes(_ a: Rule, _ b: Rule) -> [FieldChange] {
        var fields = FieldComparison()
        fields.value("title", a.title, b.title)
        fields.value("description", a.description, b.description)
        fields.number("confidence", a.confidence, b.confidence)
        fields.value("group", a.evidenceGroup, b.evidenceGroup)
        fields.condition("when", a.condition, b.condition)
        fields.set("then.threats", a.threats.map(\.id.value), b.threats.map(\.id.value))
        // A threat named on both sides whose own confidence changed.
        let before = Dictionary(overrides(a), uniquingKeysWith: { first, _ in first })
        for (threat, override) in overrides(b) {
            if let old = before[threat] { fields.number("then.threats.\(threat).confidence", old, override) }
        }
        fields.set("then.strategies", a.strategies.map(\.value), b.strategies.map(\.value))
        fields.set("then.instruments", a.instruments.map(\.value), b.instruments.map(\.value))
        fields.value("because", a.because?.source, b.because?.source)
        fields.value("note", a.note, b.note)
        return fields.changes
    }

    /// Each threat the rule names with its own confidence (nil: the rule's), first naming
    /// first, each threat once.
    private static func overrides(_ rule: Rule) -> [(String, Double?)] {
        var seen: Set<String> = []
        return rule.threats.compactMap { threat in
            seen.insert(threat.id.value).inserted ? (threat.id.value, threat.confidence?.value) : nil
        }
    }
}
