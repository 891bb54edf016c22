import YAML

/// Parses a leaf condition string: `REF OP VALUE`, `REF in [v1, v2]`, `REF is missing`,
/// `REF is present`. Errors point at the column inside the string where parsing failed.
public struct LeafParser {
    /// A parse failure at a code-point offset into the text.
    public struct Failure: Error, Equatable {
        public var offset: Int
        public var message: String
    }

    private let scalars: [Unicode.Scalar]
    private var position = 0

    private init(_ text: String) { scalars = Array(text.unicodeScalars) }

    /// Parses `text`; `origin` is where its first character sits (or the scalar's mark when the
    /// text spans lines, in which case every position is the scalar's mark).
    public static func parse(_ text: String, origin: SourceLocation, inline: Bool) -> Result<Leaf, Diagnostic> {
        var parser = LeafParser(text)
        let locate: (Int) -> SourceLocation = { inline ? origin.advanced(by: $0) : origin }
        do {
            let (reference, test, valueOffset) = try parser.leaf()
            return .success(Leaf(reference: reference, test: test, text: text, location: origin,
                                 valueLocation: locate(valueOffset)))
        } catch {
            return .failure(.error(.conditionSyntax, error.message, at: locate(error.offset),
                                   notes: [Note("in the condition '\(text)'")]))
        }
    }

    typealias Note = Diagnostic.Note

    private mutating func leaf() throws(Failure) -> (Reference, Leaf.Test, Int) {
        skipSpaces()
        let reference = try parseReference()
        guard skipSpaces() > 0 || atEnd else {
            throw Failure(offset: position, message: "expected a space after '\(reference)'")
        }
        guard !atEnd else {
            throw Failure(offset: position, message: "expected an operator (<, <=, >, >=, ==, !=, in, is) after '\(reference)'")
        }
        let operatorStart = position
        if let word = peekWord(), word == "is" || word == "in" {
            position += word.unicodeScalars.count
            skipSpaces()
            if word == "in" {
                let valueStart = position
                let list = try parseList()
                try expectEnd()
                return (reference, .member(list), valueStart)
            }
            let valueStart = position
            let test: Leaf.Test
            switch peekWord() {
            case "missing": test = .isMissing
            case "present": test = .isPresent
            default:
                throw Failure(offset: position, message: "expected 'missing' or 'present' after 'is'")
            }
            position += 7  // "missing" and "present"
            try expectEnd()
            return (reference, test, valueStart)
        }
        var symbol = ""
        while !atEnd, "<>=!".unicodeScalars.contains(scalars[position]) {
            symbol.unicodeScalars.append(scalars[position])
            position += 1
        }
        guard let comparison = ComparisonOperator(rawValue: symbol) else {
            let found = symbol.isEmpty ? String(currentToken()) : symbol
            let help = symbol == "=" ? " ('=' is not an operator; use '==')" : ""
            throw Failure(offset: operatorStart,
                          message: "expected an operator (<, <=, >, >=, ==, !=, in, is), found '\(found)'\(help)")
        }
        skipSpaces()
        let valueStart = position
        guard !atEnd else { throw Failure(offset: position, message: "expected a value after '\(symbol)'") }
        let literal = try parseLiteral()
        try expectEnd()
        return (reference, .compare(comparison, literal), valueStart)
    }

    private var atEnd: Bool { position >= scalars.count }

    @discardableResult
    private mutating func skipSpaces() -> Int {
        let start = position
        while !atEnd, scalars[position] == " " || scalars[position] == "\t" { position += 1 }
        return position - start
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_"
    }

    private func peekWord() -> String? {
        var end = position
        while end < scalars.count, Self.isWordScalar(scalars[end]) { end += 1 }
        guard end > position else { return nil }
        if end < scalars.count, !(scalars[end] == " " || scalars[end] == "\t" || scalars[end] == "[") { return nil }
        return String(String.UnicodeScalarView(scalars[position..<end]))
    }

