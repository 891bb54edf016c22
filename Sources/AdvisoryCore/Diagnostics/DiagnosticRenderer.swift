/// Prints diagnostics as `path:line:col: error[PA102]: message`, then the source line and a caret.
public struct DiagnosticRenderer: Sendable {
    /// Whether to use ANSI colours (only on a terminal, never with NO_COLOR).
    public var color: Bool

    public init(color: Bool = false) { self.color = color }

    public func render(_ diagnostic: Diagnostic) -> String {
        var lines: [String] = []
        let severity = paint(
            diagnostic.severity.rawValue + "[\(diagnostic.code.rawValue)]",
            diagnostic.severity == .error ? "1;31" : "1;33")
        let prefix = diagnostic.location.map { "\($0): " } ?? ""
        lines.append("\(prefix)\(severity): \(paint(diagnostic.message, "1"))")
        if let location = diagnostic.location { lines += snippet(at: location) }
        for note in diagnostic.notes {
            let place = note.location.map { "\($0): " } ?? ""
            lines.append("  = note: \(place)\(note.message)")
        }
        if let help = diagnostic.help { lines.append("  = help: \(help)") }
        return lines.joined(separator: "\n")
    }

    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { render($0) + "\n" }.joined()
    }

    /// Longest source line shown whole; longer lines show a window around the column.
    static let maxSnippetWidth = 120

    /// The offending line with a caret under the column (nothing for a file without content,
    /// such as an empty file or a folder).
    private func snippet(at location: SourceLocation) -> [String] {
        guard !location.file.bytes.isEmpty, let line = location.file.line(location.mark.line) else { return [] }
        let number = String(location.mark.line)
        let gutter = String(repeating: " ", count: number.count)
        var scalars = Array(line.unicodeScalars)
        var caretColumn = max(0, location.mark.column - 1)
        var prefix = ""
        var suffix = ""
        if scalars.count > Self.maxSnippetWidth {
            let start = max(0, min(caretColumn - Self.maxSnippetWidth / 2, scalars.count - Self.maxSnippetWidth))
            let end = min(scalars.count, start + Self.maxSnippetWidth)
            if start > 0 { prefix = "…" }
            if end < scalars.count { suffix = "…" }
            scalars = Array(scalars[start..<end])
            caretColumn = caretColumn - start + (start > 0 ? 1 : 0)
        }
        let text = prefix + String(String.UnicodeScalarView(scalars)) + suffix
        let caretPad = String(text.unicodeScalars.prefix(caretColumn).map { $0 == "\t" ? "\t" : " " })
        return ["\(number) | \(text)", "\(gutter) | \(caretPad)\(paint("^", "1;32"))"]
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
