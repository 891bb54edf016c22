@testable import AdvisoryCore

/// A direct, uncompiled interpretation of §6 over the condition tree and the profile's
/// dictionaries: the reference the compiled evaluator is checked against.
struct ReferenceInterpreter {
    let ruleset: Ruleset

    func truth(_ condition: Condition, _ profile: Profile) -> Truth {
        switch condition {
        case .leaf(let leaf): return truth(leaf, profile)
        case .all(let parts, _):
            let truths = parts.map { truth($0, profile) }
            if truths.contains(.false) { return .false }
            return truths.contains(.unknown) ? .unknown : .true
        case .any(let parts, _):
            let truths = parts.map { truth($0, profile) }
            if truths.contains(.true) { return .true }
            return truths.contains(.unknown) ? .unknown : .false
        case .not(let inner, _):
            switch truth(inner, profile) {
            case .true: return .false
            case .false: return .true
            case .unknown: return .unknown
            }
        case .atLeast(let count, let parts, _):
            let truths = parts.map { truth($0, profile) }
            let trues = truths.filter { $0 == .true }.count
            let unknowns = truths.filter { $0 == .unknown }.count
            if trues >= count { return .true }
            return trues + unknowns >= count ? .unknown : .false
        }
    }

    private func truth(_ leaf: Leaf, _ profile: Profile) -> Truth {
        switch leaf.reference {
        case .indicator(let id):
            let value = profile.indicators[id]?.value
            switch leaf.test {
            case .isMissing: return value == nil ? .true : .false
            case .isPresent: return value == nil ? .false : .true
            case .compare(let op, let literal):
                guard let value else { return .unknown }
                return compare(value, op, literal) ? .true : .false
            case .member(let literals):
                guard let value else { return .unknown }
                return literals.contains { compare(value, .equal, $0) } ? .true : .false
            }
        case .instrument(let id):
            let status = profile.instruments[id]?.status
            switch leaf.test {
            case .isMissing: return status == nil ? .true : .false
            case .isPresent: return status == nil ? .false : .true
            case .compare(let op, .word(let word)):
                guard let status else { return .unknown }
                return (op == .equal) == (status.rawValue == word) ? .true : .false
            case .member(let literals):
                guard let status else { return .unknown }
                return literals.contains(.word(status.rawValue)) ? .true : .false
            default: return .unknown
            }
        }
    }

    private func compare(_ value: Value, _ op: ComparisonOperator, _ literal: Literal) -> Bool {
        switch (value, literal) {
        case (.number(let x), .number(let y)):
            switch op {
            case .less: return x < y
            case .lessOrEqual: return x <= y
            case .greater: return x > y
            case .greaterOrEqual: return x >= y
            case .equal: return x == y
            case .notEqual: return x != y
            }
        case (.bool(let x), .bool(let y)): return op == .equal ? x == y : x != y
        case (.category(let x), .word(let y)): return op == .equal ? x == y : x != y
        default: return false
        }
    }
}
