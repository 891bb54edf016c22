import AdvisoryCore

/// Collects the differences between the base and head versions of one entry, field by field.
struct FieldComparison {
    private(set) var changes: [FieldChange] = []

    /// A scalar field: one change when the two texts differ (nil: absent).
    mutating func value(_ path: String, _ before: String?, _ after: String?) {
        if before != after { changes.append(FieldChange(path: path, before: before, after: after)) }
    }

    /// A number field, compared as written for reading (`0.6` → `0.5`).
    mutating func number(_ path: String, _ before: Double?, _ after: Double?) {
        value(path, before.map(NumberFormat.plain), after.map(NumberFormat.plain))
    }

    mutating func integer(_ path: String, _ before: Int?, _ after: Int?) {
        value(path, before.map(String.init), after.map(String.init))
    }

    mutating func bool(_ path: String, _ before: Bool?, _ after: Bool?) {
        value(path, before.map { $0 ? "true" : "false" }, after.map { $0 ? "true" : "false" })
    }

    /// A list whose order does not matter: one change per item added (in head order) or
    /// removed (in base order).
    mutating func set(_ path: String, _ before: [String], _ after: [String]) {
        let old = Set(before)
        let new = Set(after)
        var seen: Set<String> = []
        for item in after where !old.contains(item) && seen.insert(item).inserted {
            changes.append(FieldChange(path: path, before: nil, after: item))
        }
        for item in before where !new.contains(item) && seen.insert(item).inserted {
            changes.append(FieldChange(path: path, before: item, after: nil))
        }
    }

    /// A condition, leaf by leaf (``ConditionComparison``).
    mutating func condition(_ path: String, _ before: Condition?, _ after: Condition?) {
        changes += ConditionComparison.changes(before, after, path: path)
    }
}
