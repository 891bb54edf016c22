import YAML

/// Parses a leaf condition string: `REF OP VALUE`, `REF in [v1, v2]`, `REF is missing`,
/// `REF is present`, and the computed subjects `change(REF, YEARS) OP VALUE`,
/// `slope(REF, YEARS) OP VALUE` and `REF1 ARITH REF2 OP VALUE` (ARITH one of `+ - * /`).
/// Errors point at the column inside the string where parsing failed.
///
/// The parser reads the UTF-8 bytes (every symbol of the grammar is ASCII) and turns byte
/// offsets into code-point columns only when it reports a position.
public struct LeafParser {
    /// A parse failure at a byte offset into the UTF-8 text.
    public struct Failure: Error, Equatable {
        public var offset: Int
        public var message: String
    }

    private let bytes: [UInt8]
    private var position = 0

    private init(_ text: String) { bytes = Array(text.utf8) }

    /// Parses `text`; `origin` is where its first character sits (or the scalar's mark when the
    /// text spans lines, in which case every position is the scalar's mark).
    public static func parse(_ text: String, origin: SourceLocation, inline: Bool) -> Result<Leaf, Diagnostic> {
        var parser = LeafParser(text)
        let locate: (Int) -> SourceLocation = { inline ? origin.advanced(by: parser.column(ofByte: $0)) : origin }
        do {
            let parsed = try parser.leaf()
            var leaf = Leaf(
                reference: parsed.subject.reference, test: parsed.test, text: text, location: origin,
                valueLocation: locate(parsed.valueOffset), idLocation: locate(parsed.idOffset))
            leaf.measure = parsed.subject.measure
            leaf.otherIDLocation = parsed.otherIDOffset.map(locate)
            return .success(leaf)
        } catch {
            return .failure(
                .error(
                    .conditionSyntax, error.message, at: locate(error.offset),
                    notes: [Note("in the condition '\(text)'")]))
        }
    }

    typealias Note = Diagnostic.Note

    /// A leaf as parsed, with the byte offsets of its parts.
    private struct Parsed {
        var subject: Leaf.Subject
        /// Where the reference's id starts (after `instrument.`, inside `change(`).
        var idOffset: Int
        /// Where an expression's second operand starts.
        var otherIDOffset: Int?
        var test: Leaf.Test
        var valueOffset: Int
    }

    /// The longest number of years a trend may span.
    public static let maximumTrendYears = 1000

    private mutating func leaf() throws(Failure) -> Parsed {
        skipSpaces()
        var parsed = try parseSubject()
        let subject = parsed.subject
        guard skipSpaces() > 0 || atEnd else {
            throw Failure(offset: position, message: "expected a space after '\(subject)'")
        }
        guard !atEnd else {
            let operators = subject.measure == .value ? Self.operatorList : Self.comparisonList
            throw Failure(offset: position, message: "expected an operator (\(operators)) after '\(subject)'")
        }
        let operatorStart = position
        if let word = peekWord(), Self.wordOperators.contains(word) {
            guard subject.measure == .value else {
                throw Failure(
                    offset: operatorStart,
                    message:
                        "'\(word)' tests a value, not '\(subject)'; compare it with \(Self.comparisonList)")
            }
            position += word.utf8.count
            skipSpaces()
            parsed.valueOffset = position
            if word == "in" {
                parsed.test = .member(try parseList())
                try expectEnd()
                return parsed
            }
            switch peekWord() {
            case "missing": parsed.test = .isMissing
            case "present": parsed.test = .isPresent
            default:
                throw Failure(offset: position, message: "expected 'missing' or 'present' after 'is'")
            }
            position += 7 // "missing" and "present"
            try expectEnd()
            return parsed
        }
        let symbolStart = position
        while !atEnd, Self.symbolBytes.contains(bytes[position]) { position += 1 }
        let symbol = text(symbolStart..<position)
        guard let comparison = ComparisonOperator(rawValue: symbol) else {
            let found = symbol.isEmpty ? currentToken() : symbol
            let help = symbol == "=" ? " ('=' is not an operator; use '==')" : ""
            let operators = subject.measure == .value ? Self.operatorList : Self.comparisonList
            throw Failure(
                offset: operatorStart, message: "expected an operator (\(operators)), found '\(found)'\(help)")
        }
        skipSpaces()
        parsed.valueOffset = position
        guard !atEnd else { throw Failure(offset: position, message: "expected a value after '\(symbol)'") }
        parsed.test = .compare(comparison, try parseLiteral())
        try expectEnd()
        return parsed
    }

