import YAML

/// Parses an import formula: `+ - * /`, parentheses, unary minus, numbers and series names.
///
/// ```text
/// formula = term (("+" | "-") term)*
/// term    = factor (("*" | "/") factor)*
/// factor  = "-" factor | number | name | "`" any text but "`" "`" | "(" formula ")"
/// name    = [A-Za-z_][A-Za-z0-9_.]*           (SP.POP.TOTL, VC.IHR.PSRC.P5)
/// number  = [0-9]+ ("." [0-9]+)? ([eE] [+-]? [0-9]+)?
/// ```
///
/// Input is bounded (`maxLength` bytes, `maxDepth` nested parentheses or minus signs), so that
/// the recursive descent cannot run deep.
struct FormulaParser {
    static let maxLength = 1_000
    static let maxDepth = 32

    /// A failure at a byte offset into the text.
    struct Failure: Error {
        var offset: Int
        var message: String
    }

    private let bytes: [UInt8]
    private var position = 0
    private var depth = 0

    private init(_ text: String) { bytes = Array(text.utf8) }

    /// The formula, or where and why it does not parse.
    static func parse(_ text: String) -> Result<ImportFormula, Failure> {
        var parser = FormulaParser(text)
        guard parser.bytes.count <= maxLength else {
            return .failure(Failure(offset: 0, message: "the formula is longer than \(maxLength) characters"))
        }
        do throws(Failure) {
            let formula = try parser.formula()
            parser.skipSpaces()
            guard parser.position == parser.bytes.count else {
                throw Failure(
                    offset: parser.position, message: "expected an operator (+ - * /) or the end of the formula")
            }
            return .success(formula)
        } catch {
            return .failure(error)
        }
    }

    /// The code-point column of a byte offset (0-based), for diagnostics.
    static func column(ofByte offset: Int, in text: String) -> Int {
        Array(text.utf8).prefix(offset).reduce(0) { count, byte in (byte & 0xC0) == 0x80 ? count : count + 1 }
    }

    private mutating func formula() throws(Failure) -> ImportFormula {
        var left = try term()
        while let op = nextOperator(["+", "-"]) {
            left = .binary(op, left, try term())
        }
        return left
    }

    private mutating func term() throws(Failure) -> ImportFormula {
        var left = try factor()
        while let op = nextOperator(["*", "/"]) {
            left = .binary(op, left, try factor())
        }
        return left
    }

    private mutating func factor() throws(Failure) -> ImportFormula {
        skipSpaces()
        guard position < bytes.count else {
            throw Failure(
                offset: position, message: "expected a number, a series code or '(' at the end of the formula")
        }
        let byte = bytes[position]
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "("):
            try enter()
            defer { depth -= 1 }
            position += 1
            if byte == UInt8(ascii: "-") { return .negate(try factor()) }
            let inner = try formula()
            skipSpaces()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ")") else {
                throw Failure(offset: position, message: "expected ')'")
            }
            position += 1
            return inner
        case UInt8(ascii: "`"):
            let start = position
            position += 1
            while position < bytes.count, bytes[position] != UInt8(ascii: "`") { position += 1 }
            guard position < bytes.count else { throw Failure(offset: start, message: "this '`' is never closed") }
            let name = String(decoding: bytes[(start + 1)..<position], as: UTF8.self)
            position += 1
            guard !name.isEmpty else { throw Failure(offset: start, message: "an empty series name") }
            return .series(name)
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."):
            return try number()
        default:
            guard let scalar = Unicode.Scalar(UInt32(byte)), scalar.isASCIILetterOrUnderscore else {
                throw Failure(offset: position, message: "expected a number, a series code or '('")
            }
            let start = position
            while position < bytes.count, let next = Unicode.Scalar(UInt32(bytes[position])),
                next.isASCIILetterOrUnderscore || ("0"..."9").contains(next) || next == "."
            {
                position += 1
            }
            return .series(String(decoding: bytes[start..<position], as: UTF8.self))
        }
    }

    private mutating func number() throws(Failure) -> ImportFormula {
        let start = position
        func digits() -> Int {
            let from = position
            while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
                position += 1
            }
            return position - from
        }
        var count = digits()
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            count += digits()
        }
        if count > 0, position < bytes.count,
            bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E")
        {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                position += 1
            }
            guard digits() > 0 else { throw Failure(offset: start, message: "a number with an incomplete exponent") }
        }
        guard count > 0, let value = Double(String(decoding: bytes[start..<position], as: UTF8.self)), value.isFinite
        else {
            throw Failure(offset: start, message: "expected a number")
        }
        return .number(value)
    }

    private mutating func enter() throws(Failure) {
        depth += 1
        guard depth <= Self.maxDepth else {
            throw Failure(offset: position, message: "the formula nests deeper than \(Self.maxDepth) levels")
        }
    }

    /// The next operator when it is one of `accepted`.
    private mutating func nextOperator(_ accepted: [String]) -> ArithmeticOperator? {
        skipSpaces()
        guard position < bytes.count,
            let op = ArithmeticOperator(rawValue: String(UnicodeScalar(bytes[position]))),
            accepted.contains(op.rawValue)
        else { return nil }
        position += 1
        return op
    }

    private mutating func skipSpaces() {
        while position < bytes.count, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t") {
            position += 1
        }
    }
}
