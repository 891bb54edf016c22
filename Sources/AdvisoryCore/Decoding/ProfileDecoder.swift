import YAML

/// Decodes a country profile against a ruleset: values typed by their indicator, statuses
/// checked, unknown indicators and instruments warned about with "did you mean".
public enum ProfileDecoder {
    public static let topKeys = ["country", "indicators", "instruments"]
    public static let countryKeys = ["code", "name", "year", "note"]
    public static let valueKeys = ["value", "year", "source", "stderr", "series", "note"]
    public static let statusKeys = ["status", "since", "note"]

    /// Reads and decodes the profile at `path`. The profile is nil when any error was found.
    public static func load(_ path: String, ruleset: Ruleset) -> (Profile?, [Diagnostic]) {
        switch SourceReader.load(path) {
        case .failure(let diagnostic): return (nil, [diagnostic])
        case .success(let (file, node)):
            let context = DecodingContext(file: file)
            let profile = decode(node, ruleset: ruleset, context: context)
            return (context.diagnostics.hasErrors ? nil : profile, context.diagnostics)
        }
    }

    /// Decodes a profile document (also used for inline profiles in rule tests). The profile's
    /// content hash is `contentHash`, else the SHA-256 of the file's bytes.
    public static func decode(_ node: Node, ruleset: Ruleset, context: DecodingContext, contentHash: String? = nil)
        -> Profile?
    {
        guard let map = context.mapping(node, "a profile") else { return nil }
        map.allowOnly(topKeys)
        let country = map.required("country").flatMap { decodeCountry($0, context) }
        var indicators: [String: IndicatorValue] = [:]
        if let node = map.optional("indicators"), let values = context.mapping(node, "'indicators'") {
            for entry in values.entries {
                if let value = indicatorValue(entry, ruleset: ruleset, context: context) {
                    indicators[entry.key] = value
                }
            }
        }
        var instruments: [String: InstrumentStatusEntry] = [:]
        if let node = map.optional("instruments"), let statuses = context.mapping(node, "'instruments'") {
            for entry in statuses.entries {
                if let status = statusEntry(entry, ruleset: ruleset, context: context) {
                    instruments[entry.key] = status
                }
            }
        }
        guard let country else { return nil }
        return Profile(
            path: context.file.path, country: country, indicators: indicators, instruments: instruments,
            contentHash: contentHash ?? SHA256.hex(context.file.bytes))
    }

    static func decodeCountry(_ node: Node, _ context: DecodingContext) -> Country? {
        guard let map = context.mapping(node, "'country'") else { return nil }
        map.allowOnly(countryKeys)
        guard let code = map.required("code").flatMap({ context.string($0, "'country.code'") }),
            let name = map.required("name").flatMap({ context.text($0, "'country.name'") }),
            let year = map.required("year").flatMap({ context.integer($0, "'country.year'") })
        else { return nil }
        return Country(code: code, name: name, year: year)
    }

    /// One `indicators:` entry: short form (a scalar) or long form (`{value, year, source, stderr,
    /// series}`). A null value means "no value" and is skipped.
    public static func indicatorValue(_ entry: MappingView.Entry, ruleset: Ruleset, context: DecodingContext)
        -> IndicatorValue?
    {
        guard let indicator = ruleset.indicator(entry.key) else {
            // An indicator the ruleset may define where it could not be read is not a typo.
            if ruleset.unread.mayDefine(.indicators, entry.key) { return nil }
            context.warning(
                .unknownProfileIndicator, "'\(entry.key)' is not an indicator of this ruleset; its value is ignored",
                at: entry.keyNode, help: Suggestion.help(for: entry.key, in: ruleset.indicators.map(\.id)))
            return nil
        }
        var valueNode = entry.value
        var result = IndicatorValue(value: .bool(false), location: context.location(entry.keyNode))
        if case .mapping = entry.value, let map = context.mapping(entry.value, "the value of '\(entry.key)'") {
            map.allowOnly(valueKeys)
            result.year = map.optional("year").flatMap { context.integer($0, "'year'") }
            result.source = map.optional("source").flatMap { context.text($0, "'source'") }
            if let node = map.optional("stderr"), let stderr = context.number(node, "'stderr'") {
                if stderr < 0 {
                    context.error(.invalidValue, "'stderr' must be 0 or more", at: node)
                } else if indicator.kind != .number {
                    context.warning(
                        .uncertaintyNotANumber,
                        "'\(entry.key)' is a \(indicator.kind.rawValue) indicator: its value is taken as certain and 'stderr' is ignored",
                        at: node, help: "a standard error applies to number indicators only; remove it")
                } else {
                    result.stderr = stderr
                }
            }
            if let node = map["series"] {
                result.series = SeriesDecoder.points(node, of: indicator, context: context)
            }
            guard let node = map["value"] ?? (map["series"] == nil ? map.required("value") : nil) else {
                // A series alone: its latest point (or the point of `year`) is the value.
                return SeriesDecoder.valueFromSeries(
                    result, of: indicator, seriesNode: map["series"], yearNode: map["year"], context: context)
            }
            valueNode = node
        }
        guard case .scalar(let scalar, _) = valueNode else {
            context.error(
                .profileValueType, "expected a value for '\(entry.key)', found \(valueNode.kindDescription)",
                at: valueNode)
            return nil
        }
        if scalar.resolved == .null { return nil }
        switch ValueConversion.value(scalar.resolved, for: indicator) {
        case .success(let value):
            result.value = value
            return SeriesDecoder.includeValue(result, valueNode: valueNode, context: context)
        case .failure(let failure):
            context.error(failure.code, failure.message, at: valueNode, help: failure.help)
            return nil
        }
    }

    /// One `instruments:` entry: a status word or `{status, since}`.
    public static func statusEntry(_ entry: MappingView.Entry, ruleset: Ruleset, context: DecodingContext)
        -> InstrumentStatusEntry?
    {
        guard ruleset.instrument(entry.key) != nil else {
            if ruleset.unread.mayDefine(.instruments, entry.key) { return nil }
            context.warning(
                .unknownProfileInstrument, "'\(entry.key)' is not an instrument of this ruleset; its status is ignored",
                at: entry.keyNode, help: Suggestion.help(for: entry.key, in: ruleset.instruments.map(\.id)))
            return nil
        }
        var statusNode = entry.value
        var since: Int?
        if case .mapping = entry.value, let map = context.mapping(entry.value, "the status of '\(entry.key)'") {
            map.allowOnly(statusKeys)
            guard let node = map.required("status") else { return nil }
            statusNode = node
            since = map.optional("since").flatMap { context.integer($0, "'since' (a year)") }
        }
        if case .scalar(let scalar, _) = statusNode, scalar.resolved == .null { return nil }
        guard let word = context.string(statusNode, "the status of '\(entry.key)'") else { return nil }
        switch ValueConversion.status(word) {
        case .success(let status):
            if status == .signatory, let instrument = ruleset.instrument(entry.key), instrument.kind.isTreatyLike,
                instrument.joiningMode != .accession, instrument.openForSignatureUntil == nil
            {
                let mode = instrument.joiningMode.rawValue
                context.warning(
                    .impossibleStatus,
                    "'\(entry.key)' is joined by \(mode), without signature, so a State cannot be its signatory",
                    at: statusNode,
                    help: "write party if the State has completed \(mode), else none")
            }
            return InstrumentStatusEntry(status: status, since: since, location: context.location(entry.keyNode))
        case .failure(let failure):
            context.error(.unknownInstrumentStatus, failure.message, at: statusNode, help: failure.help)
            return nil
        }
    }
}
