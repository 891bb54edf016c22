/// Deterministic, locale-free number formatting for messages and reports.
public enum NumberFormat {
    /// The shortest text that reads back as the same value, without a trailing ".0".
    public static func plain(_ value: Double) -> String {
        if value.isNaN { return ".nan" }
        if value.isInfinite { return value > 0 ? ".inf" : "-.inf" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    /// `value` rounded to 6 decimals, so that binary noise never reaches a report (0.30000000000000004
    /// is 0.3). A value too large to scale is returned as it is: rounding never makes a finite
    /// number infinite.
    public static func rounded(_ value: Double) -> Double {
        let scaled = value * 1_000_000
        guard scaled.isFinite else { return value }
        return scaled.rounded() / 1_000_000
    }

    /// `value` to 15 significant digits, so that binary rounding does not decide a comparison
    /// (6.3 − 4.3 is 1.9999999999999996 in binary, and `>= 2` must hold). Values below 1e-8 or
    /// from 1e15 in magnitude are returned as they are. No allocation (the lean path calls it).
    /// `advisor import` rounds scaled and computed values with it too, so that 69.8 × 0.01
    /// reaches a profile as 0.698.
    @inline(__always)
    public static func withoutBinaryNoise(_ value: Double) -> Double {
        let magnitude = abs(value)
        guard value.isFinite, magnitude >= 1e-8, magnitude < 1e15 else { return value }
        var scale = 1.0
        while magnitude * scale < 1e14 { scale *= 10 }
        return (value * scale).rounded() / scale
    }

    /// `value` rounded to `decimals` decimals (0 to 6), half away from zero; a value too large to
    /// scale is returned as it is.
    public static func rounded(_ value: Double, decimals: Int) -> Double {
        var scale = 1.0
        for _ in 0..<min(max(decimals, 0), 6) { scale *= 10 }
        let scaled = value * scale
        guard scaled.isFinite else { return value }
        return scaled.rounded(.toNearestOrAwayFromZero) / scale
    }

    /// How many decimals `value` shows once rounded to 6 (`-1.02`: 2, `24`: 0, `0.00001`: 5,
    /// `1e-7`: 0), at most 6.
    public static func decimals(of value: Double) -> Int {
        let text = plain(rounded(value))
        if text.contains("e") { return abs(value) < 1 ? 6 : 0 }
        guard let point = text.firstIndex(of: ".") else { return 0 }
        return text.distance(from: point, to: text.endIndex) - 1
    }

    /// Fixed decimals, rounding half away from zero ("0.712").
    public static func fixed(_ value: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (abs(value) * scale).rounded(.toNearestOrAwayFromZero) / scale
        let sign = value < 0 && rounded != 0 ? "-" : ""
        let whole = Int(rounded)
        guard decimals > 0 else { return sign + String(whole) }
        let fraction = Int(((rounded - Double(whole)) * scale).rounded())
        let digits = String(fraction)
        return sign + String(whole) + "." + String(repeating: "0", count: decimals - digits.count) + digits
    }
}
