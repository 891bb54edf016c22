import YAML

/// One `REF=VALUE` change to a profile (`what-if --set`), checked against the ruleset.
public struct ProfileOverride: Sendable {
    public var reference: Reference
    /// nil removes the value (VALUE empty, `~` or `null`).
    public var value: Value?
    public var status: InstrumentStatus?

    /// Parses `REF=VALUE`; the error message names the problem and suggests a fix.
    public static func parse(_ text: String, ruleset: Ruleset) -> Result<ProfileOverride, OverrideError> {
        guard let equals = text.firstIndex(of: "=") else {
            return .failure(OverrideError("expected REF=VALUE, found '\(text)'"))
        }
        let name = String(text[..<equals]).trimmingCharacters(in: " ")
        let raw = String(text[text.index(after: equals)...]).trimmingCharacters(in: " ")
        let reference = Reference(parsing: name)
        let resolved = CoreSchema.resolvePlain(raw)
        switch reference {
        case .indicator(let id):
            guard let indicator = ruleset.indicator(id) else {
                let help = Suggestion.help(for: id, in: ruleset.indicators.map(\.id)).map { "; \($0)" } ?? ""
                return .failure(OverrideError("unknown indicator '\(id)'\(help)"))
            }
            if resolved == .null { return .success(ProfileOverride(reference: reference, value: nil, status: nil)) }
            switch ValueConversion.value(resolved, for: indicator) {
            case .success(let value): return .success(ProfileOverride(reference: reference, value: value, status: nil))
            case .failure(let failure):
                return .failure(OverrideError(failure.message + (failure.help.map { "; \($0)" } ?? "")))
            }
        case .instrument(let id):
            guard ruleset.instrument(id) != nil else {
                let help =
                    Suggestion.closest(to: id, in: ruleset.instruments.map(\.id)).map {
                        "; did you mean 'instrument.\($0)'?"
                    } ?? ""
                return .failure(OverrideError("unknown instrument '\(id)'\(help)"))
            }
            if resolved == .null || raw == "unknown" {
                return .success(ProfileOverride(reference: reference, value: nil, status: nil))
            }
            switch ValueConversion.status(raw) {
            case .success(let status):
                return .success(ProfileOverride(reference: reference, value: nil, status: status))
            case .failure(let failure):
                return .failure(OverrideError(failure.message + (failure.help.map { "; \($0)" } ?? "")))
            }
        }
    }

    /// The profile with this change applied (its provenance says it was changed). A number is
    /// the value of the assessment year: it replaces that year's point of the indicator's
    /// series, whose earlier points are kept, so that trends read the new value as the latest.
    public func apply(to profile: Profile) -> Profile {
        var changed = profile
        switch reference {
        case .indicator(let id):
            let year = profile.country.year
            changed.indicators[id] = value.map { value in
                var entry = IndicatorValue(value: value, year: year, source: "what-if")
                if case .number(let number) = value, let series = profile.indicators[id]?.series, !series.isEmpty {
                    entry.series = (series.filter { $0.year != year } + [SeriesPoint(year: year, value: number)])
                        .sorted { $0.year < $1.year }
                }
                return entry
            }
        case .instrument(let id):
            changed.instruments[id] = status.map { InstrumentStatusEntry(status: $0) }
        }
        return changed
    }
}

/// Why a `REF=VALUE` change was refused.
public struct OverrideError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        var text = Substring(self)
        while text.first == set { text = text.dropFirst() }
        while text.last == set { text = text.dropLast() }
        return String(text)
    }
}
