import Mustache

/// Escapes text from YAML for GitHub-flavoured Markdown, so that it reads as the same text
/// and can never break a table, start a list or heading, or become a link, emphasis or raw HTML.
///
/// Line breaks become spaces (a table row is one line); `|` and the characters that open
/// Markdown constructs get a backslash, which CommonMark removes when rendering. A text may
/// stand at the start of a line, so `#`, `-`, `+`, `=`, `>` and `<` are escaped there (and `<`
/// and `>` alike, so that "\\<= 4" and "\\>= 6" read the same). Characters that cannot open
/// anything where they stand (`<` before a space, `_` inside a word, `&` not followed by a
/// name) are left as they are elsewhere, so that the Markdown source stays readable.
public enum MarkdownEscaping {
    public static func escape(_ text: String) -> String {
        // Most values (ids, numbers, plain words) hold nothing to escape.
        guard text.utf8.contains(where: mayNeedEscaping) else { return text }
        let characters = Array(text)
        var result = ""
        result.reserveCapacity(characters.count)
        for (index, character) in characters.enumerated() {
            let previous = index > 0 ? characters[index - 1] : nil
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            switch character {
            case "\n", "\r", "\r\n", "\u{2028}", "\u{2029}":
                if result.last != " " { result.append(" ") }
            case "\\", "`", "*", "[", "]", "|", "~":
                result += "\\" + String(character)
            case "<":
                // Raw HTML and autolinks start with '<' followed by a letter, '/', '!' or '?'. At
                // the start, '<' is escaped as '>' is, so that "<= 4" and ">= 6" read alike.
                if result.isEmpty {
                    result += "\\<"
                } else if let next, next.isLetter || next == "/" || next == "!" || next == "?" {
                    result += "\\<"
                } else {
                    result.append("<")
                }
            case "&":
                // An entity reference: '&' followed by a name or '#'.
                if let next, next.isLetter || next == "#" { result += "\\&" } else { result.append("&") }
            case "_":
                // Emphasis with '_' needs a word boundary on one side.
                if isWordCharacter(previous), isWordCharacter(next) { result.append("_") } else { result += "\\_" }
            case "#", "-", "+", "=", ">":
                // Only at the start of a line: headings, list items, setext underlines, quotes.
                if result.isEmpty { result += "\\" + String(character) } else { result.append(character) }
            default:
                result.append(character)
            }
        }
        return result
    }

    /// The bytes that can start something `escape` changes: the ASCII characters it handles,
    /// and 0xE2, the first byte of U+2028 and U+2029.
    private static func mayNeedEscaping(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x0A, 0x0D, 0x5C, 0x60, 0x2A, 0x5B, 0x5D, 0x7C, 0x7E, 0x3C, 0x26, 0x5F, 0x23, 0x2D, 0x2B, 0x3D, 0x3E, 0xE2:
            true
        default: false
        }
    }

    private static func isWordCharacter(_ character: Character?) -> Bool {
        guard let character else { return false }
        return character.isLetter || character.isNumber
    }
}

/// The `MARKDOWN` content type of the template engine: `{{name}}` is escaped with
/// ``MarkdownEscaping/escape(_:)`` instead of HTML escaping.
struct MarkdownContentType: MustacheContentType {
    static let name = "MARKDOWN"

    /// Registers the content type once, before the first Markdown template is parsed.
    static let registered: Void = {
        MustacheContentTypes.register(MarkdownContentType(), named: MarkdownContentType.name)
    }()

    func escapeText(_ text: String) -> String { MarkdownEscaping.escape(text) }
}
