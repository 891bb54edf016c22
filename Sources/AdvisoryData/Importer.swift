public import AdvisoryCore
import Foundation
import YAML

/// What to import.
public struct ImportOptions: Sendable {
    /// The assessment year: the latest value at or before it is taken, the earlier ones form its
    /// series. Nil: the latest year any mapped value has.
    public var year: Int?
    /// The countries to import, by code (any code, aggregates included); nil: every country.
    public var countries: [String]?
    public var codes: CountryCodes

    public init(year: Int? = nil, countries: [String]? = nil, codes: CountryCodes) {
        self.year = year
        self.countries = countries
        self.codes = codes
    }
}

/// One country's imported values.
public struct ImportedCountry: Sendable {
    public var code: String
    public var name: String
    /// Indicator id and value, in the catalog's order.
    public var values: [(id: String, value: IndicatorValue)]
}

/// A country of the tables that was not imported, and why.
public struct SkippedCountry: Sendable {
    public var code: String
    public var name: String?
    public var reason: String
    /// The country's first value in the tables, when it has one.
    public var location: SourceLocation?
}

/// The outcome of an import: the countries, and everything left out with the reason.
public struct ImportResult: Sendable {
    /// The assessment year of every imported country.
    public var year: Int
    public var countries: [ImportedCountry]
    public var skippedCountries: [SkippedCountry]
    /// Series of the tables that no indicator reads, with how many values each had.
    public var unmappedSeries: [(series: String, values: Int)]
    /// How many values were left out for being later than the assessment year.
    public var laterValues: Int
    /// Cells that could not be used (warnings), positioned in their tables.
    public var diagnostics: [Diagnostic]
}

/// Maps the values of published tables to a ruleset's indicators, through each indicator's id
/// and its `import:` mapping, country by country.
public struct Importer {
    let ruleset: Ruleset
    let options: ImportOptions

    public init(ruleset: Ruleset, options: ImportOptions) {
        self.ruleset = ruleset
        self.options = options
    }

    /// A table's values by country, series and year.
    typealias Index = [String: [String: [Int: Observation]]]

    /// Imports the values of `tables`; nil when no table holds a value any indicator reads.
    public func run(_ tables: [DataTable]) -> ImportResult? {
        var diagnostics: [Diagnostic] = []
        var tableSources: [String: String] = [:]
        for table in tables { tableSources[table.path] = table.source }
        let read = Set(ruleset.indicators.flatMap { [$0.id] + ($0.importMapping?.seriesRead ?? []) })
        var index: Index = [:]
        var names: [String: String] = [:]
        var unmapped: [String: Int] = [:]
        var latest: Int?
        for table in tables {
            for observation in table.observations {
                guard read.contains(observation.series) else {
                    unmapped[observation.series, default: 0] += 1
                    continue
                }
                if let name = observation.countryName, names[observation.country] == nil {
                    names[observation.country] = name
                }
                if let first = index[observation.country]?[observation.series]?[observation.year] {
                    if first.value != observation.value {
                        diagnostics.append(
                            .warning(
                                .unreadableTableCell,
                                "a second value for \(observation.series), \(observation.country), \(observation.year): '\(observation.value)' (the first, '\(first.value)' at \(first.location), is kept)",
                                at: observation.location))
                    }
                    continue
                }
                index[observation.country, default: [:]][observation.series, default: [:]][observation.year] =
                    observation
                latest = max(latest ?? observation.year, observation.year)
            }
        }
        guard let year = options.year ?? latest else { return nil }
        var result = ImportResult(
            year: year, countries: [], skippedCountries: [],
            unmappedSeries: unmapped.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, laterValues: 0,
            diagnostics: diagnostics)
        let chosen: [String]
        if let countries = options.countries {
            chosen = countries
            for code in countries where index[code] == nil {
                result.skippedCountries.append(
                    SkippedCountry(
                        code: code, name: nil, reason: "no value in the tables for an indicator of the ruleset",
                        location: nil))
            }
        } else {
            chosen = index.keys.sorted()
        }
        for code in chosen {
            guard let series = index[code] else { continue }
            func skip(_ reason: String) {
                result.skippedCountries.append(
                    SkippedCountry(code: code, name: names[code], reason: reason, location: firstLocation(series)))
            }
            let kind = options.codes.kind(of: code)
            if options.countries == nil {
                switch kind {
                case .country: break
                case .aggregate:
                    skip("a regional or income aggregate")
                    continue
                case .unknown:
                    skip("not an ISO 3166-1 country code (name it with --countries to import it)")
                    continue
                }
            }
            var country = ImportedCountry(code: code, name: names[code] ?? code, values: [])
            if case .country(let name?) = kind { country.name = name }
            for indicator in ruleset.indicators {
                let points = self.points(of: indicator, in: series, sources: tableSources, result: &result)
                if let value = Self.value(of: indicator, points) { country.values.append((indicator.id, value)) }
            }
            if country.values.isEmpty {
                skip("no usable value at or before \(year) for an indicator of the ruleset")
                continue
            }
            result.countries.append(country)
        }
        return result
    }

    /// Where a country's first value sits in the tables.
    private func firstLocation(_ series: [String: [Int: Observation]]) -> SourceLocation? {
        series.values.flatMap(\.values).map(\.location).min {
            ($0.file.path, $0.mark.line, $0.mark.column) < ($1.file.path, $1.mark.line, $1.mark.column)
        }
    }

