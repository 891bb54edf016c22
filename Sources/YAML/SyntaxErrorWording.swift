/// libyaml's syntax errors in words a rule author understands.
///
/// libyaml says "found character that cannot start any token" for a tab, and "did not find
/// expected key while parsing a block mapping" for a line indented one space too far. The
/// common slips get a sentence of their own, at the place to fix, with libyaml's text kept as
/// a note; any other error keeps libyaml's text.
enum SyntaxErrorWording {
    /// The error for libyaml's `problem` at `mark`, raised `context` (a structure that started
    /// at `start`).
    static func error(problem: String, at mark: Mark, context: String?, startedAt start: Mark?, in file: SourceFile)
        -> YAMLError
    {
        let original = problem + (context.map { " \($0)" } ?? "") + (start.map { " (started at \($0))" } ?? "")
        let libyaml = YAMLError.Note("libyaml: \(original)")
        let line = file.line(mark.line) ?? ""
        let tabAtMark = character(of: line, at: mark.column) == "\t"
        if tabAtMark || (problem.contains("tab") && line.unicodeScalars.contains("\t")) {
            return YAMLError(
                .syntax,
                "a tab character where YAML expects spaces (it indents with spaces only); replace the tab with spaces",
                at: Mark(line: mark.line, column: tabAtMark ? mark.column : firstTab(line)), notes: [libyaml])
        }
        if let slip = indentationSlip(problem, at: mark, context: context, startedAt: start, line: line, in: file) {
            return YAMLError(.syntax, slip.message, at: slip.mark, notes: slip.notes + [libyaml])
        }
        if problem == "mapping values are not allowed in this context",
            let colon = colonInValue(line, at: mark)
        {
            return YAMLError(.syntax, colon, at: mark, notes: [libyaml])
        }
        if problem.hasPrefix("found unexpected end of stream"), context == "while scanning a quoted scalar",
            let start
        {
            return YAMLError(
                .syntax, "this quoted text is never closed: add the closing quote", at: start, notes: [libyaml])
        }
        let flow: (open: String, close: String)? =
            switch context {
            case "while parsing a flow sequence": ("[", "]")
            case "while parsing a flow mapping": ("{", "}")
            default: nil
            }
        if let flow, let start {
            if colonFollowsValue(line, at: mark, flowStart: start) {
                return YAMLError(
                    .syntax,
                    "this ': ' inside a value reads as the start of another key; put the value before it in quotes",
                    at: mark, notes: [YAMLError.Note("in the '\(flow.open)' opened here", at: start), libyaml])
            }
            return YAMLError(
                .syntax,
                "the '\(flow.open)' opened here is not closed where expected: close it with '\(flow.close)', or quote the whole value if the '\(flow.open)' is text",
                at: start, notes: [YAMLError.Note("the structure breaks here", at: mark), libyaml])
        }
        return YAMLError(.syntax, original, at: mark)
    }

    /// A line whose indentation matches neither the structure it continues nor, often, the line
    /// above: libyaml reports it as a missing key or `-`, or as a colon where a plain value
    /// continues.
    private static func indentationSlip(
        _ problem: String, at mark: Mark, context: String?, startedAt start: Mark?, line: String, in file: SourceFile
    ) -> (message: String, mark: Mark, notes: [YAMLError.Note])? {
        let indent = indentation(of: line)
        guard let above = lineAbove(mark.line, in: file) else { return nil }
        let aboveIndent = indentation(of: above.text)
        // The line's own key is taken for more of the value above (its colon is the first on the line).
        let continuesValue =
            problem == "mapping values are not allowed in this context" && indent > aboveIndent
            && !String(line.unicodeScalars.prefix(max(0, mark.column - 1))).contains(": ")
        if continuesValue {
            return (
                "inconsistent indentation: this line is indented by \(spaces(indent)), the line above it by \(spaces(aboveIndent)), so YAML reads it as more of the value above; indent it as far as the key it belongs with",
                Mark(line: mark.line, column: indent + 1),
                [YAMLError.Note("the line above", at: Mark(line: above.number, column: aboveIndent + 1))]
            )
        }
        guard problem.hasPrefix("did not find expected"), let context, let start,
            context.hasPrefix("while parsing a block"), mark.column == indent + 1
        else { return nil }
        // A list's items may line up with the list, a line there that is no item ("- ") is a slip
        // too; a mapping's keys line up with the mapping.
        let isList = problem.hasPrefix("did not find expected '-'")
        guard indent != start.column - 1 || isList else { return nil }
        var message = "inconsistent indentation: this line is indented by \(spaces(indent))"
        if aboveIndent != indent { message += ", the line above it by \(spaces(aboveIndent))" }
        let structure =
            isList
            ? "the list this line continues starts here, with its items ('- ') indented by \(spaces(start.column - 1))"
            : "the mapping this line continues starts here, with its keys indented by \(spaces(start.column - 1))"
        return (message, mark, [YAMLError.Note(structure, at: start)])
    }

    /// "The value of 'title' contains ': '..." when the colon at `mark` follows a key and a
    /// plain value on the same line.
    private static func colonInValue(_ line: String, at mark: Mark) -> String? {
        let scalars = Array(line.unicodeScalars)
        let before = String(String.UnicodeScalarView(scalars.prefix(max(0, mark.column - 1))))
        guard let separator = before.firstRange(of: ": ") else { return nil }
        let key = trimmed(before[..<separator.lowerBound], [" ", "-"])
        let value = trimmed(line[separator.upperBound...], [" "])
        guard !key.isEmpty, let first = value.first, !"\"'{[|>&*!".contains(first) else { return nil }
        let quoted = value.contains("\"") ? "'\(value.replacing("'", with: "''"))'" : "\"\(value)\""
        return
            "the value of '\(key)' contains ': ', which YAML reads as the start of another key; put the value in quotes: \(key): \(quoted)"
    }

    /// `text` without the characters of `set` at either end.
    private static func trimmed(_ text: Substring, _ set: Set<Character>) -> String {
        String(text.drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }

    /// Whether the colon at `mark`, in braces or brackets opened on the same line, follows a
    /// key and its value (`{id: a, title: A: b}`).
    private static func colonFollowsValue(_ line: String, at mark: Mark, flowStart: Mark) -> Bool {
        guard flowStart.line == mark.line, character(of: line, at: mark.column) == ":" else { return false }
        let before = line.unicodeScalars.prefix(max(0, mark.column - 1))
        let item = before.split { $0 == "," || $0 == "{" || $0 == "[" }.last.map(String.init) ?? ""
        return item.contains(": ")
    }

    /// The nearest line above `number` that is neither blank nor a comment.
    private static func lineAbove(_ number: Int, in file: SourceFile) -> (number: Int, text: String)? {
        var index = number - 1
        while index >= 1, let text = file.line(index) {
            let content = text.drop { $0 == " " }
            if !content.isEmpty, !content.hasPrefix("#") { return (index, text) }
            index -= 1
        }
        return nil
    }

    private static func indentation(of line: String) -> Int {
        line.unicodeScalars.prefix { $0 == " " }.count
    }

    private static func spaces(_ count: Int) -> String {
        count == 1 ? "1 space" : "\(count) spaces"
    }

    private static func character(of line: String, at column: Int) -> Unicode.Scalar? {
        let scalars = line.unicodeScalars
        guard column >= 1, column <= scalars.count else { return nil }
        return scalars[scalars.index(scalars.startIndex, offsetBy: column - 1)]
    }

    private static func firstTab(_ line: String) -> Int {
        (line.unicodeScalars.firstIndex(of: "\t").map {
            line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: $0)
        } ?? 0) + 1
    }
}
