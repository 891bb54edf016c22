public import AdvisoryCore
import Foundation
import YAML

/// One published value: a country's value of a series in a year, where the table has it.
public struct Observation: Sendable {
    /// The country code as the table writes it (ISO 3166-1 alpha-3 for the layouts read here).
    public var country: String
    /// The country's name, when the table gives one.
    public var countryName: String?
    /// The series code (`RL.EST`) or indicator id the value belongs to.
    public var series: String
    public var year: Int
    /// The cell's text, trimmed: read as the indicator's type when the series is mapped.
    public var value: String
    public var stderr: Double?
    public var source: String?
    /// Where the value's cell starts.
    public var location: SourceLocation

    public init(
        country: String, countryName: String? = nil, series: String, year: Int, value: String, stderr: Double? = nil,
        source: String? = nil, location: SourceLocation
    ) {
        self.country = country
        self.countryName = countryName
        self.series = series
        self.year = year
        self.value = value
        self.stderr = stderr
        self.source = source
        self.location = location
    }
}

/// The values of one published table, in the order of its cells.
public struct DataTable: Sendable {
    /// The table's path as given.
    public var path: String
    /// The database the table names (World Bank downloads: "Data Source", DataBank's "Data from
    /// database"), used as the values' source when nothing better is known.
    public var source: String?
    public var observations: [Observation]

    public init(path: String, source: String? = nil, observations: [Observation] = []) {
        self.path = path
        self.source = source
        self.observations = observations
    }
}

/// The table layouts `advisor import` reads.
public enum TableFormat: String, Sendable, CaseIterable {
    /// World Bank downloads (`Country Name, Country Code, Indicator Name, Indicator Code, 1960, …`)
    /// and DataBank extracts (`Series Name, Series Code, Country Name, Country Code, 2019 [YR2019], …`).
    case worldbank
    /// The tidy table `country,indicator,year,value[,stderr][,source]`.
    case long

    /// Reads the table at `path` in this layout.
    public func read(_ path: String) -> (DataTable?, [Diagnostic]) {
        switch CSVDocument.read(path) {
        case .failure(let diagnostic): return (nil, [diagnostic])
        case .success(let document): return read(document)
        }
    }

    /// Reads a table already parsed as CSV.
    public func read(_ document: CSVDocument) -> (DataTable?, [Diagnostic]) {
        switch self {
        case .worldbank: WorldBankTable.read(document)
        case .long: LongTable.read(document)
        }
    }
}

/// Reading cells shared by the layouts.
enum TableCell {
    /// The trimmed text of a cell, nil when it holds no value (empty, or DataBank's `..`).
    static func value(_ row: [String], _ index: Int) -> String? {
        guard index >= 0, index < row.count else { return nil }
        let text = row[index].trimmingCharacters(in: .whitespaces)
        return text.isEmpty || text == ".." ? nil : text
    }

    /// A finite number written in a cell.
    static func number(_ text: String) -> Double? {
        guard let value = CoreSchema.resolvePlain(text).number, value.isFinite else { return nil }
        return value
    }
}
