import YAML

/// Parses a leaf condition string: `REF OP VALUE`, `REF in [v1, v2]`, `REF is missing`,
/// `REF is present`. Errors point at the column inside the string where parsing failed.
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
            let (reference, idOffset, test, valueOffset) = try parser.leaf()
            return .success(
                Leaf(
                    reference: reference, test: test, text: text, location: origin,
                    valueLocation: locate(valueOffset), idLocation: locate(idOffset)))
        } catch {
            return .failure(
                .error(
                    .conditionSyntax, error.message, at: locate(error.offset),
                    notes: [Note("in the condition '\(text)'")]))
        }
    }

    typealias Note = Diagnostic.Note

    /// The reference, where its id starts (after `instrument.`), the test, where the value starts.
    private mutating func leaf() throws(Failure) -> (Reference, Int, Leaf.Test, Int) {
        skipSpaces()
        let referenceStart = position
        let reference = try parseReference()
        let idOffset =
            if case .instrument = reference { referenceStart + "instrument.".utf8.count } else { referenceStart }
        guard skipSpaces() > 0 || atEnd else {
            throw Failure(offset: position, message: "expected a space after '\(reference)'")
        }
        guard !atEnd else {
            throw Failure(
                offset: position, message: "expected an operator (\(Self.operatorList)) after '\(reference)'")
        }
        let operatorStart = position
        if let word = peekWord(), Self.wordOperators.contains(word) {
            position += word.utf8.count
            skipSpaces()
            if word == "in" {
                let valueStart = position
                let list = try parseList()
                try expectEnd()
                return (reference, idOffset, .member(list), valueStart)
            }
            let valueStart = position
            let test: Leaf.Test
            switch peekWord() {
            case "missing": test = .isMissing
            case "present": test = .isPresent
            default:
                throw Failure(offset: position, message: "expected 'missing' or 'present' after 'is'")
            }
            position += 7 // "missing" and "present"
            try expectEnd()
            return (reference, idOffset, test, valueStart)
        }
        let symbolStart = position
        while !atEnd, Self.symbolBytes.contains(bytes[position]) { position += 1 }
        let symbol = text(symbolStart..<position)
        guard let comparison = ComparisonOperator(rawValue: symbol) else {
            let found = symbol.isEmpty ? currentToken() : symbol
            let help = symbol == "=" ? " ('=' is not an operator; use '==')" : ""
            throw Failure(
                offset: operatorStart,
                message: "expected an operator (\(Self.operatorList)), found '\(found)'\(help)")
        }
        skipSpaces()
        let valueStart = position
        guard !atEnd else { throw Failure(offset: position, message: "expected a value after '\(symbol)'") }
        let literal = try parseLiteral()
        try expectEnd()
        return (reference, idOffset, .compare(comparison, literal), valueStart)
    }

    // MARK: The operator table

    /// The word operators, after the comparison symbols of ``ComparisonOperator`` (the one table
    /// of symbols: adding a case there is enough for the parser to read it).
    static let wordOperators = ["in", "is"]

    /// "<, <=, >, >=, ==, !=, in, is", for messages.
    static let operatorList = (ComparisonOperator.allCases.map(\.rawValue) + wordOperators).joined(separator: ", ")

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