    /// `REF`, `change(REF, YEARS)`, `slope(REF, YEARS)` or `REF OP REF` with OP one of `+ - * /`.
    private mutating func parseSubject() throws(Failure) -> Parsed {
        let start = position
        if let function = peekFunction() {
            guard Self.trend(function, years: 1) != nil else {
                throw Failure(
                    offset: start,
                    message:
                        "unknown function '\(function)'; a leaf may compare change(REF, YEARS) or slope(REF, YEARS)")
            }
            position += function.utf8.count + 1
            skipSpaces()
            let idOffset = position
            let reference = try parseReference()
            guard case .indicator = reference else {
                throw Failure(
                    offset: idOffset, message: "\(function)() reads an indicator's series, not '\(reference)'")
            }
            skipSpaces()
            if atEnd {
                throw Failure(
                    offset: position,
                    message:
                        "expected ',' after '\(reference)' in \(function)(REF, YEARS), found the end of the condition; in a flow list ([...]) quote the leaf, as a comma ends the item"
                )
            }
            try expect(",", "after '\(reference)' in \(function)(REF, YEARS)")
            skipSpaces()
            let years = try parseYears()
            skipSpaces()
            try expect(")", "to close '\(function)('")
            return Parsed(
                subject: Leaf.Subject(reference: reference, measure: Self.trend(function, years: years) ?? .value),
                idOffset: idOffset,
                test: .isPresent, valueOffset: position)
        }
        let reference = try parseReference()
        let idOffset =
            if case .instrument = reference { start + "instrument.".utf8.count } else { start }
        var parsed = Parsed(
            subject: Leaf.Subject(reference: reference), idOffset: idOffset, test: .isPresent, valueOffset: position)
        // `a - b`: an arithmetic operator after the reference (and its space).
        var lookahead = position
        while lookahead < bytes.count, isSpace(lookahead) { lookahead += 1 }
        guard lookahead < bytes.count, let op = Self.arithmeticOperator(bytes[lookahead]) else { return parsed }
        guard lookahead > position else {
            throw Failure(offset: position, message: "expected a space after '\(reference)'")
        }
        guard case .indicator = reference else {
            throw Failure(
                offset: start, message: "'\(op.rawValue)' combines number indicators, not '\(reference)'")
        }
        position = lookahead + 1
        guard skipSpaces() > 0 else {
            throw Failure(offset: position, message: "expected a space after '\(op.rawValue)'")
        }
        let otherOffset = position
        let other = try parseReference()
        guard case .indicator(let otherID) = other else {
            throw Failure(
                offset: otherOffset, message: "'\(op.rawValue)' combines number indicators, not '\(other)'")
        }
        parsed.subject.measure = .arithmetic(op, otherID)
        parsed.otherIDOffset = otherOffset
        return parsed
    }

    /// The years of a trend: a whole number from 1 to ``maximumTrendYears``.
    private mutating func parseYears() throws(Failure) -> Int {
        let start = position
        while !atEnd,
            Self.isWordByte(bytes[position]) || bytes[position] == UInt8(ascii: ".")
                || bytes[position] == UInt8(ascii: "-") || bytes[position] == UInt8(ascii: "+")
        {
            position += 1
        }
        let token = text(start..<position)
        guard !token.isEmpty, token.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
            token.utf8.count <= 4, let years = Int(token), years >= 1, years <= Self.maximumTrendYears
        else {
            let found =
                token.isEmpty ? (atEnd ? "the end of the condition" : "'\(character(at: position))'") : "'\(token)'"
            throw Failure(
                offset: start,
                message:
                    "expected the number of years, a whole number from 1 to \(Self.maximumTrendYears), found \(found)")
        }
        return years
    }

    private mutating func expect(_ symbol: Character, _ what: String) throws(Failure) {
        guard !atEnd, bytes[position] == symbol.asciiValue else {
            let found = atEnd ? "the end of the condition" : "'\(character(at: position))'"
            throw Failure(offset: position, message: "expected '\(symbol)' \(what), found \(found)")
        }
        position += 1
    }

    // MARK: The operator table

    /// The word operators, after the comparison symbols of ``ComparisonOperator`` (the one table
    /// of symbols: adding a case there is enough for the parser to read it).
    static let wordOperators = ["in", "is"]

    /// "<, <=, >, >=, ==, !=, in, is", for messages.
    static let operatorList = (ComparisonOperator.allCases.map(\.rawValue) + wordOperators).joined(separator: ", ")

    /// "<, <=, >, >=, == or !=": what compares a trend or an expression.
    static let comparisonList =
        ComparisonOperator.allCases.dropLast().map(\.rawValue).joined(separator: ", ") + " or "
        + (ComparisonOperator.allCases.last?.rawValue ?? "")

    /// The trend a function name spells over `years`, if any.
    static func trend(_ name: String, years: Int) -> Leaf.Measure? {
        switch name {
        case "change": .change(years: years)
        case "slope": .slope(years: years)
        default: nil
        }
    }

    /// The arithmetic operator a byte spells, if any.
    static func arithmeticOperator(_ byte: UInt8) -> ArithmeticOperator? {
        ArithmeticOperator.allCases.first { $0.rawValue.utf8.first == byte }
    }

    /// The bytes comparison symbols are made of.
    static let symbolBytes = Set(ComparisonOperator.allCases.flatMap { Array($0.rawValue.utf8) })

    // MARK: Bytes and positions

    private var atEnd: Bool { position >= bytes.count }

