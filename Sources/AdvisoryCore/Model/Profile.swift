/// The country a profile describes.
public struct Country: Sendable, Equatable {
    public var code: String
    public var name: String
    /// The assessment year, used for data age.
    public var year: Int

    public init(code: String, name: String, year: Int) {
        self.code = code
        self.name = name
        self.year = year
    }
}

/// A typed indicator value.
public enum Value: Sendable, Equatable, CustomStringConvertible {
    case number(Double)
    case bool(Bool)
    case category(String)

    public var description: String {
        switch self {
        case .number(let value): NumberFormat.plain(value)
        case .bool(let value): value ? "true" : "false"
        case .category(let value): value
        }
    }
}

/// One indicator value of a profile with its provenance.
public struct IndicatorValue: Sendable {
    public var value: Value
    public var year: Int?
    public var source: String?
    public var stderr: Double?
    /// The indicator's values over the years, ascending by year and one per year (number
    /// indicators only). It holds the value's own point (`value` in `year`) when the value has a
    /// year, whether or not the profile wrote it in `series:`, so that a trend reads one list.
    public var series: [SeriesPoint]
    public var location: SourceLocation?

    public init(
        value: Value, year: Int? = nil, source: String? = nil, stderr: Double? = nil, series: [SeriesPoint] = [],
        location: SourceLocation? = nil
    ) {
        self.value = value
        self.year = year
        self.source = source
        self.stderr = stderr
        self.series = series
        self.location = location
    }
}

/// One year's value in an indicator's series.
public struct SeriesPoint: Sendable, Equatable, Encodable {
    public var year: Int
    public var value: Double

    public init(year: Int, value: Double) {
        self.year = year
        self.value = value
    }
}

/// A country's status towards an instrument.
public enum InstrumentStatus: String, Sendable, CaseIterable, Comparable {
    case party, signatory, none
    /// The State was a party and withdrew (§10.3): its own value in conditions, `none` for actions.
    case withdrawn

    public static func < (lhs: InstrumentStatus, rhs: InstrumentStatus) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A status with the year it began, when known.
public struct InstrumentStatusEntry: Sendable {
    public var status: InstrumentStatus
    public var since: Int?
    public var location: SourceLocation?

    public init(status: InstrumentStatus, since: Int? = nil, location: SourceLocation? = nil) {
        self.status = status
        self.since = since
        self.location = location
    }
}

/// One country's context: indicator values and instrument statuses.
public struct Profile: Sendable {
    /// The path the profile was read from ("" when built in memory).
    public var path: String
    public var country: Country
    public var indicators: [String: IndicatorValue]
    public var instruments: [String: InstrumentStatusEntry]
    /// SHA-256 of the profile's bytes (or of its canonical form when built in memory).
    public var contentHash: String

    public init(
        path: String, country: Country, indicators: [String: IndicatorValue],
        instruments: [String: InstrumentStatusEntry], contentHash: String
    ) {
        self.path = path
        self.country = country
        self.indicators = indicators
        self.instruments = instruments
        self.contentHash = contentHash
    }
}
