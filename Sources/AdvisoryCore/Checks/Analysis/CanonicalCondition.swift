/// A condition written as a canonical string: parts of `all`, `any` and `at_least` sorted,
/// nested `all`/`any` flattened into their parent of the same kind, a one-part `all`/`any`
/// replaced by its part, members of `in` sorted without repeats, `in [v]` written `== v`,
/// numbers in plain form. Two conditions with the same canonical string are structurally
/// equal.
enum CanonicalCondition {
    static func text(_ condition: Condition) -> String {
        switch condition {
        case .leaf(let leaf): leafText(leaf)
        case .all(let parts, _): group("all", flatten(parts, all: true))
        case .any(let parts, _): group("any", flatten(parts, all: false))
        case .not(let inner, _): "not(\(text(inner)))"
        case .atLeast(let count, let parts, _):
            "at_least(\(count); \(parts.map(text).sorted().joined(separator: "; ")))"
        }
    }

    private static func group(_ name: String, _ parts: [String]) -> String {
        let unique = Array(Set(parts)).sorted()
        if unique.count == 1, let only = unique.first { return only }
        return "\(name)(\(unique.joined(separator: "; ")))"
    }

    private static func flatten(_ parts: [Condition], all: Bool) -> [String] {
        parts.flatMap { part -> [String] in
            switch part {
            case .all(let inner, _) where all: flatten(inner, all: true)
            case .any(let inner, _) where !all: flatten(inner, all: false)
            default: [text(part)]
            }
        }
    }

    private static func leafText(_ leaf: Leaf) -> String {
        let reference = leaf.subject.description
        switch leaf.test {
        case .compare(let op, let literal): return "\(reference) \(op.rawValue) \(literal)"
        case .member(let literals):
            let values = Array(Set(literals.map(\.description))).sorted()
            if values.count == 1, let only = values.first { return "\(reference) == \(only)" }
            return "\(reference) in [\(values.joined(separator: ", "))]"
        case .isMissing: return "\(reference) is missing"
        case .isPresent: return "\(reference) is present"
        }
    }
}
