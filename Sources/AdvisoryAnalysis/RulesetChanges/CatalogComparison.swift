import AdvisoryCore

/// The field-by-field differences of the ruleset header and of each kind of catalog entry, in
/// the order of the format's keys (docs/rule-format.md).
enum CatalogComparison {
    static func header(_ a: RulesetHeader, _ b: RulesetHeader) -> [FieldChange] {
        var fields = FieldComparison()
        fields.value("id", a.id, b.id)
        fields.value("title", a.title, b.title)
        fields.value("version", a.version, b.version)
        fields.value("description", a.description, b.description)
        let old = Dictionary(a.levels.map { ($0.name, $0.threshold) }, uniquingKeysWith: { first, _ in first })
        let new = Dictionary(b.levels.map { ($0.name, $0.threshold) }, uniquingKeysWith: { first, _ in first })
        for name in Set(old.keys).union(new.keys).sorted() {
            fields.number("levels.\(name)", old[name], new[name])
        }
        fields.integer("stale_after_years", a.staleAfterYears, b.staleAfterYears)
        return fields.changes
    }

    static func indicator(_ a: Indicator, _ b: Indicator) -> [FieldChange] {
        var fields = FieldComparison()
        fields.value("name", a.name, b.name)
        fields.value("description", a.description, b.description)
        fields.value("source", a.source, b.source)
        fields.value("url", a.url, b.url)
        fields.value("type", a.kind.rawValue, b.kind.rawValue)
        fields.value("range", a.range.map(rangeText), b.range.map(rangeText))
        fields.value("unit", a.unit, b.unit)
        fields.value("better", a.better?.rawValue, b.better?.rawValue)
        fields.integer("stale_after_years", a.staleAfterYears, b.staleAfterYears)
        fields.set("values", a.values, b.values)
        fields.value("note", a.note, b.note)
        fields.bool("context", a.context, b.context)
        fields.condition("applies_if", a.appliesIf, b.appliesIf)
        return fields.changes
    }

    static func threat(_ a: Threat, _ b: Threat) -> [FieldChange] {
        titled((a.title, a.description, a.note), (b.title, b.description, b.note))
    }

    static func priority(_ a: Priority, _ b: Priority) -> [FieldChange] {
        titled((a.title, a.description, a.note), (b.title, b.description, b.note))
    }

    private static func titled(
        _ a: (title: String, description: String?, note: String?),
        _ b: (title: String, description: String?, note: String?)
    ) -> [FieldChange] {
        var fields = FieldComparison()
        fields.value("title", a.title, b.title)
        fields.value("description", a.description, b.description)
        fields.value("note", a.note, b.note)
        return fields.changes
    }

    static func strategy(_ a: Strategy, _ b: Strategy) -> [FieldChange] {
        var fields = FieldComparison()
        fields.value("priority", a.priority.value, b.priority.value)
        fields.value("title", a.title, b.title)
        fields.value("description", a.description, b.description)
        fields.set("addresses", a.addresses.map(\.value), b.addresses.map(\.value))
        fields.set("instruments", a.instruments.map(\.value), b.instruments.map(\.value))
        fields.value("note", a.note, b.note)
        return fields.changes
    }

    static func instrument(_ a: Instrument, _ b: Instrument) -> [FieldChange] {
        var fields = FieldComparison()
        fields.value("title", a.title, b.title)
        fields.value("kind", a.kind.rawValue, b.kind.rawValue)
        fields.value("short", a.short, b.short)
        fields.integer("adopted", a.adopted, b.adopted)
        fields.value("in_force", a.inForce.map(entryIntoForce), b.inForce.map(entryIntoForce))
        fields.value("parent", a.parent?.value, b.parent?.value)
        fields.value("joining", a.joining?.rawValue, b.joining?.rawValue)
        fields.value(
            "open_for_signature_until", a.openForSignatureUntil?.value.description,
            b.openForSignatureUntil?.value.description)
        fields.condition("open_to", a.openTo, b.openTo)
        fields.value("url", a.url, b.url)
        fields.bool("binding", a.binding, b.binding)
        fields.value("note", a.note, b.note)
        return fields.changes
    }

    private static func rangeText(_ range: ClosedRange<Double>) -> String {
        "[\(NumberFormat.plain(range.lowerBound)), \(NumberFormat.plain(range.upperBound))]"
    }

    private static func entryIntoForce(_ value: Instrument.EntryIntoForce) -> String {
        switch value {
        case .year(let year): String(year)
        case .notYet: "null (not yet in force)"
        }
    }
}
