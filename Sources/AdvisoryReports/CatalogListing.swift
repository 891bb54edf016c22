import AdvisoryCore

/// The catalogs of a ruleset as an adviser browses them (`advisor list`).
public struct CatalogListing: Sendable {
    /// One catalog entry: id, title and the facts worth a column.
    public struct Entry: Encodable, Sendable {
        public var id: String
        public var title: String
        public var details: [String: String]
        public var links: [String: [String]]
    }

    public let ruleset: Ruleset

    public init(ruleset: Ruleset) { self.ruleset = ruleset }

    public func entries(_ catalog: String) -> [Entry] {
        switch catalog {
        case "threats":
            // Grouped once: a search per threat was quadratic in the size of the ruleset.
            var rules: [String: [String]] = [:]
            for rule in ruleset.rules {
                for threat in Set(rule.threats.map(\.id.value)) { rules[threat, default: []].append(rule.id) }
            }
            // Rule ids sorted, as in reports (ruleset order depends on file names and positions).
            return ruleset.threats.map { threat in
                Entry(
                    id: threat.id, title: threat.title, details: [:],
                    links: ["rules": (rules[threat.id] ?? []).sorted()])
            }
        case "priorities":
            var strategies: [String: [String]] = [:]
            for strategy in ruleset.strategies { strategies[strategy.priority.value, default: []].append(strategy.id) }
            return ruleset.priorities.map { priority in
                Entry(
                    id: priority.id, title: priority.title, details: [:],
                    links: ["strategies": (strategies[priority.id] ?? []).sorted()])
            }
        case "strategies":
            return ruleset.strategies.map { strategy in
                Entry(
                    id: strategy.id, title: strategy.title, details: ["priority": strategy.priority.value],
                    links: [
                        "addresses": strategy.addresses.map(\.value), "instruments": strategy.instruments.map(\.value),
                    ])
            }
        case "instruments":
            return ruleset.instruments.map { instrument in
                var details = ["kind": instrument.kind.rawValue]
                details["short"] = instrument.short
                details["adopted"] = instrument.adopted.map(String.init)
                details["in_force"] = instrument.inForce.map {
                    switch $0 {
                    case .year(let year): String(year)
                    case .notYet: "not yet in force"
                    }
                }
                details["parent"] = instrument.parent?.value
                if instrument.kind.isTreatyLike { details["joining"] = instrument.joiningMode.rawValue }
                details["open_for_signature_until"] = instrument.openForSignatureUntil?.value.description
                details["open_to"] = instrument.openTo.map(ConditionText.render)
                return Entry(id: instrument.id, title: instrument.title, details: details, links: [:])
            }
        case "indicators":
            return ruleset.indicators.map { indicator in
                var details = ["type": indicator.kind.rawValue]
                details["applies_if"] = indicator.appliesIf.map(ConditionText.render)
                if indicator.context { details["context"] = "true" }
                details["source"] = indicator.source
                details["unit"] = indicator.unit
                details["better"] = indicator.better?.rawValue
                details["range"] = indicator.range.map {
                    "[\(NumberFormat.plain($0.lowerBound)), \(NumberFormat.plain($0.upperBound))]"
                }
                if indicator.kind == .category { details["values"] = indicator.values.joined(separator: ", ") }
                return Entry(id: indicator.id, title: indicator.displayName, details: details, links: [:])
            }
        default:
            return ruleset.rules.map { rule in
                Entry(
                    id: rule.id, title: rule.title ?? "", details: ["confidence": NumberFormat.plain(rule.confidence)],
                    links: [
                        "threats": rule.threats.map(\.id.value), "strategies": rule.strategies.map(\.value),
                        "instruments": rule.instruments.map(\.value),
                    ])
            }
        }
    }

    /// Aligned text: id, title, then the details and links on an indented line; text from the
    /// ruleset is cleaned for the terminal.
    public static func text(_ entries: [Entry]) -> String {
        let entries = entries.map { entry in
            Entry(
                id: TerminalText.clean(entry.id), title: TerminalText.clean(entry.title),
                details: entry.details.mapValues(TerminalText.clean),
                links: entry.links.mapValues { $0.map(TerminalText.clean) })
        }
        let width = min(40, entries.map(\.id.count).max() ?? 0)
        var out: [String] = []
        for entry in entries {
            out.append(
                entry.id.padding(toLength: max(width, entry.id.count), withPad: " ", startingAt: 0) + "  " + entry.title
            )
            let facts =
                entry.details.keys.sorted().compactMap { key in entry.details[key].map { "\(key): \($0)" } }
                + entry.links.keys.sorted().compactMap { key in
                    guard let ids = entry.links[key], !ids.isEmpty else { return nil }
                    return "\(key): \(ids.joined(separator: ", "))"
                }
            if !facts.isEmpty { out.append(String(repeating: " ", count: width + 2) + facts.joined(separator: "; ")) }
        }
        out.append("\(entries.count) entr\(entries.count == 1 ? "y" : "ies")")
        return out.joined(separator: "\n") + "\n"
    }
}
