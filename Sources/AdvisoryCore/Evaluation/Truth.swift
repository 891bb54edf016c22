/// Three-valued (Kleene) truth: a leaf over a missing value is unknown.
public enum Truth: UInt8, Sendable, Equatable, CustomStringConvertible {
    case `false` = 0
    case `true` = 1
    case unknown = 2

    public init(_ value: Bool) { self = value ? .true : .false }

    public var description: String {
        switch self {
        case .true: "true"
        case .false: "false"
        case .unknown: "unknown"
        }
    }

    /// Kleene negation: unknown stays unknown.
    public var negated: Truth {
        switch self {
        case .true: .false
        case .false: .true
        case .unknown: .unknown
        }
    }

    /// Kleene conjunction of parts: false if any is false, unknown if any is unknown, else true.
    public static func all<S: Sequence>(_ parts: S) -> Truth where S.Element == Truth {
        var sawUnknown = false
        for part in parts {
            if part == .false { return .false }
            if part == .unknown { sawUnknown = true }
        }
        return sawUnknown ? .unknown : .true
    }

    /// Kleene disjunction: true if any is true, unknown if any is unknown, else false.
    public static func any<S: Sequence>(_ parts: S) -> Truth where S.Element == Truth {
        var sawUnknown = false
        for part in parts {
            if part == .true { return .true }
            if part == .unknown { sawUnknown = true }
        }
        return sawUnknown ? .unknown : .false
    }

    /// At least `count` parts true: true when reached, false when unreachable even if every
    /// unknown turned true, else unknown.
    public static func atLeast(_ count: Int, trueCount: Int, unknownCount: Int) -> Truth {
        if trueCount >= count { return .true }
        if trueCount + unknownCount >= count { return .unknown }
        return .false
    }
}

extension Truth: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
