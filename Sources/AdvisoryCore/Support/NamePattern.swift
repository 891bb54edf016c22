/// A regular expression matched in time linear in the text (`advisor test --filter`).
///
/// A backtracking engine (Swift `Regex`, ICU, Perl) takes time exponential in the text on
/// patterns such as `^(a+)+$`: twenty `a`s and a `!` ran past 20 s. This one compiles the
/// pattern to a Thompson automaton and follows every alternative at once (Pike's method), so a
/// match costs at most the text's length times the pattern's size. The price is the features
/// that need backtracking: back-references, lookaround and atomic groups are refused.
///
/// Syntax (as in Perl and ICU): literal characters; `.` (any character but a line break);
/// `[abc]`, `[a-z]`, `[^…]`; `\d \w \s \D \W \S`, `\b \B`, `\t \n \r`, and `\` before any other
/// punctuation for the character itself; `^` and `$` (start and end of the name); groups
/// `(…)`, `(?:…)`, `(?<name>…)`; `|`; `*`, `+`, `?`, `{m}`, `{m,}`, `{m,n}` (lazy forms `*?`
/// etc. are accepted). Characters are Unicode code points; matching is case-sensitive.
public struct NamePattern: Sendable {
    /// A pattern that cannot be compiled: what is wrong, and where (0-based, in code points).
    public struct SyntaxError: Error, Sendable, CustomStringConvertible {
        public var message: String
        public var offset: Int
        public var description: String { "\(message) at position \(offset + 1)" }
    }

    /// The largest compiled program, in instructions (repetitions `{m,n}` are written out).
    public static let maximumProgramSize = 20_000
    /// The deepest nesting of groups.
    public static let maximumNesting = 100

    public let source: String
    let program: [Instruction]

    public init(_ source: String) throws(SyntaxError) {
        self.source = source
        var parser = NamePatternParser(source)
        program = try parser.compile()
    }

    /// Whether the pattern matches anywhere in `text`.
    public func matches(_ text: String) -> Bool {
        var steps = 0
        return search(text, steps: &steps)
    }

    /// The instructions a search of `text` visits: at most (code points + 1) × program size.
    func steps(searching text: String) -> Int {
        var steps = 0
        _ = search(text, steps: &steps)
        return steps
    }

    private func search(_ text: String, steps: inout Int) -> Bool {
        let scalars = Array(text.unicodeScalars)
        var current = ThreadList(capacity: program.count)
        var next = ThreadList(capacity: program.count)
        for position in 0...scalars.count {
            // An unanchored search: a new thread starts at every position.
            if addThread(0, at: position, in: scalars, to: &current, steps: &steps) { return true }
            guard position < scalars.count else { break }
            next.clear()
            let scalar = scalars[position]
            for pc in current.pcs {
                guard case .scalar(let set) = program[pc], set.contains(scalar) else { continue }
                if addThread(pc + 1, at: position + 1, in: scalars, to: &next, steps: &steps) { return true }
            }
            swap(&current, &next)
        }
        return false
    }

    /// Adds `start` and every instruction reachable from it without consuming a character;
    /// true when one of them is the match.
    private func addThread(
        _ start: Int, at position: Int, in scalars: [Unicode.Scalar], to list: inout ThreadList, steps: inout Int
    ) -> Bool {
        var stack = [start]
        while let pc = stack.popLast() {
            guard list.insert(pc) else { continue }
            steps += 1
            switch program[pc] {
            case .match: return true
            case .scalar: break
            case .jump(let target): stack.append(target)
            case .split(let first, let second): stack += [second, first]
            case .assert(let assertion):
                if assertion.holds(at: position, in: scalars) { stack.append(pc + 1) }
            }
        }
        return false
    }
}

/// One instruction of a compiled ``NamePattern``.
enum Instruction: Sendable, Equatable {
    /// Consume one code point of the set.
    case scalar(ScalarSet)
    /// Continue at both targets.
    case split(Int, Int)
    case jump(Int)
    case assert(Assertion)
    case match
}

/// A zero-width condition at a position.
enum Assertion: Sendable, Equatable {
    case start, end, wordBoundary, notWordBoundary

    func holds(at position: Int, in scalars: [Unicode.Scalar]) -> Bool {
        switch self {
        case .start: return position == 0
        case .end: return position == scalars.count
        case .wordBoundary, .notWordBoundary:
            let before = position > 0 && ScalarSet.isWord(scalars[position - 1])
            let after = position < scalars.count && ScalarSet.isWord(scalars[position])
            return (before != after) == (self == .wordBoundary)
        }
    }
}

/// A set of code points: ranges and classes, possibly negated.
struct ScalarSet: Sendable, Equatable {
    enum Class: Sendable, Equatable { case digit, word, space }

    var ranges: [ClosedRange<UInt32>] = []
    var classes: [Class] = []
    var negatedClasses: [Class] = []
    var isNegated = false

    static let any = ScalarSet(ranges: [0x0A...0x0A, 0x0D...0x0D], isNegated: true)

    static func single(_ scalar: Unicode.Scalar) -> ScalarSet { ScalarSet(ranges: [scalar.value...scalar.value]) }

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let member =
            ranges.contains { $0.contains(scalar.value) } || classes.contains { Self.isMember(scalar, of: $0) }
            || negatedClasses.contains { !Self.isMember(scalar, of: $0) }
        return member != isNegated
    }

    static func isMember(_ scalar: Unicode.Scalar, of kind: Class) -> Bool {
        switch kind {
        case .digit: scalar.properties.numericType == .decimal
        case .word: isWord(scalar)
        case .space: scalar.properties.isWhitespace
        }
    }

    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal
    }
}

/// The instructions a search has reached at one position, each once.
struct ThreadList {
    private(set) var pcs: [Int] = []
    private var present: [Bool]

    init(capacity: Int) { present = Array(repeating: false, count: capacity) }

    /// Adds `pc`; false when it was already there.
    mutating func insert(_ pc: Int) -> Bool {
        guard !present[pc] else { return false }
        present[pc] = true
        pcs.append(pc)
        return true
    }

    mutating func clear() {
        for pc in pcs { present[pc] = false }
        pcs.removeAll(keepingCapacity: true)
    }
}
