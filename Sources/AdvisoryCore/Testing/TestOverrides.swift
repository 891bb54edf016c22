/// A test's `given:` block: values merged over its profile before evaluation.
///
/// An override replaces the whole entry of the profile (value, year and source); a null
/// override removes the entry, so the indicator is missing or the instrument status unknown.
public struct TestOverrides: Sendable {
    /// What an override does to one entry.
    public enum Change<Entry: Sendable>: Sendable {
        case set(Entry)
        case remove
    }

    public var indicators: [String: Change<IndicatorValue>]
    public var instruments: [String: Change<InstrumentStatusEntry>]
    public var countryCode: String?
    public var countryName: String?
    public var countryYear: Int?

    public init(
        indicators: [String: Change<IndicatorValue>] = [:], instruments: [String: Change<InstrumentStatusEntry>] = [:],
        countryCode: String? = nil, countryName: String? = nil, countryYear: Int? = nil
    ) {
        self.indicators = indicators
        self.instruments = instruments
        self.countryCode = countryCode
        self.countryName = countryName
        self.countryYear = countryYear
    }

    /// Whether the block changes nothing.
    public var isEmpty: Bool {
        indicators.isEmpty && instruments.isEmpty && countryCode == nil && countryName == nil && countryYear == nil
    }

    /// `profile` with the overrides merged over it.
    public func apply(to profile: Profile) -> Profile {
        var merged = profile
        for (id, change) in indicators {
            switch change {
            case .set(let value): merged.indicators[id] = value
            case .remove: merged.indicators[id] = nil
            }
        }
        for (id, change) in instruments {
            switch change {
            case .set(let entry): merged.instruments[id] = entry
            case .remove: merged.instruments[id] = nil
            }
        }
        if let countryCode { merged.country.code = countryCode }
        if let countryName { merged.country.name = countryName }
        if let countryYear { merged.country.year = countryYear }
        return merged
    }
}
