public import AdvisoryCore
import YAML

/// Writes profiles as YAML text that PolicyAdvisor reads back to the same values: scalars quoted
/// where a plain one would be read otherwise, numbers in their shortest exact form.
public enum ProfileYAML {
    /// A whole profile document: header comment lines, `country:`, then `indicators:`.
    public static func document(comments: [String], country: Country, values: [(id: String, value: IndicatorValue)])
        -> String
    {
        var lines = comments.map { "# " + $0 }
        lines += [
            "country:",
            "  code: \(string(country.code))",
            "  name: \(string(country.name))",
            "  year: \(country.year)",
            "indicators:",
        ]
        var text = lines.joined(separator: "\n") + "\n"
        for (id, value) in values { text += entry(id, value, indent: 2) }
        return text
    }

    /// One `indicators:` entry at `indent` spaces, ending with a line break: the short form when
    /// the value has no provenance, else the long form with the series' earlier points in one line.
    public static func entry(_ id: String, _ value: IndicatorValue, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        let earlier = value.series.filter { $0.year != value.year }
        guard value.year != nil || value.source != nil || value.stderr != nil || !earlier.isEmpty else {
            return pad + "\(id): \(scalar(value.value))\n"
        }
        var lines = ["\(id):", "  value: \(scalar(value.value))"]
        if let year = value.year { lines.append("  year: \(year)") }
        if let source = value.source { lines.append("  source: \(string(source))") }
        if let stderr = value.stderr { lines.append("  stderr: \(number(stderr))") }
        if !earlier.isEmpty {
            lines.append(
                "  series: {" + earlier.map { "\($0.year): \(number($0.value))" }.joined(separator: ", ") + "}")
        }
        return lines.map { pad + $0 + "\n" }.joined()
    }

    /// A typed value as a YAML scalar.
    public static func scalar(_ value: Value) -> String {
        switch value {
        case .number(let value): Self.number(value)
        case .bool(let flag): flag ? "true" : "false"
        case .category(let word): string(word)
        }
    }

    /// A finite number in its shortest exact form (`-0.41`, `2019`, `1e-07`).
    public static func number(_ value: Double) -> String { NumberFormat.plain(value) }

    /// A string: plain when it reads back as the same string in any YAML reader, else double-quoted.
    public static func string(_ text: String) -> String {
        let plainSafe =
            text.unicodeScalars.first.map { ("A"..."Z").contains($0) || ("a"..."z").contains($0) } ?? false
            && text.unicodeScalars.allSatisfy {
                ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_"
                    || $0 == "-" || $0 == "."
            }
            && CoreSchema.resolvePlain(text) == .string(text)
            && !yaml11Words.contains(text.lowercased())
        return plainSafe ? text : quoted(text)
    }

    /// Words other YAML readers take for booleans or nulls.
    private static let yaml11Words: Set<String> = ["y", "n", "yes", "no", "on", "off", "true", "false", "null"]

    /// A double-quoted scalar with YAML escapes.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\u{85}": out += "\\N"
            case "\u{2028}": out += "\\L"
            case "\u{2029}": out += "\\P"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\u{FEFF}" {
                    out += "\\x" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 2)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
