/// CSV writing (RFC 4180 quoting, LF line ends), and the cleaner of the CSV sink (``cell(_:)``).
public enum CSVText {
    /// One row as a CSV line (with its LF), quoted as ``write(_:)`` quotes it, without a
    /// writer per row.
    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\n"
    }

    /// A field quoted when it holds a quote, a comma, a CR or an LF (RFC 4180), quotes doubled.
    public static func field(_ value: String) -> String {
        let special = value.utf8.contains { byte in
            byte == UInt8(ascii: "\"") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\r")
                || byte == UInt8(ascii: "\n")
        }
        guard special else { return value }
        var quoted = "\""
        for character in value.unicodeScalars {
            if character == "\"" { quoted.unicodeScalars.append("\"") }
            quoted.unicodeScalars.append(character)
        }
        return quoted + "\""
    }

    /// The rows as CSV text (LF line ends).
    public static func write(_ rows: [[String]]) -> String {
        rows.map(line).joined()
    }

    /// A text cell from YAML or a table, safe in a spreadsheet and a terminal: a text that a
    /// spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, a tab or a
    /// carriage return) is prefixed with `'`, and control characters other than line breaks and
    /// tabs (and bidirectional overrides) become U+FFFD. Quoting is the writer's.
    public static func cell(_ text: String) -> String {
        let cleaned = TerminalText.clean(text, keepingLineBreaks: true)
        guard let first = cleaned.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else {
            return cleaned
        }
        return "'" + cleaned
    }
}
