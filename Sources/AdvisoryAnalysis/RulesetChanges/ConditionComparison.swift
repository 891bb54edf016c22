import AdvisoryCore

/// Compares two versions of a condition leaf by leaf.
///
/// The parts of `all`, `any` and `at_least` are compared as sets, since their order does not
/// change the outcome: a part found on both sides (the same leaf, or the same sub-condition) is
/// unchanged wherever it moved. The remaining parts are paired, in order, leaf with leaf on the
/// same reference (`wgi_rule_of_law <= -1.0` → `wgi_rule_of_law <= -0.8`) and combinator with
/// combinator of the same kind (compared part by part in turn); the others were added or removed.
/// Leaves are compared by meaning, so `x >= 6` and `x >= 6.0` are the same leaf. Recursion is
/// bounded by the YAML nesting limit.
public enum ConditionComparison {
    public static func changes(_ before: Condition?, _ after: Condition?, path: String) -> [FieldChange] {
        switch (before, after) {
        case (nil, nil): return []
        case (let old?, nil):
            return [FieldChange(path: path, before: text(old), after: nil, reference: leafReference(old))]
        case (nil, let new?):
            return [FieldChange(path: path, before: nil, after: text(new), reference: leafReference(new))]
        case (let old?, let new?): return compare(old, new, path: path)
        }
    }

    /// The condition on one line, as ``ConditionText`` writes it.
    public static func text(_ condition: Condition) -> String { ConditionText.render(condition) }

    private static func compare(_ old: Condition, _ new: Condition, path: String) -> [FieldChange] {
        if key(old) == key(new) { return [] }
        switch (old, new) {
        case (.leaf(let a), .leaf(let b)):
            let reference = a.reference == b.reference ? a.reference.description : nil
            return [FieldChange(path: path, before: leafText(a), after: leafText(b), reference: reference)]
        case (.all(let a, _), .all(let b, _)): return parts(a, b, path: path + ".all")
        case (.any(let a, _), .any(let b, _)): return parts(a, b, path: path + ".any")
        case (.not(let a, _), .not(let b, _)): return compare(a, b, path: path + ".not")
        case (.atLeast(let m, let a, _), .atLeast(let n, let b, _)):
            let count =
                m == n ? [] : [FieldChange(path: path + ".at_least.count", before: String(m), after: String(n))]
            return count + parts(a, b, path: path + ".at_least.of")
        default:
            return [FieldChange(path: path, before: text(old), after: text(new))]
        }
    }

    /// The parts of two combinators of one kind: unchanged parts matched as a multiset, the
    /// rest paired by shape in order, then added and removed parts.
    private static func parts(_ old: [Condition], _ new: [Condition], path: String) -> [FieldChange] {
        var unmatchedNew: [String: [Int]] = [:]
        for (index, part) in new.enumerated() { unmatchedNew[key(part), default: []].append(index) }
        var keptNew = Set<Int>()
        var remainingOld: [Int] = []
        for (index, part) in old.enumerated() {
            let partKey = key(part)
            if var queue = unmatchedNew[partKey], !queue.isEmpty {
                keptNew.insert(queue.removeFirst())
                unmatchedNew[partKey] = queue
            } else {
                remainingOld.append(index)
            }
        }
        // The remaining new parts by shape, each shape in order.
        var byShape: [String: [Int]] = [:]
        for index in new.indices where !keptNew.contains(index) {
            byShape[shape(new[index]), default: []].append(index)
        }
        var pairs: [(old: Int, new: Int)] = []
        var removed: [Int] = []
        for index in remainingOld {
            let partShape = shape(old[index])
            if var queue = byShape[partShape], !queue.isEmpty {
                pairs.append((index, queue.removeFirst()))
                byShape[partShape] = queue
            } else {
                removed.append(index)
            }
        }
        // What is left on both sides was replaced, in order (a leaf became a combinator...).
        var added = byShape.values.flatMap { $0 }.sorted()
        let replaced = min(added.count, removed.count)
        var changes: [(order: Int, changes: [FieldChange])] = pairs.map { pair in
            (pair.new, compare(old[pair.old], new[pair.new], path: "\(path)[\(pair.new)]"))
        }
        changes += zip(removed.prefix(replaced), added.prefix(replaced)).map { before, after in
            (after, [FieldChange(path: "\(path)[\(after)]", before: text(old[before]), after: text(new[after]))])
        }
        removed.removeFirst(replaced)
        added.removeFirst(replaced)
        changes += added.map { index in
            (
                index,
                [
                    FieldChange(
                        path: "\(path)[\(index)]", before: nil, after: text(new[index]),
                        reference: leafReference(new[index]))
                ]
            )
        }
        let sorted = changes.sorted { $0.order < $1.order }.flatMap(\.changes)
        return sorted
            + removed.map { index in
                FieldChange(
                    path: "\(path)[\(index)]", before: text(old[index]), after: nil,
                    reference: leafReference(old[index]))
            }
    }

    /// What pairs two parts that differ: a leaf's reference, a combinator's kind.
    private static func shape(_ condition: Condition) -> String {
        switch condition {
        case .leaf(let leaf): "leaf " + leaf.reference.description
        case .all: "all"
        case .any: "any"
        case .not: "not"
        case .atLeast: "at_least"
        }
    }

    private static func leafReference(_ condition: Condition) -> String? {
        if case .leaf(let leaf) = condition { return leaf.reference.description }
        return nil
    }

    private static func leafText(_ leaf: Leaf) -> String { ConditionText.render(.leaf(leaf)) }

    /// A text equal for two conditions exactly when they mean the same: literals by value, the
    /// parts of `all`, `any`, `at_least` and the values of `in` in a fixed order.
    static func key(_ condition: Condition) -> String {
        switch condition {
        case .leaf(let leaf): leafKey(leaf)
        case .all(let parts, _): "all(" + parts.map(key).sorted().joined(separator: ",") + ")"
        case .any(let parts, _): "any(" + parts.map(key).sorted().joined(separator: ",") + ")"
        case .not(let inner, _): "not(" + key(inner) + ")"
        case .atLeast(let count, let parts, _):
            "at_least(\(count);" + parts.map(key).sorted().joined(separator: ",") + ")"
        }
    }

    private static func leafKey(_ leaf: Leaf) -> String {
        let test =
            switch leaf.test {
            case .compare(let op, let literal): op.rawValue + " " + literalKey(literal)
            case .member(let literals): "in [" + Set(literals.map(literalKey)).sorted().joined(separator: ",") + "]"
            case .isMissing: "is missing"
            case .isPresent: "is present"
            }
        return "\(leaf.subject) \(test)"
    }

    private static func literalKey(_ literal: Literal) -> String {
        switch literal {
        case .number(let value): "n" + NumberFormat.plain(value)
        case .bool(let value): value ? "true" : "false"
        case .word(let word): "w" + word.count.description + ":" + word
        }
    }
}
