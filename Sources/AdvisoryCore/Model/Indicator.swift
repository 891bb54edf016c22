/// A country-context indicator: what a profile value means and how to read it.
public struct Indicator: Sendable {
    /// The indicator's value type.
    public enum Kind: String, Sendable, CaseIterable {
        case number, boolean, category
    }

    /// Which direction of a number is the better one.
    public enum Better: String, Sendable, CaseIterable {
        case higher, lower
    }

    public var id: String
    public var name: String?
    public var description: String?
    public var source: String?
    public var url: String?
    public var kind: Kind
    public var range: ClosedRange<Double>?
    public var unit: String?
    public var better: Better?
    public var staleAfterYears: Int?
    /// A default uncertainty for the indicator's values (number indicators only), used where a
    /// profile value gives no `stderr` of its own (``standardError(of:)``).
    public var uncertainty: DefaultUncertainty?
    /// A category's values, in the order declared.
    public var values: [String] { didSet { valueIndex = Self.index(values) } }
    public var note: String?
    /// A gate that sets the scene rather than measuring a threat (being coastal, a region, a
    /// fragile-situation listing): the double-counting analysis does not count it (§10.1).
    public var context: Bool
    /// When the indicator applies to a country; where it is false the indicator is not
    /// applicable (§10.2).
    public var appliesIf: Condition?
    /// How the indicator is found in published data tables (`import:`), if it is.
    public var importMapping: ImportMapping?
    public var location: SourceLocation
    /// The position of each value in `values` (the first, for a repeated one), so that checking
    /// a value costs the same for four values as for forty thousand.
    public private(set) var valueIndex: [String: Int]

    public init(
        id: String, name: String?, description: String?, source: String?, url: String?, kind: Kind,
        range: ClosedRange<Double>?, unit: String?, better: Better?, staleAfterYears: Int?, values: [String],
        note: String?, context: Bool = false, appliesIf: Condition? = nil, location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.source = source
        self.url = url
        self.kind = kind
        self.range = range
        self.unit = unit
        self.better = better
        self.staleAfterYears = staleAfterYears
        self.values = values
        self.note = note
        self.context = context
        self.appliesIf = appliesIf
        self.location = location
        valueIndex = Self.index(values)
    }

    /// The name, else the id.
    public var displayName: String { name ?? id }

    /// A catalog's default standard error for an indicator's values (`stderr:` or
    /// `relative_stderr:`).
    public enum DefaultUncertainty: Sendable, Equatable {
        /// The same standard error for every value, in the indicator's unit.
        case absolute(Double)
        /// A share of the value's size: 0.05 is 5 % of |value|.
        case relative(Double)
    }

    /// The standard error of `value` of this indicator: the profile's `stderr` (which wins, 0
    /// included, as the publisher's word for that country), else the catalog default; nil when
    /// neither gives one, and for values that are not numbers (booleans, categories and
    /// statuses are taken as certain).
    public func standardError(of value: IndicatorValue) -> Double? {
        guard kind == .number, case .number(let number) = value.value else { return nil }
        if let given = value.stderr { return given }
        switch uncertainty {
        case .absolute(let stderr)?: return stderr
        case .relative(let share)?: return share * abs(number)
        case nil: return nil
        }
    }

    private static func index(_ values: [String]) -> [String: Int] {
        var index: [String: Int] = [:]
        for (offset, value) in values.enumerated() where index[value] == nil { index[value] = offset }
        return index
    }
}
