public import YAML

/// What a ruleset may define but could not be read: the ids of catalog entries and rules that
/// failed to decode, and the kinds of entry that a file which could not be read (or an entry
/// without a readable id) may define.
///
/// The reference checks do not report such ids as unknown: one unquoted colon in a catalog
/// title must give one error, not one per reference to the ids of that file. The error that
/// causes the gap carries a note saying which checks were limited.
public struct UnreadDefinitions: Sendable, Equatable {
    /// The kinds of entry a ruleset defines, by the section that holds them.
    public enum Kind: String, Sendable, CaseIterable {
        case indicators, threats, priorities, strategies, instruments, rules
    }

    /// Ids of entries that failed to decode, by kind.
    public var ids: [Kind: Set<String>] = [:]
    /// Kinds of which any id may be defined where it could not be read.
    public var wholeKinds: Set<Kind> = []

    public init() {}

    /// Whether `id` may be defined by what could not be read: a reference to it is not known to be wrong.
    public func mayDefine(_ kind: Kind, _ id: String) -> Bool {
        wholeKinds.contains(kind) || ids[kind]?.contains(id) == true
    }

    /// The kinds of entry a file may define: the sections named by its top-level keys (lines
    /// that start with one), or every kind when none can be seen (a file that could not be
    /// read at all, or one written in flow style).
    public static func kinds(mayBeDefinedIn file: SourceFile) -> Set<Kind> {
        var found: Set<Kind> = []
        var sawKey = false
        var number = 0
        while let line = file.line(number + 1) {
            number += 1
            // A block key at the margin starts with a letter, a digit, '_' or a quote.
            guard let first = line.unicodeScalars.first,
                first.properties.isAlphabetic || ("0"..."9").contains(first) || "_\"'".unicodeScalars.contains(first)
            else { continue }
            let key = line.prefix { $0 != ":" }.trimmingCharacters(in: ["\"", "'", " "])
            guard key.count < line.count else { continue }
            sawKey = true
            if let kind = Kind(rawValue: key) { found.insert(kind) }
        }
        return sawKey ? found : Set(Kind.allCases)
    }

    /// The note on the error behind a gap: which references are not reported, and why
    /// (`reason` completes "as ...", e.g. "this file (which may define them) could not be read").
    /// None when only rules are concerned: nothing in a ruleset names a rule (its tests do, and
    /// they do not run on a broken ruleset).
    public static func note(for kinds: Set<Kind>, as reason: String) -> String? {
        let names = Kind.allCases.filter { kinds.contains($0) && $0 != .rules }.map(\.rawValue)
        guard let last = names.last else { return nil }
        let list = names.count == 1 ? last : names.dropLast().joined(separator: ", ") + " and " + last
        return "later checks are limited: unknown references to \(list) are not reported, as \(reason)"
    }
}
