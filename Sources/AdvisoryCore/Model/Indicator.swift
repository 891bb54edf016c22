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
    public var values: [String]
    public var note: String?
    public var location: SourceLocation

    /// The name, else the id.
    public var displayName: String { name ?? id }
}
