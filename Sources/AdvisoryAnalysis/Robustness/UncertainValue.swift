import AdvisoryCore

/// A profile value that Monte Carlo draws perturb: a number with a positive standard error.
public struct UncertainValue: Sendable, Equatable {
    /// Where the standard error comes from.
    public enum Origin: String, Sendable {
        /// The profile's `stderr` (the publisher's, for this country and year).
        case profile
        /// The catalog's `stderr` or `relative_stderr`.
        case catalog
    }

    /// The indicator's slot in a ``ProfileVector`` (its index in the catalog).
    public var slot: Int
    public var indicator: String
    public var value: Double
    public var stderr: Double
    public var origin: Origin
    /// The indicator's range, which draws are clipped to; nil when the catalog gives none.
    public var range: ClosedRange<Double>?

    /// A draw: the value moved by `normal` standard errors, clipped to the range.
    @inline(__always)
    func drawn(_ normal: Double) -> Double {
        let moved = value + stderr * normal
        guard let range else { return moved }
        return min(max(moved, range.lowerBound), range.upperBound)
    }

    /// The values of `profile` that have a positive standard error (``Indicator/standardError(of:)``),
    /// in catalog order; values of indicators the ruleset does not define are left out.
    public static func all(in profile: Profile, ruleset: Ruleset) -> [UncertainValue] {
        ruleset.indicators.enumerated().compactMap { slot, indicator -> UncertainValue? in
            guard let entry = profile.indicators[indicator.id], case .number(let value) = entry.value,
                let stderr = indicator.standardError(of: entry), stderr > 0, stderr.isFinite
            else { return nil }
            return UncertainValue(
                slot: slot, indicator: indicator.id, value: value, stderr: stderr,
                origin: entry.stderr != nil ? .profile : .catalog, range: indicator.range)
        }
    }
}
