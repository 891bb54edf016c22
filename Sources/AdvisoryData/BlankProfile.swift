public import AdvisoryCore

/// Writes a profile to fill in (`advisor new profile`): every indicator of the ruleset as an
/// empty entry under a comment that says what it is (name, source, type, range, unit, direction,
/// where it is published), and every instrument with its status left empty. Empty values are
/// missing, so the file is a valid profile as it stands and after any part of it is filled.
public enum BlankProfile {
    /// Comment lines are wrapped to this width.
    static let width = 100

    public static func text(country: Country, ruleset: Ruleset) -> String {
        let header = ruleset.header
        var out = comment(
            "Profile of \(country.name) (\(country.code)) for the ruleset \(header.id) \(header.version), assessment year \(country.year). Fill in each value you have after its colon: the short form (wgi_rule_of_law: -1.21) or the long form ({value: -1.21, year: 2023, source: \"...\"}). An empty value is missing; the rules that need it are reported as data gaps.",
            indent: 0)
        out += "country:\n"
        out += "  code: \(ProfileYAML.string(country.code))\n"
        out += "  name: \(ProfileYAML.string(country.name))\n"
        out += "  year: \(country.year)\n"
        out += "indicators:\n"
        let trends = trendYears(ruleset)
        for indicator in ruleset.indicators {
            var text = describe(indicator)
            if let years = trends[indicator.id] {
                text +=
                    " Rules read its trend over \(years) years: give the earlier years too, {value: ..., year: ..., series: {YEAR: VALUE, ...}}."
            }
            out += comment(text, indent: 2)
            out += "  \(indicator.id):\n"
        }
        out += "instruments:\n"
        out += comment(
            "Status: party, signatory, none or withdrawn, or {status: party, since: 2006}. Empty: unknown (the advice is to verify it).",
            indent: 2)
        for instrument in ruleset.instruments {
            let short = instrument.short.map { " (\($0))" } ?? ""
            var facts = [instrument.kind.rawValue]
            if let parent = instrument.parent { facts.append("under \(parent.value)") }
            if let joining = instrument.joining { facts.append("joined by \(joining.rawValue)") }
            out += comment("\(instrument.title)\(short): \(facts.joined(separator: ", ")).", indent: 2)
            out += "  \(instrument.id):\n"
        }
        return out
    }

    /// Per indicator, the longest window over which a rule reads its trend.
    static func trendYears(_ ruleset: Ruleset) -> [String: Int] {
        var years: [String: Int] = [:]
        for leaf in ruleset.rules.flatMap(\.condition.leaves) {
            guard case .indicator(let id) = leaf.reference else { continue }
            switch leaf.measure {
            case .change(let window), .slope(let window): years[id] = max(years[id] ?? 0, window)
            case .value, .arithmetic: break
            }
        }
        return years
    }

    /// What an adviser needs to know to find and write an indicator's value.
    static func describe(_ indicator: Indicator) -> String {
        var sentences = [indicator.displayName + (indicator.source.map { ". Source: \($0)" } ?? "")]
        var kind: String
        switch indicator.kind {
        case .number:
            kind = "A number"
            if let range = indicator.range {
                kind += " from \(NumberFormat.plain(range.lowerBound)) to \(NumberFormat.plain(range.upperBound))"
            }
            if let unit = indicator.unit { kind += " (\(unit))" }
            if let better = indicator.better { kind += "; \(better.rawValue) is better" }
        case .boolean: kind = "true or false"
        case .category: kind = "One of: " + indicator.values.joined(separator: ", ")
        }
        sentences.append(kind)
        if let mapping = indicator.importMapping {
            if let formula = mapping.formula {
                sentences.append("Derived from published series: \(formula)")
            } else {
                sentences.append("Published as " + mapping.series.joined(separator: " or "))
            }
        }
        if let years = indicator.staleAfterYears { sentences.append("Stale after \(years) years") }
        if let condition = indicator.appliesIf {
            sentences.append("Applies only where \(ConditionText.render(condition))")
        }
        return sentences.joined(separator: ". ") + "."
    }

    /// A comment wrapped to `width`, one line of text per line of comment; line breaks and
    /// control characters in catalog texts become spaces, so a comment cannot end early.
    static func comment(_ text: String, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent) + "# "
        let flat = String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F || $0.properties.isWhitespace ? " " : $0 }
            ))
        var lines: [String] = []
        var line = ""
        for word in flat.split(separator: " ") {
            if !line.isEmpty, pad.count + line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.map { pad + $0 + "\n" }.joined()
    }
}
