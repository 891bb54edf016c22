import YAML

/// Decodes catalog entries (indicators, threats, priorities, strategies, instruments) strictly.
enum CatalogDecoder {
    static let indicatorKeys = [
        "id", "name", "description", "source", "url", "type", "range", "unit", "better",
        "stale_after_years", "values", "note", "context", "applies_if", "import", "stderr", "relative_stderr",
    ]
    static let threatKeys = ["id", "title", "description", "note"]
    static let priorityKeys = threatKeys
    static let strategyKeys = ["id", "priority", "title", "description", "addresses", "instruments", "note"]
    static let instrumentKeys = [
        "id", "title", "short", "kind", "adopted", "in_force", "parent", "url", "binding", "note", "open_to",
        "joining", "open_for_signature_until",
    ]

    static func indicator(_ node: Node, _ context: DecodingContext) -> Indicator? {
        guard let map = context.mapping(node, "an indicator") else { return nil }
        map.allowOnly(indicatorKeys)
        // Every key is decoded before giving up, so that one run reports every problem.
        let id = map.required("id").flatMap { context.identifier($0, "indicator id") }
        let kind = map.required("type")
            .flatMap { context.choice($0, "indicator type", Indicator.Kind.allCases.map(\.rawValue)) }
            .flatMap(Indicator.Kind.init)
        var indicator = Indicator(
            id: id ?? "", name: map.optional("name").flatMap { context.text($0, "'name'") },
            description: map.optional("description").flatMap { context.text($0, "'description'") },
            source: map.optional("source").flatMap { context.text($0, "'source'") },
            url: map.optional("url").flatMap { context.text($0, "'url'") },
            kind: kind ?? .number, range: nil, unit: map.optional("unit").flatMap { context.text($0, "'unit'") },
            better: nil, staleAfterYears: nil, values: [],
            note: map.optional("note").flatMap { context.text($0, "'note'") }, location: context.location(node))
        if let node = map.optional("stale_after_years") {
            indicator.staleAfterYears = nonNegative(node, "'stale_after_years'", context)
        }
        indicator.context = map.optional("context").flatMap { context.bool($0, "'context'") } ?? false
        indicator.appliesIf = map.optional("applies_if").flatMap { ConditionDecoder.decode($0, context: context) }
        indicator.importMapping = map.optional("import").flatMap {
            ImportMappingDecoder.decode($0, kind: kind, context: context)
        }
        guard let kind else { return nil }
        decodeKindSpecific(map, kind: kind, into: &indicator, context)
        return id == nil ? nil : indicator
    }

    /// `range` and `better` (numbers only) and `values` (categories only).
    private static func decodeKindSpecific(
        _ map: MappingView, kind: Indicator.Kind, into indicator: inout Indicator,
        _ context: DecodingContext
    ) {
        let numberOnly = ["range", "better", "stderr", "relative_stderr"]
        let categoryOnly = ["values"]
        for key in (kind == .number ? categoryOnly : kind == .category ? numberOnly : numberOnly + categoryOnly) {
            if let value = map[key] {
                context.error(.invalidValue, "'\(key)' does not apply to a \(kind.rawValue) indicator", at: value)
            }
        }
        if kind == .number {
            if let node = map.optional("range") { indicator.range = range(node, context) }
            if let node = map.optional("better") {
                indicator.better = context.choice(node, "'better'", Indicator.Better.allCases.map(\.rawValue)).flatMap(
                    Indicator.Better.init)
            }
            indicator.uncertainty = uncertainty(map, context)
        }
        if kind == .category {
            guard let valuesNode = map.required("values"), let items = context.sequence(valuesNode, "'values'") else {
                return
            }
            var seen: Set<String> = []
            var values: [String] = []
            for item in items {
                guard let value = context.identifier(item, "category value", allowPunctuation: true) else { continue }
                if !seen.insert(value).inserted {
                    context.error(.invalidValue, "category value '\(value)' is listed twice", at: item)
                }
                values.append(value)
            }
            indicator.values = values // once: each change rebuilds the value index
            if items.isEmpty {
                context.error(.invalidValue, "a category indicator needs at least one value", at: valuesNode)
            }
        }
    }