    private func currentToken() -> Substring {
        var end = position
        while end < scalars.count, scalars[end] != " " { end += 1 }
        return Substring(String(String.UnicodeScalarView(scalars[position..<end])))
    }

    private mutating func parseIdentifier(_ what: String) throws(Failure) -> String {
        let start = position
        guard !atEnd, ("a"..."z").contains(scalars[position]) || ("A"..."Z").contains(scalars[position]) || scalars[position] == "_" else {
            let found = atEnd ? "the end of the condition"
                : scalars[position] == " " || scalars[position] == "\t" ? "a space" : "'\(currentToken())'"
            throw Failure(offset: position, message: "expected \(what), found \(found)")
        }
        while !atEnd, Self.isWordScalar(scalars[position]) { position += 1 }
        return String(String.UnicodeScalarView(scalars[start..<position]))
    }

    private mutating func parseReference() throws(Failure) -> Reference {
        let first = try parseIdentifier("an indicator id or instrument.ID")
        guard !atEnd, scalars[position] == "." else { return .indicator(first) }
        guard first == "instrument" else {
            throw Failure(offset: position, message: "unexpected '.' after '\(first)'; only 'instrument.ID' references contain a dot")
        }
        position += 1
        return .instrument(try parseIdentifier("an instrument id after 'instrument.'"))
    }

    private mutating func parseList() throws(Failure) -> [Literal] {
        guard !atEnd, scalars[position] == "[" else {
            throw Failure(offset: position, message: "expected '[' to start the list of values after 'in'")
        }
        position += 1
        var values: [Literal] = []
        while true {
            skipSpaces()
            guard !atEnd else { throw Failure(offset: position, message: "expected ']' to close the list") }
            if scalars[position] == "]", values.isEmpty {
                throw Failure(offset: position, message: "expected at least one value in the list")
            }
            values.append(try parseLiteral(inList: true))
            skipSpaces()
            guard !atEnd else { throw Failure(offset: position, message: "expected ']' to close the list") }
            if scalars[position] == "," {
                position += 1
                continue
            }
            if scalars[position] == "]" {
                position += 1
                return values
            }
            throw Failure(offset: position, message: "expected ',' or ']' in the list, found '\(scalars[position])'")
        }
    }

    private mutating func parseLiteral(inList: Bool = false) throws(Failure) -> Literal {
        let start = position
        if scalars[position] == "\"" || scalars[position] == "'" {
            let quote = scalars[position]
            position += 1
            var value = ""
            while !atEnd, scalars[position] != quote {
                value.unicodeScalars.append(scalars[position])
                position += 1
            }
            guard !atEnd else { throw Failure(offset: start, message: "unterminated quoted value") }
            position += 1
            return .word(value)
        }
        let stops: Set<Unicode.Scalar> = inList ? [" ", "\t", ",", "]"] : [" ", "\t"]
        while !atEnd, !stops.contains(scalars[position]) { position += 1 }
        guard position > start else {
            throw Failure(offset: start, message: "expected a value, found '\(scalars[start])'")
        }
        let token = String(String.UnicodeScalarView(scalars[start..<position]))
        switch CoreSchema.resolvePlain(token) {
        case .int(let value): return .number(Double(value))
        case .float(let value):
            guard value.isFinite else {
                throw Failure(offset: start, message: "expected a finite number, found '\(token)'")
            }
            return .number(value)
        case .bool(let value): return .bool(value)
        case .null: throw Failure(offset: start, message: "expected a value, found '\(token)'; use 'is missing' to test for a missing value")
        case .string(let word):
            guard Identifier.isValid(word, allowPunctuation: true) else {
                throw Failure(offset: start, message: "expected a number, true, false or a word, found '\(token)'; quote values with other characters")
            }
            return .word(word)
        }
    }

    private func expectEnd() throws(Failure) {
        var index = position
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        guard index >= scalars.count else {
            throw Failure(offset: index, message: "unexpected '\(String(String.UnicodeScalarView(scalars[index...])))' after the condition")
        }
    }
}
