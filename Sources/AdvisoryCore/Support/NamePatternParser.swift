/// Parses a ``NamePattern`` and compiles it to automaton instructions.
struct NamePatternParser {
    indirect enum Node {
        case empty
        case set(ScalarSet)
        case assert(Assertion)
        case concatenation([Node])
        case alternation([Node])
        case repetition(Node, min: Int, max: Int?)
    }

    /// The largest count of a `{m,n}` repetition.
    static let maximumCount = 1_000

    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var depth = 0
    private var program: [Instruction] = []

    init(_ source: String) { scalars = Array(source.unicodeScalars) }

    mutating func compile() throws(NamePattern.SyntaxError) -> [Instruction] {
        let node = try alternation()
        if index < scalars.count { throw error("unmatched ')'") }
        try emit(node)
        try append(.match)
        return program
    }

    // MARK: Parsing

    private var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private func error(_ message: String, at offset: Int? = nil) -> NamePattern.SyntaxError {
        NamePattern.SyntaxError(message: message, offset: min(offset ?? index, max(0, scalars.count - 1)))
    }

    private mutating func alternation() throws(NamePattern.SyntaxError) -> Node {
        var branches = [try concatenation()]
        while peek == "|" {
            index += 1
            branches.append(try concatenation())
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    private mutating func concatenation() throws(NamePattern.SyntaxError) -> Node {
        var items: [Node] = []
        while let scalar = peek, scalar != "|", scalar != ")" {
            items.append(try repetition())
        }
        return items.isEmpty ? .empty : items.count == 1 ? items[0] : .concatenation(items)
    }

    private mutating func repetition() throws(NamePattern.SyntaxError) -> Node {
        let node = try atom()
        guard let (min, max) = try quantifier() else { return node }
        if peek == "?" {
            index += 1 // lazy: the same result for a yes-or-no search
        } else if peek == "+" {
            throw error("possessive quantifiers are not supported")
        }
        if let scalar = peek, scalar == "*" || scalar == "+" || scalar == "?" || quantifierAhead() != nil {
            throw error("a quantifier cannot follow another; put the first in a group")
        }
        return .repetition(node, min: min, max: max)
    }

    /// Reads `*`, `+`, `?` or `{m}`, `{m,}`, `{m,n}`, `{,n}` at the current position.
    private mutating func quantifier() throws(NamePattern.SyntaxError) -> (Int, Int?)? {
        switch peek {
        case "*":
            index += 1
            return (0, nil)
        case "+":
            index += 1
            return (1, nil)
        case "?":
            index += 1
            return (0, 1)
        case "{":
            guard let (bounds, length) = quantifierAhead() else { return nil }
            let start = index
            index += length
            if let max = bounds.1, max < bounds.0 { throw error("the repetition {m,n} has n below m", at: start) }
            if bounds.0 > Self.maximumCount || (bounds.1 ?? 0) > Self.maximumCount {
                throw error("a repetition count may be at most \(Self.maximumCount)", at: start)
            }
            return bounds
        default: return nil
        }
    }

    /// A `{m}`, `{m,}`, `{m,n}` or `{,n}` quantifier starting at the current position, and its
    /// length; nil when the `{` is a literal.
    private func quantifierAhead() -> ((Int, Int?), Int)? {
        guard peek == "{" else { return nil }
        var cursor = index + 1
        func number() -> Int? {
            var digits = ""
            while cursor < scalars.count, ("0"..."9").contains(scalars[cursor]), digits.count < 9 {
                digits.unicodeScalars.append(scalars[cursor])
                cursor += 1
            }
            return Int(digits)
        }
        let low = number()
        var high = low
        if cursor < scalars.count, scalars[cursor] == "," {
            cursor += 1
            high = number()
            if low == nil && high == nil { return nil }
        } else if low == nil {
            return nil
        }
        guard cursor < scalars.count, scalars[cursor] == "}" else { return nil }
        let isOpen = high == nil && scalars[cursor - 1] == ","
        return ((low ?? 0, isOpen ? nil : high), cursor + 1 - index)
    }

    private mutating func atom() throws(NamePattern.SyntaxError) -> Node {
        guard let scalar = peek else { return .empty }
        let start = index
        index += 1
        switch scalar {
        case "(": return try group(at: start)
        case "[": return .set(try characterClass(at: start))
        case ".": return .set(.any)
        case "^": return .assert(.start)
        case "$": return .assert(.end)
        case "\\": return try escape()
        case "*", "+", "?": throw error("nothing to repeat before '\(scalar)'", at: start)
        case "{":
            index = start
            if quantifierAhead() != nil { throw error("nothing to repeat before '{'", at: start) }
            index += 1
            return .set(.single(scalar))
        default: return .set(.single(scalar))
        }
    }

    private mutating func group(at start: Int) throws(NamePattern.SyntaxError) -> Node {
        depth += 1
        defer { depth -= 1 }
        if depth > NamePattern.maximumNesting {
            throw error("groups are nested more than \(NamePattern.maximumNesting) deep", at: start)
        }
        if peek == "?" {
            index += 1
            switch peek {
            case ":": index += 1
            case "<" where index + 1 < scalars.count && scalars[index + 1] != "=" && scalars[index + 1] != "!":
                // A named group: its name is skipped.
                while let scalar = peek, scalar != ">" { index += 1 }
                guard peek == ">" else { throw error("a group name is not closed with '>'", at: start) }
                index += 1
            default:
                throw error(
                    "lookaround, atomic groups and inline options '(?…)' are not supported (only (?:…) and (?<name>…))",
                    at: start)
            }
        }
        let node = try alternation()
        guard peek == ")" else { throw error("missing ')' for the group opened here", at: start) }
        index += 1
        return node
    }

    private mutating func escape() throws(NamePattern.SyntaxError) -> Node {
        guard let scalar = peek else { throw error("the pattern ends with a lone '\\'", at: index - 1) }
        index += 1
        switch scalar {
        case "b": return .assert(.wordBoundary)
        case "B": return .assert(.notWordBoundary)
        default: return .set(try escapedSet(scalar))
        }
    }

    /// The set an escape `\scalar` stands for, inside or outside a class.
    private func escapedSet(_ scalar: Unicode.Scalar) throws(NamePattern.SyntaxError) -> ScalarSet {
        switch scalar {
        case "d": return ScalarSet(classes: [.digit])
        case "w": return ScalarSet(classes: [.word])
        case "s": return ScalarSet(classes: [.space])
        case "D": return ScalarSet(negatedClasses: [.digit])
        case "W": return ScalarSet(negatedClasses: [.word])
        case "S": return ScalarSet(negatedClasses: [.space])
        case "t": return .single("\t")
        case "n": return .single("\n")
        case "r": return .single("\r")
        case "1"..."9", "k": throw error("back-references are not supported", at: index - 2)
        default:
            guard scalar.properties.isAlphabetic || scalar.properties.numericType != nil else { return .single(scalar) }
            throw error("unknown escape '\\\(scalar)'", at: index - 2)
        }
    }

    private mutating func characterClass(at start: Int) throws(NamePattern.SyntaxError) -> ScalarSet {
        var set = ScalarSet()
        if peek == "^" {
            set.isNegated = true
            index += 1
        }
        var first = true
        while let scalar = peek, scalar != "]" || first {
            first = false
            index += 1
            var low = scalar
            if scalar == "\\" {
                guard let escaped = peek else { break }
                index += 1
                let member = try escapedSet(escaped)
                guard member.ranges.count == 1, member.classes.isEmpty, member.negatedClasses.isEmpty,
                    let only = member.ranges.first, only.count == 1, let single = Unicode.Scalar(only.lowerBound)
                else {
                    set.ranges += member.ranges
                    set.classes += member.classes
                    set.negatedClasses += member.negatedClasses
                    continue
                }
                low = single
            }
            guard peek == "-", index + 1 < scalars.count, scalars[index + 1] != "]" else {
                set.ranges.append(low.value...low.value)
                continue
            }
            index += 1
            var high = scalars[index]
            index += 1
            if high == "\\" {
                guard let escaped = peek else { break }
                index += 1
                let member = try escapedSet(escaped)
                guard let only = member.ranges.first, member.ranges.count == 1, member.classes.isEmpty,
                    member.negatedClasses.isEmpty, only.count == 1, let single = Unicode.Scalar(only.lowerBound)
                else { throw error("a range cannot end with a class such as \\d", at: index - 2) }
                high = single
            }
            guard low.value <= high.value else { throw error("the range \(low)-\(high) is reversed", at: index - 3) }
            set.ranges.append(low.value...high.value)
        }
        guard peek == "]" else { throw error("missing ']' for the class opened here", at: start) }
        index += 1
        return set
    }

    // MARK: Compiling

    private mutating func append(_ instruction: Instruction) throws(NamePattern.SyntaxError) {
        guard program.count < NamePattern.maximumProgramSize else {
            throw error("the pattern is too large once its repetitions are written out", at: 0)
        }
        program.append(instruction)
    }

    private mutating func emit(_ node: Node) throws(NamePattern.SyntaxError) {
        switch node {
        case .empty: break
        case .set(let set): try append(.scalar(set))
        case .assert(let assertion): try append(.assert(assertion))
        case .concatenation(let items):
            for item in items { try emit(item) }
        case .alternation(let branches):
            var exits: [Int] = []
            for (offset, branch) in branches.enumerated() {
                guard offset < branches.count - 1 else {
                    try emit(branch)
                    break
                }
                let split = program.count
                try append(.split(split + 1, 0))
                try emit(branch)
                exits.append(program.count)
                try append(.jump(0))
                program[split] = .split(split + 1, program.count)
            }
            for exit in exits { program[exit] = .jump(program.count) }
        case .repetition(let item, let min, let max):
            for _ in 0..<min { try emit(item) }
            guard let max else {
                let loop = program.count
                try append(.split(loop + 1, 0))
                try emit(item)
                try append(.jump(loop))
                program[loop] = .split(loop + 1, program.count)
                return
            }
            var skips: [Int] = []
            for _ in min..<max {
                skips.append(program.count)
                try append(.split(program.count + 1, 0))
                try emit(item)
            }
            for skip in skips { program[skip] = .split(skip + 1, program.count) }
        }
    }
}
