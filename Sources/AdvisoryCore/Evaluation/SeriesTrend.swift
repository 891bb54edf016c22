/// The trends a leaf compares (`change(REF, YEARS)`, `slope(REF, YEARS)`), computed from an
/// indicator's series (``IndicatorValue/series``, which holds the value's own point).
///
/// A trend over YEARS years reads the *window*: the points whose year is within YEARS years of
/// the series' latest point, `[Y − YEARS, Y]` where Y is the latest point's year. With fewer than
/// two points in the window there is no trend (the leaf is unknown).
public enum SeriesTrend {
    /// The points of `series` within `years` years of its latest point, in the series' order.
    public static func window(_ series: [SeriesPoint], years: Int) -> [SeriesPoint] {
        guard let latest = series.map(\.year).max() else { return [] }
        // A year near Int.min (any integer is a year to the decoder) must not overflow.
        let (first, overflow) = latest.subtractingReportingOverflow(years)
        return overflow ? series : series.filter { $0.year >= first }
    }

    /// The latest point of the window minus its earliest (the span is shorter than `years` when
    /// the series lacks the earliest years); nil with fewer than two points.
    public static func change(_ series: [SeriesPoint], years: Int) -> Double? {
        change(ofWindow: window(series, years: years))
    }

    /// The least-squares slope of the window's points, per year; nil with fewer than two points.
    public static func slope(_ series: [SeriesPoint], years: Int) -> Double? {
        slope(ofWindow: window(series, years: years))
    }

    /// The trend `measure` names (`.change` or `.slope`) of `series`; nil for other measures.
    public static func value(_ measure: Leaf.Measure, of series: [SeriesPoint]) -> Double? {
        switch measure {
        case .change(let years): change(series, years: years)
        case .slope(let years): slope(series, years: years)
        case .value, .arithmetic: nil
        }
    }

    static func change(ofWindow points: [SeriesPoint]) -> Double? {
        guard points.count >= 2, let earliest = points.min(by: { $0.year < $1.year }),
            let latest = points.max(by: { $0.year < $1.year }), earliest.year < latest.year
        else { return nil }
        let change = latest.value - earliest.value
        return change.isFinite ? NumberFormat.withoutBinaryNoise(change) : nil
    }

    static func slope(ofWindow points: [SeriesPoint]) -> Double? {
        guard points.count >= 2 else { return nil }
        let count = Double(points.count)
        let meanYear = points.reduce(0.0) { $0 + Double($1.year) } / count
        let meanValue = points.reduce(0.0) { $0 + $1.value } / count
        var covariance = 0.0
        var variance = 0.0
        for point in points {
            let x = Double(point.year) - meanYear
            covariance += x * (point.value - meanValue)
            variance += x * x
        }
        guard variance > 0 else { return nil }
        let slope = covariance / variance
        return slope.isFinite ? NumberFormat.withoutBinaryNoise(slope) : nil
    }
}
