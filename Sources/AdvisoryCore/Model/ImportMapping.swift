/// How an indicator is found in published data tables: the `import:` key of a catalog indicator,
/// read by `advisor import` and by tables given where a profile is expected.
public struct ImportMapping: Sendable {
    /// The series codes the indicator goes by (`RL.EST`), in order of preference: for each
    /// country, the first code the table has values for is used.
    public var series: [String]
    /// The series codes of the value's standard error (`RL.STD.ERR`), in order of preference.
    public var stderr: [String]
    /// A factor applied to the published values (and standard errors): `100` turns a share in
    /// [0, 1] into a percentage.
    public var scale: Double?
    /// A formula over published series, for an indicator derived from them.
    public var formula: ImportFormula?
    /// Who publishes the table, recorded as each imported value's source.
    public var publisher: String?
    public var note: String?
    public var location: SourceLocation

    public init(
        series: [String] = [], stderr: [String] = [], scale: Double? = nil, formula: ImportFormula? = nil,
        publisher: String? = nil, note: String? = nil, location: SourceLocation
    ) {
        self.series = series
        self.stderr = stderr
        self.scale = scale
        self.formula = formula
        self.publisher = publisher
        self.note = note
        self.location = location
    }

    /// Every series code the mapping reads.
    public var seriesRead: [String] { formula?.seriesNames ?? series + stderr }
}

/// An arithmetic formula over published series (`(UNHCR.REF + UNHCR.IDP) / SP.POP.TOTL * 1000`).
/// The operators are those of expression leaves (``ArithmeticOperator``); `*` and `/` bind
/// tighter than `+` and `-`.
public indirect enum ImportFormula: Sendable, Equatable, CustomStringConvertible {
    case number(Double)
    case series(String)
    case negate(ImportFormula)
    case binary(ArithmeticOperator, ImportFormula, ImportFormula)

    /// The series the formula reads, each once, in the order written.
    public var seriesNames: [String] {
        var names: [String] = []
        var seen: Set<String> = []
        var stack: [ImportFormula] = [self]
        while let node = stack.popLast() {
            switch node {
            case .number: break
            case .series(let name): if seen.insert(name).inserted { names.append(name) }
            case .negate(let inner): stack.append(inner)
            case .binary(_, let left, let right): stack.append(contentsOf: [right, left])
            }
        }
        return names
    }

    /// The formula written back, fully parenthesised where it nests.
    public var description: String {
        switch self {
        case .number(let value): NumberFormat.plain(value)
        case .series(let name): Self.isPlainName(name) ? name : "`\(name)`"
        case .negate(let inner): "-\(inner.nested)"
        case .binary(let op, let left, let right): "\(left.nested) \(op.rawValue) \(right.nested)"
        }
    }

    private var nested: String {
        if case .binary = self { "(\(description))" } else { description }
    }

    /// Whether a series name can be written in a formula without backquotes.
    public static func isPlainName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.isASCIILetterOrUnderscore else { return false }
        return name.unicodeScalars.allSatisfy { $0.isASCIILetterOrUnderscore || ("0"..."9").contains($0) || $0 == "." }
    }
}

extension Unicode.Scalar {
    var isASCIILetterOrUnderscore: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) || self == "_" }
}
