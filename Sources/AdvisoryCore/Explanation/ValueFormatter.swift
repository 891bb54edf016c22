/// Formats profile values with their units for explanations and `because` texts.
public struct ValueFormatter: Sendable {
    public let ruleset: Ruleset

    public init(ruleset: Ruleset) { self.ruleset = ruleset }

    /// "24.7 per 100,000", "79%", "true", "tier_2"; "unknown" when the profile has no value.
    public func text(of reference: Reference, in profile: Profile) -> String {
        presentText(of: reference, in: profile) ?? "unknown"
    }

    /// The value's text, nil when the profile has none (a category value may be named
    /// `unknown`: the text alone cannot say which).
    public func presentText(of reference: Reference, in profile: Profile) -> String? {
        switch reference {
        case .indicator(let id):
            profile.indicators[id].map { text(of: $0.value, indicator: ruleset.indicator(id)) }
        case .instrument(let id):
            profile.instruments[id]?.status.rawValue
        }
    }

    public func text(of value: Value, indicator: Indicator?) -> String {
        guard case .number(let number) = value else { return value.description }
        return withUnit(NumberFormat.plain(number), indicator?.unit)
    }

    /// A number followed by its unit; "%" and units starting with "/" ("/10") attach without a space.
    public func withUnit(_ number: String, _ unit: String?) -> String {
        guard let unit, !unit.isEmpty else { return number }
        return unit.hasPrefix("%") || unit.hasPrefix("/") ? number + unit : number + " " + unit
    }

    /// A rule's `because` text with its placeholders filled in; an indicator that does not apply
    /// to the country (its value, if any, is ignored) reads "not applicable".
    public func because(_ rule: Rule, profile: Profile, notApplicable: Set<String> = []) -> String? {
        rule.because.map { template in
            template.render { reference in
                if case .indicator(let id) = reference, notApplicable.contains(id) { return "not applicable" }
                return text(of: reference, in: profile)
            }
        }
    }
}
