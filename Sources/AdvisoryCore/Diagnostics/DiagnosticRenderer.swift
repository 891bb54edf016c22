import YAML

/// Prints diagnostics as `path:line:col: error[PA102]: message`, then the source line and a caret.
/// Every text from the input (path, message, source line, notes) goes through ``TerminalText``.
///
/// A list shows at most ``maximumPerCode`` diagnostics of one code and severity, then one line
/// counting the rest (as compilers do): 20,000 unknown keys make 50 diagnostics and a count, not
/// 20,000 screens. Each source line is decoded once for all the diagnostics on it.
public struct DiagnosticRenderer: Sendable {
    /// Whether to use ANSI colours (only on a terminal, never with NO_COLOR).
    public var color: Bool
    /// The most diagnostics of one code and severity a list shows; nil for all.
    public var maximumPerCode: Int?

    /// The default of ``maximumPerCode``.
    public static let standardMaximumPerCode = 50

    public init(color: Bool = false, maximumPerCode: Int? = standardMaximumPerCode) {
        self.color = color
        self.maximumPerCode = maximumPerCode
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        var cache = LineCache()
        return render(diagnostic, cache: &cache)
    }

    /// Every diagnostic shown, each followed by a line break, then the counts of those not shown.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        renderBlocks(diagnostics).map { $0 + "\n" }.joined()
    }

    /// One block of lines per diagnostic shown (without a final line break), then one line per
    /// code with diagnostics not shown.
    public func renderBlocks(_ diagnostics: [Diagnostic]) -> [String] {
        var cache = LineCache()
        var shown: [Key: Int] = [:]
        var hidden: [Key: Int] = [:]
        var blocks: [String] = []
        for diagnostic in diagnostics {
            let key = Key(severity: diagnostic.severity, code: diagnostic.code)
            let count = shown[key, default: 0]
            if let maximumPerCode, count >= maximumPerCode {
                hidden[key, default: 0] += 1
                continue
            }
            shown[key] = count + 1
            blocks.append(render(diagnostic, cache: &cache))
        }
        for key in hidden.keys.sorted() {
            let count = hidden[key] ?? 0
            let label = "\(key.severity.rawValue)[\(key.code.rawValue)]"
            blocks.append(
                "note: \(count) more \(label) diagnostic\(count == 1 ? " is" : "s are") not shown "
                    + "(the first \(shown[key] ?? 0) are)")
        }
        return blocks
    }

    /// Longest source line shown whole; longer lines show a window around the column.
    static let maxSnippetWidth = 120

    private struct Key: Hashable, Comparable {
        var severity: Diagnostic.Severity
        var code: DiagnosticCode
        static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.code.rawValue, lhs.severity) < (rhs.code.rawValue, rhs.severity)
        }
    }

    /// The code points of the last source line shown, kept for the next diagnostic on it.
    private struct LineCache {
        var file: SourceFile?
        var number = 0
        var scalars: [Unicode.Scalar] = []

        mutating func line(_ number: Int, of file: SourceFile) -> [Unicode.Scalar]? {
            if self.file === file, self.number == number { return scalars }
            guard let text = file.line(number) else { return nil }
            self.file = file
            self.number = number
            scalars = Array(text.unicodeScalars)
            return scalars
        }
    }

    private func render(_ diagnostic: Diagnostic, cache: inout LineCache) -> String {
        var lines: [String] = []
        let severity = paint(
            diagnostic.severity.rawValue + "[\(diagnostic.code.rawValue)]",
            diagnostic.severity == .error ? "1;31" : "1;33")
        // Paths, messages and source lines carry text from the input: cleaned for the terminal.
        let clean = TerminalText.cleanLine
        let prefix = diagnostic.location.map { clean("\($0)") + ": " } ?? ""
        lines.append("\(prefix)\(severity): \(paint(clean(diagnostic.message), "1"))")
        if let location = diagnostic.location { lines += snippet(at: location, cache: &cache) }
        for note in diagnostic.notes {
            let place = note.location.map { "\($0): " } ?? ""
            lines.append("  = note: " + clean(place + note.message))
        }
        if let help = diagnostic.help { lines.append("  = help: " + clean(help)) }
        return lines.joined(separator: "\n")
    }

    /// The offending line with a caret under the column (nothing for a file without content,
    /// such as an empty file or a folder).
    private func snippet(at location: SourceLocation, cache: inout LineCache) -> [String] {
        guard !location.file.bytes.isEmpty, let line = cache.line(location.mark.line, of: location.file) else {
            return []
        }
        let number = String(location.mark.line)
        let gutter = String(repeating: " ", count: number.count)
        var window = line[...]
        var caretColumn = max(0, location.mark.column - 1)
        var prefix = ""
        var suffix = ""
        if line.count > Self.maxSnippetWidth {
            let start = max(0, min(caretColumn - Self.maxSnippetWidth / 2, line.count - Self.maxSnippetWidth))
            let end = min(line.count, start + Self.maxSnippetWidth)
            if start > 0 { prefix = "…" }
            if end < line.count { suffix = "…" }
            window = line[start..<end]
            caretColumn = caretColumn - start + (start > 0 ? 1 : 0)
        }
        let text = prefix + TerminalText.cleanLine(String(String.UnicodeScalarView(window))) + suffix
        let caretPad = String(text.unicodeScalars.prefix(caretColumn).map { $0 == "\t" ? "\t" : " " })
        return ["\(number) | \(text)", "\(gutter) | \(caretPad)\(paint("^", "1;32"))"]
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
