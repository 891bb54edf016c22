/// A rule condition: a leaf comparison or a combinator over conditions.
public indirect enum Condition: Sendable {
    case leaf(Leaf)
    case all([Condition], SourceLocation)
    case any([Condition], SourceLocation)
    case not(Condition, SourceLocation)
    case atLeast(Int, [Condition], SourceLocation)

    public var location: SourceLocation {
        switch self {
        case .leaf(let leaf): leaf.location
        case .all(_, let location), .any(_, let location), .not(_, let location), .atLeast(_, _, let location):
            location
        }
    }

    /// The number of nodes (leaves and combinators); counting stops once it passes `limit`, so
    /// that asking about a huge condition costs no more than the limit.
    public func nodeCount(upTo limit: Int) -> Int {
        var count = 1
        var pending: [Condition] = [self]
        while count <= limit, let next = pending.popLast() {
            switch next {
            case .leaf: break
            case .all(let parts, _), .any(let parts, _), .atLeast(_, let parts, _):
                count += parts.count
                if count <= limit { pending += parts }
            case .not(let inner, _):
                count += 1
                pending.append(inner)
            }
        }
        return count
    }

    /// Every leaf, in document order.
    public var leaves: [Leaf] {
        var result: [Leaf] = []
        var pending: [Condition] = [self]
        while let next = pending.popLast() {
            switch next {
            case .leaf(let leaf): result.append(leaf)
            case .all(let parts, _), .any(let parts, _), .atLeast(_, let parts, _): pending += parts.reversed()
            case .not(let inner, _): pending.append(inner)
            }
        }
        return result
    }
}

/// What a leaf refers to: an indicator, or a country's status towards an instrument.
public enum Reference: Sendable, Hashable, CustomStringConvertible, Comparable {
    case indicator(String)
    case instrument(String)

    public var description: String {
        switch self {
        case .indicator(let id): id
        case .instrument(let id): "instrument.\(id)"
        }
    }

    public static func < (lhs: Reference, rhs: Reference) -> Bool { lhs.description < rhs.description }

    /// Parses `id` or `instrument.id`.
    public init(parsing text: String) {
        if text.hasPrefix("instrument.") {
            self = .instrument(String(text.dropFirst("instrument.".count)))
        } else {
            self = .indicator(text)
        }
    }
}

/// A literal in a leaf: a number, a boolean, or a word (category value or instrument status).
public enum Literal: Sendable, Hashable, CustomStringConvertible {
    case number(Double)
    case bool(Bool)
    case word(String)

    public var description: String {
        switch self {
        case .number(let value): NumberFormat.plain(value)
        case .bool(let value): value ? "true" : "false"
        case .word(let value): value
        }
    }
}

/// A comparison operator of a leaf.
public enum ComparisonOperator: String, Sendable, CaseIterable {
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case equal = "=="
    case notEqual = "!="

    /// Whether the operator orders values (only for numbers).
    public var isOrdering: Bool { self != .equal && self != .notEqual }
}

/// A leaf condition: `REF OP VALUE`, `REF in [..]`, `REF is missing` or `REF is present`.
public struct Leaf: Sendable {
    public enum Test: Sendable {
        case compare(ComparisonOperator, Literal)
        case member([Literal])
        case isMissing
        case isPresent
    }

    public var reference: Reference
    public var test: Test
    /// The leaf as written.
    public var text: String
    public var location: SourceLocation
    /// Where the value (or the list) starts, for diagnostics about it.
    public var valueLocation: SourceLocation
    /// Where the indicator or instrument id starts (after `instrument.`), for diagnostics
    /// about the reference; nil for leaves built in code.
    public var idLocation: SourceLocation? = nil

    /// The literals the leaf compares with.
    public var literals: [Literal] {
        switch test {
        case .compare(_, let literal): [literal]
        case .member(let literals): literals
        case .isMissing, .isPresent: []
        }
    }
}