    /// `stderr` (absolute) or `relative_stderr` (a share of the value), each a finite number ≥ 0;
    /// not both.
    private static func uncertainty(_ map: MappingView, _ context: DecodingContext) -> Indicator.DefaultUncertainty? {
        let absolute = map.optional("stderr").flatMap { nonNegativeNumber($0, "'stderr'", context) }
        let relative = map.optional("relative_stderr").flatMap { nonNegativeNumber($0, "'relative_stderr'", context) }
        if let node = map.optional("relative_stderr"), map.optional("stderr") != nil {
            context.error(
                .invalidValue, "an indicator takes 'stderr' or 'relative_stderr', not both", at: node,
                help:
                    "keep 'stderr' for a standard error in the indicator's unit, 'relative_stderr' for a share of the value"
            )
            return nil
        }
        return absolute.map { .absolute($0) } ?? relative.map { .relative($0) }
    }

    private static func nonNegativeNumber(_ node: Node, _ what: String, _ context: DecodingContext) -> Double? {
        guard let value = context.number(node, what) else { return nil }
        guard value >= 0 else {
            context.error(.invalidValue, "\(what) must be 0 or more, found \(NumberFormat.plain(value))", at: node)
            return nil
        }
        return value
    }

    /// `in_force`: a year, or an explicit null for "not yet in force"; nil when absent.
    private static func entryIntoForce(_ map: MappingView, _ context: DecodingContext) -> Instrument.EntryIntoForce? {
        guard let node = map["in_force"] else { return nil }
        if case .scalar(let scalar, _) = node, scalar.resolved == .null { return .notYet }
        return context.integer(node, "'in_force' (a year, or null when not yet in force)").map { .year($0) }
    }

    /// A `YYYY-MM-DD` date.
    static func date(_ node: Node, _ what: String, _ context: DecodingContext) -> CalendarDate? {
        guard case .scalar(let scalar, _) = node, let date = CalendarDate(parsing: scalar.text) else {
            context.error(
                .invalidValue,
                "expected \(what) to be a date YYYY-MM-DD, found \(node.scalar.map { "'\($0.text)'" } ?? node.kindDescription)",
                at: node)
            return nil
        }
        return date
    }

    static func nonNegative(_ node: Node, _ what: String, _ context: DecodingContext) -> Int? {
        guard let value = context.integer(node, what) else { return nil }
        guard value >= 0 else {
            context.error(.invalidValue, "\(what) must be 0 or more, found \(value)", at: node)
            return nil
        }
        return value
    }

    private static func range(_ node: Node, _ context: DecodingContext) -> ClosedRange<Double>? {
        guard let items = context.sequence(node, "'range'") else { return nil }
        guard items.count == 2 else {
            context.error(.invalidRange, "'range' must be [min, max], found \(items.count) value(s)", at: node)
            return nil
        }
        guard let low = context.number(items[0], "the range minimum"),
            let high = context.number(items[1], "the range maximum")
        else {
            return nil
        }
        guard low < high else {
            context.error(
                .invalidRange,
                "'range' minimum \(NumberFormat.plain(low)) must be below its maximum \(NumberFormat.plain(high))",
                at: node)
            return nil
        }
        return low...high
    }

    static func threat(_ node: Node, _ context: DecodingContext) -> Threat? {
        titled(node, "threat", context).map {
            Threat(
                id: $0.id, title: $0.title, titles: $0.titles, description: $0.description, note: $0.note,
                location: $0.location)
        }
    }

    static func priority(_ node: Node, _ context: DecodingContext) -> Priority? {
        titled(node, "priority", context).map {
            Priority(
                id: $0.id, title: $0.title, titles: $0.titles, description: $0.description, note: $0.note,
                location: $0.location)
        }
    }

    /// The fields threats and priorities share: id, title, description, note. Every key is
    /// decoded before giving up, so that each problem is reported.
    private static func titled(_ node: Node, _ kind: String, _ context: DecodingContext)
        -> (
            id: String, title: String, titles: Translations, description: String?, note: String?,
            location: SourceLocation
        )?
    {
        guard let map = context.mapping(node, "a \(kind)") else { return nil }
        map.allowOnly(threatKeys)
        let id = map.required("id").flatMap { context.identifier($0, "\(kind) id", allowPunctuation: true) }
        let title = map.required("title").flatMap { LocalizedTextDecoder.decode($0, "'title'", context) }
        let description = map.optional("description").flatMap { context.text($0, "'description'") }
        let note = map.optional("note").flatMap { context.text($0, "'note'") }
        guard let id, let title else { return nil }
        return (id, title.0, title.1, description, note, context.location(node))
    }

