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

/// An arithmetic operator of a derived value (`goci_criminality - goci_resilience`).
public enum ArithmeticOperator: String, Sendable, CaseIterable {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"

    /// Whether the operands must be in one unit for the result to mean something (a sum or a
    /// difference), and the result is then in that unit.
    public var keepsUnit: Bool { self == .add || self == .subtract }

    /// `left OP right` (not finite for a division by zero).
    @inline(__always)
    public func apply(_ left: Double, _ right: Double) -> Double {
        switch self {
        case .add: left + right
        case .subtract: left - right
        case .multiply: left * right
        case .divide: left / right
        }
    }
}

/// A leaf condition: `SUBJECT OP VALUE`, `REF in [..]`, `REF is missing` or `REF is present`,
/// where the subject is a reference's value, a trend of an indicator's series
/// (`change(REF, YEARS)`, `slope(REF, YEARS)`) or an arithmetic expression of two indicators.
public struct Leaf: Sendable {
    public enum Test: Sendable {
        case compare(ComparisonOperator, Literal)
        case member([Literal])
        case isMissing
        case isPresent
    }

    /// What a leaf compares: the reference's own value, or a quantity computed from it.
    public enum Measure: Sendable, Hashable {
        case value
        /// `change(REF, YEARS)`: the latest point of REF's series minus the earliest point at most
        /// YEARS years before it.
        case change(years: Int)
        /// `slope(REF, YEARS)`: the least-squares slope per year of those points.
        case slope(years: Int)
        /// `REF OP OTHER`: REF's value combined with the value of the indicator OTHER.
        case arithmetic(ArithmeticOperator, String)

        /// Whether the measure is a trend of a series.
        public var isTrend: Bool {
            switch self {
            case .change, .slope: true
            case .value, .arithmetic: false
            }
        }
    }

    /// What a leaf compares, as a key: two leaves with equal subjects compare the same quantity.
    public struct Subject: Sendable, Hashable, CustomStringConvertible, Comparable {
        public var reference: Reference
        public var measure: Measure

        public init(reference: Reference, measure: Measure = .value) {
            self.reference = reference
            self.measure = measure
        }

        /// `x`, `instrument.x`, `change(x, 5)`, `slope(x, 5)`, `a - b`.
        public var description: String {
            switch measure {
            case .value: reference.description
            case .change(let years): "change(\(reference), \(years))"
            case .slope(let years): "slope(\(reference), \(years))"
            case .arithmetic(let op, let other): "\(reference) \(op.rawValue) \(other)"
            }
        }

        /// Every reference the subject reads: its reference, and an expression's second operand.
        public var references: [Reference] {
            if case .arithmetic(_, let other) = measure { return [reference, .indicator(other)] }
            return [reference]
        }

        public static func < (lhs: Subject, rhs: Subject) -> Bool { lhs.description < rhs.description }
    }

    /// The reference the leaf reads: the indicator of a trend, the first operand of an expression.
    public var reference: Reference
    public var test: Test
    /// What of the reference the leaf compares.
    public var measure: Measure = .value
    /// The leaf as written.
    public var text: String
    public var location: SourceLocation
    /// Where the value (or the list) starts, for diagnostics about it.
    public var valueLocation: SourceLocation
    /// Where the indicator or instrument id starts (after `instrument.`), for diagnostics
    /// about the reference; nil for leaves built in code.
    public var idLocation: SourceLocation? = nil
    /// Where an expression's second operand starts; nil otherwise.
    public var otherIDLocation: SourceLocation? = nil

    /// What the leaf compares.
    public var subject: Subject { Subject(reference: reference, measure: measure) }

    /// Every reference the leaf reads (an expression reads two).
    public var references: [Reference] { subject.references }

    /// Where the id of `reference`, one of ``references``, is written in the leaf.
    public func location(of reference: Reference) -> SourceLocation {
        if case .arithmetic(_, let other) = measure, reference == .indicator(other), reference != self.reference {
            return otherIDLocation ?? location
        }
        return idLocation ?? location
    }

    /// The literals the leaf compares with.
    public var literals: [Literal] {
        switch test {
        case .compare(_, let literal): [literal]
        case .member(let literals): literals
        case .isMissing, .isPresent: []
        }
    }
}