    /// A year's value of an indicator, with its provenance.
    struct Point {
        var year: Int
        var value: Value
        var stderr: Double?
        var source: String?
        var location: SourceLocation
    }

    /// The indicator's usable values up to the assessment year, ascending by year.
    func points(
        of indicator: Indicator, in series: [String: [Int: Observation]], sources: [String: String],
        result: inout ImportResult
    ) -> [Point] {
        let mapping = indicator.importMapping
        let publisher = mapping?.publisher
        if let formula = mapping?.formula {
            let inputs = formula.seriesNames.map { series[$0] ?? [:] }
            guard let first = inputs.first else { return [] }
            var points: [Point] = []
            for (year, observation) in first.sorted(by: { $0.key < $1.key }) {
                guard inputs.allSatisfy({ $0[year] != nil }) else { continue }
                guard year <= result.year else {
                    result.laterValues += 1
                    continue
                }
                var values: [String: Double] = [:]
                for (name, input) in zip(formula.seriesNames, inputs) {
                    values[name] = input[year].flatMap { TableCell.number($0.value) }
                }
                guard let number = formula.evaluate({ values[$0] }) else {
                    result.diagnostics.append(
                        .warning(
                            .unreadableTableCell,
                            "'\(indicator.id)' cannot be computed for \(observation.country) in \(year) (\(formula) divides by zero or reads a cell that is not a number); the year is skipped",
                            at: observation.location))
                    continue
                }
                if let value = checked(.float(NumberFormat.withoutBinaryNoise(number)), indicator, observation, &result)
                {
                    points.append(
                        Point(
                            year: year, value: value,
                            source: publisher ?? sources[observation.location.file.path],
                            location: observation.location))
                }
            }
            return points
        }
        let candidates = [indicator.id] + (mapping?.series ?? [])
        guard let values = candidates.lazy.compactMap({ series[$0] }).first(where: { !$0.isEmpty }) else { return [] }
        let scale = mapping?.scale ?? 1
        let errors = (mapping?.stderr ?? []).compactMap { series[$0] }
        var points: [Point] = []
        for (year, observation) in values.sorted(by: { $0.key < $1.key }) {
            guard year <= result.year else {
                result.laterValues += 1
                continue
            }
            var scalar = CoreSchema.resolvePlain(observation.value)
            if indicator.kind == .number, let number = TableCell.number(observation.value) {
                scalar = .float(scale == 1 ? number : NumberFormat.withoutBinaryNoise(number * scale))
            }
            guard let value = checked(scalar, indicator, observation, &result) else { continue }
            let stderr = standardError(
                observation.stderr ?? errors.lazy.compactMap { $0[year].flatMap { TableCell.number($0.value) } }.first,
                scale: scale, observation, &result)
            points.append(
                Point(
                    year: year, value: value, stderr: stderr,
                    source: observation.source ?? publisher ?? sources[observation.location.file.path],
                    location: observation.location))
        }
        return points
    }

    /// The standard error in the indicator's unit; nil, with a warning, when it is negative or
    /// too large once scaled (a profile could not hold it).
    private func standardError(
        _ published: Double?, scale: Double, _ observation: Observation, _ result: inout ImportResult
    ) -> Double? {
        guard let published else { return nil }
        let stderr = published * abs(scale)
        guard stderr.isFinite, stderr >= 0 else {
            result.diagnostics.append(
                .warning(
                    .unreadableTableCell,
                    "expected the standard error as a number, 0 or more, found \(NumberFormat.plain(stderr)) (\(observation.series), \(observation.country), \(observation.year)); the value is kept without it",
                    at: observation.location))
            return nil
        }
        return stderr
    }

    /// The value as the indicator's type, or a warning at its cell.
    private func checked(
        _ scalar: ScalarValue, _ indicator: Indicator, _ observation: Observation, _ result: inout ImportResult
    ) -> Value? {
        switch ValueConversion.value(scalar, for: indicator) {
        case .success(let value): return value
        case .failure(let failure):
            result.diagnostics.append(
                .warning(
                    .unreadableTableCell,
                    "\(failure.message) (\(observation.series), \(observation.country), \(observation.year)); the value is skipped",
                    at: observation.location))
            return nil
        }
    }

    /// The latest point as the value, with every point as its series (numbers, two points or more).
    static func value(of indicator: Indicator, _ points: [Point]) -> IndicatorValue? {
        guard let last = points.last else { return nil }
        var value = IndicatorValue(
            value: last.value, year: last.year, source: last.source, stderr: last.stderr, location: last.location)
        if indicator.kind == .number, points.count > 1 {
            value.series = points.compactMap { point in
                if case .number(let number) = point.value { SeriesPoint(year: point.year, value: number) } else { nil }
            }
        }
        return value
    }
}

extension ImportFormula {
    /// The formula's value, nil when a series has no value or a division is by zero.
    func evaluate(_ value: (String) -> Double?) -> Double? {
        switch self {
        case .number(let number): return number
        case .series(let name): return value(name)
        case .negate(let inner): return inner.evaluate(value).map { -$0 }
        case .binary(let op, let left, let right):
            guard let a = left.evaluate(value), let b = right.evaluate(value), op != .divide || b != 0 else {
                return nil
            }
            return op.apply(a, b)
        }
    }
}
