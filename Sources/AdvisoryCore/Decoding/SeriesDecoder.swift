import YAML

/// Decodes an indicator value's `series:` (`{2019: -0.52, 2020: -0.47}`) and ties it to the
/// value: the value's own point belongs to the series, and a series alone gives the value.
enum SeriesDecoder {
    /// The points of a `series:` mapping, ascending by year; a null point is no point.
    static func points(_ node: Node, of indicator: Indicator, context: DecodingContext) -> [SeriesPoint] {
        if case .scalar(let scalar, _) = node, scalar.resolved == .null { return [] }
        guard indicator.kind == .number else {
            context.error(
                .invalidValue,
                "'series' applies to number indicators; '\(indicator.id)' is a \(indicator.kind.rawValue)",
                at: node)
            return []
        }
        guard case .mapping(let pairs, _) = node else {
            context.error(
                .wrongNodeType, "expected 'series' to be a mapping of year to value, found \(node.kindDescription)",
                at: node, help: "write series: {2019: -0.52, 2020: -0.47}")
            return []
        }
        var points: [SeriesPoint] = []
        var seen: Set<Int> = []
        for pair in pairs {
            guard let year = context.integer(pair.key, "a year in 'series'") else { continue }
            guard seen.insert(year).inserted else {
                context.error(.duplicateKey, "the year \(year) appears twice in 'series'", at: pair.key)
                continue
            }
            guard case .scalar(let scalar, _) = pair.value else {
                context.error(
                    .profileValueType, "expected a number for \(year) in 'series', found \(pair.value.kindDescription)",
                    at: pair.value)
                continue
            }
            if scalar.resolved == .null { continue }
            switch ValueConversion.value(scalar.resolved, for: indicator) {
            case .success(.number(let value)): points.append(SeriesPoint(year: year, value: value))
            case .success: break
            case .failure(let failure): context.error(failure.code, failure.message, at: pair.value, help: failure.help)
            }
        }
        return points.sorted { $0.year < $1.year }
    }

    /// A value given by its series alone: the point of `year` when given, else the latest point.
    static func valueFromSeries(
        _ result: IndicatorValue, of indicator: Indicator, seriesNode: Node?, yearNode: Node?, context: DecodingContext
    ) -> IndicatorValue? {
        var result = result
        if let year = result.year {
            guard let point = result.series.last(where: { $0.year == year }) else {
                if let yearNode, !result.series.isEmpty {
                    context.error(
                        .missingKey, "'series' has no value for \(year); give 'value', or the year of a point",
                        at: yearNode)
                }
                return nil
            }
            result.value = .number(point.value)
            return result
        }
        guard let latest = result.series.last else { return nil }
        result.value = .number(latest.value)
        result.year = latest.year
        return result
    }

    /// Puts the value's own point into its series; a series that gives another value for the
    /// value's year is an error.
    static func includeValue(_ result: IndicatorValue, valueNode: Node, context: DecodingContext) -> IndicatorValue? {
        guard let year = result.year, case .number(let value) = result.value, !result.series.isEmpty else {
            return result
        }
        var result = result
        if let index = result.series.firstIndex(where: { $0.year == year }) {
            let point = result.series[index].value
            if point != value {
                context.error(
                    .seriesValueMismatch,
                    "the value is \(NumberFormat.plain(value)) but 'series' gives \(NumberFormat.plain(point)) for \(year)",
                    at: valueNode, help: "make them agree, or leave \(year) out of 'series'")
                return nil
            }
        } else {
            let index = result.series.firstIndex { $0.year > year } ?? result.series.count
            result.series.insert(SeriesPoint(year: year, value: value), at: index)
        }
        return result
    }
}