    /// The code-point column (0-based) of a byte offset.
    private func column(ofByte offset: Int) -> Int {
        bytes[..<min(offset, bytes.count)].reduce(0) { count, byte in byte & 0xC0 == 0x80 ? count : count + 1 }
    }

    /// The text of a byte range.
    private func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The whole character starting at byte `index`.
    private func character(at index: Int) -> String {
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return text(index..<end)
    }

    private func isSpace(_ index: Int) -> Bool {
        bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t")
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_")
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    @discardableResult
    private mutating func skipSpaces() -> Int {
        let start = position
        while !atEnd, isSpace(position) { position += 1 }
        return position - start
    }

    private func peekWord() -> String? {
        var end = position
        while end < bytes.count, Self.isWordByte(bytes[end]) { end += 1 }
        guard end > position else { return nil }
        if end < bytes.count, !(isSpace(end) || bytes[end] == UInt8(ascii: "[")) { return nil }
        return text(position..<end)
    }

    /// The name of a function call at the current position (`change` in `change(`), if any.
    private func peekFunction() -> String? {
        guard !atEnd, Self.isLetter(bytes[position]) else { return nil }
        var end = position
        while end < bytes.count, Self.isWordByte(bytes[end]) { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: "(") else { return nil }
        return text(position..<end)
    }

    private func currentToken() -> String {
        var end = position
        while end < bytes.count, bytes[end] != UInt8(ascii: " ") { end += 1 }
        return text(position..<end)
    }

    // MARK: Grammar

    private mutating func parseIdentifier(_ what: String) throws(Failure) -> String {
        let start = position
        guard !atEnd, Self.isLetter(bytes[position]) else {
            let found = atEnd ? "the end of the condition" : isSpace(position) ? "a space" : "'\(currentToken())'"
            throw Failure(offset: position, message: "expected \(what), found \(found)")
        }
        while !atEnd, Self.isWordByte(bytes[position]) { position += 1 }
        return text(start..<position)
    }

    private mutating func parseReference() throws(Failure) -> Reference {
        let first = try parseIdentifier("an indicator id or instrument.ID")
        guard !atEnd, bytes[position] == UInt8(ascii: ".") else { return .indicator(first) }
        guard first == "instrument" else {
            throw Failure(
                offset: position,
                message: "unexpected '.' after '\(first)'; only 'instrument.ID' references contain a dot")
        }
        position += 1
        return .instrument(try parseIdentifier("an instrument id after 'instrument.'"))
    }

    private mutating func parseList() throws(Failure) -> [Literal] {
        guard !atEnd, bytes[position] == UInt8(ascii: "[") else {
            throw Failure(offset: position, message: "expected '[' to start the list of values after 'in'")
        }
        position += 1
        var values: [Literal] = []
        while true {
            skipSpaces()
            guard !atEnd else { throw Failure(offset: position, message: "expected ']' to close the list") }
            if bytes[position] == UInt8(ascii: "]"), values.isEmpty {
                throw Failure(offset: position, message: "expected at least one value in the list")
            }
            values.append(try parseLiteral(inList: true))
            skipSpaces()
            guard !atEnd else { throw Failure(offset: position, message: "expected ']' to close the list") }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
                continue
            }
            if bytes[position] == UInt8(ascii: "]") {
                position += 1
                return values
            }
            throw Failure(
                offset: position, message: "expected ',' or ']' in the list, found '\(character(at: position))'")
        }
    }

    private mutating func parseLiteral(inList: Bool = false) throws(Failure) -> Literal {
        let start = position
        let first = bytes[position]
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            position += 1
            while !atEnd, bytes[position] != first { position += 1 }
            guard !atEnd else { throw Failure(offset: start, message: "unterminated quoted value") }
            position += 1
            return .word(text((start + 1)..<(position - 1)))
        }
        while !atEnd, !isSpace(position),
            !inList || (bytes[position] != UInt8(ascii: ",") && bytes[position] != UInt8(ascii: "]"))
        {
            position += 1
        }
        guard position > start else {
            throw Failure(offset: start, message: "expected a value, found '\(character(at: start))'")
        }
        let token = text(start..<position)
        switch CoreSchema.resolvePlain(token) {
        case .int(let value): return .number(Double(value))
        case .float(let value):
            guard value.isFinite else {
                throw Failure(offset: start, message: "expected a finite number, found '\(token)'")
            }
            return .number(value)
        case .bool(let value): return .bool(value)
        case .null:
            throw Failure(
                offset: start,
                message: "expected a value, found '\(token)'; use 'is missing' to test for a missing value")
        case .string(let word):
            guard Identifier.isValid(word, allowPunctuation: true) else {
                throw Failure(
                    offset: start,
                    message:
                        "expected a number, true, false or a word, found '\(token)'; quote values with other characters"
                )
            }
            return .word(word)
        }
    }

    private func expectEnd() throws(Failure) {
        var index = position
        while index < bytes.count, isSpace(index) { index += 1 }
        guard index >= bytes.count else {
            throw Failure(offset: index, message: "unexpected '\(text(index..<bytes.count))' after the condition")
        }
    }
}