    static func strategy(_ node: Node, _ context: DecodingContext) -> Strategy? {
        guard let map = context.mapping(node, "a strategy") else { return nil }
        map.allowOnly(strategyKeys)
        let id = map.required("id").flatMap { context.identifier($0, "strategy id", allowPunctuation: true) }
        let priority = map.required("priority").flatMap { node in
            context.identifier(node, "priority id", allowPunctuation: true).map {
                Located($0, at: context.location(node))
            }
        }
        let title = map.required("title").flatMap { LocalizedTextDecoder.decode($0, "'title'", context) }
        let description = map.optional("description").flatMap { context.text($0, "'description'") }
        let addresses = map.optional("addresses").map { context.identifierList($0, "threat id") } ?? []
        let instruments = map.optional("instruments").map { context.identifierList($0, "instrument id") } ?? []
        let note = map.optional("note").flatMap { context.text($0, "'note'") }
        guard let id, let priority, let title else { return nil }
        return Strategy(
            id: id, priority: priority, title: title.0, titles: title.1, description: description, addresses: addresses,
            instruments: instruments, note: note, location: context.location(node))
    }

    static func instrument(_ node: Node, _ context: DecodingContext) -> Instrument? {
        guard let map = context.mapping(node, "an instrument") else { return nil }
        map.allowOnly(instrumentKeys)
        let id = map.required("id").flatMap { context.identifier($0, "instrument id") }
        let title = map.required("title").flatMap { LocalizedTextDecoder.decode($0, "'title'", context) }
        let kindName = map.required("kind").flatMap {
            context.choice($0, "instrument kind", Instrument.Kind.allCases.map(\.rawValue))
        }
        let parent = map.optional("parent").flatMap { node in
            context.identifier(node, "instrument id").map { Located($0, at: context.location(node)) }
        }
        let short = map.optional("short").flatMap { LocalizedTextDecoder.decode($0, "'short'", context) }
        let adopted = map.optional("adopted").flatMap { context.integer($0, "'adopted' (a year)") }
        var inForce = entryIntoForce(map, context)
        let url = map.optional("url").flatMap { context.text($0, "'url'") }
        let binding = map.optional("binding").flatMap { context.bool($0, "'binding'") }
        let openTo = map.optional("open_to").flatMap { ConditionDecoder.decode($0, context: context) }
        let joining = map.optional("joining").flatMap {
            context.choice($0, "joining mode", Instrument.Joining.allCases.map(\.rawValue))
        }.flatMap(Instrument.Joining.init)
        let signatureNode = map.optional("open_for_signature_until")
        let signatureUntil = signatureNode.flatMap { node in
            date(node, "'open_for_signature_until'", context).map { Located($0, at: context.location(node)) }
        }
        let note = map.optional("note").flatMap { context.text($0, "'note'") }
        guard let id, let title, let kindName, let kind = Instrument.Kind(rawValue: kindName) else { return nil }
        if !kind.isTreatyLike {
            // A resolution, standard or guidance does not enter into force: `in_force: null` on
            // one says nothing.
            if inForce == .notYet { inForce = nil }
            // Only States' treaties are joined or signed; on a resolution or a standard these
            // keys would silently do nothing.
            for key in ["joining", "open_for_signature_until"] {
                if let node = map[key] {
                    context.error(
                        .invalidValue,
                        "'\(key)' does not apply to a \(kind.rawValue); only treaties and protocols are joined",
                        at: node)
                }
            }
        }
        var instrument = Instrument(
            id: id, title: title.0, short: short?.0, kind: kind, adopted: adopted, inForce: inForce, parent: parent,
            url: url, binding: binding, openTo: openTo, joining: joining, openForSignatureUntil: signatureUntil,
            note: note, location: context.location(node))
        instrument.titles = title.1
        instrument.shorts = short?.1 ?? Translations()
        return instrument
    }
}
