/// The cleaner of the terminal sink: text from YAML, CSV or the command line on its way to a
/// terminal, where a control character could move the cursor, clear the screen, recolour it or
/// retitle the window (`\e[2J`, `\e]0;…\a`), and a bidirectional override could reorder what is
/// shown. Used by every text renderer and by the diagnostic printer.
///
/// Control characters (C0, DEL, C1) and the bidirectional overrides and isolates (U+202A–U+202E,
/// U+2066–U+2069) become U+FFFD; line breaks (and U+2028, U+2029) and tabs become spaces, or are
/// kept where a block of lines is expected.
public enum TerminalText {
    /// `text` on one line: line breaks and tabs become spaces, other controls U+FFFD.
    public static func clean(_ text: String) -> String { clean(text, keepingLineBreaks: false) }

    /// Control characters become U+FFFD; line breaks and tabs are kept when `keepingLineBreaks`.
    public static func clean(_ text: String, keepingLineBreaks: Bool) -> String {
        guard text.unicodeScalars.contains(where: needsCleaning) else { return text }
        var result = ""
        for character in text {
            if character.isNewline || character == "\t" {
                result.append(keepingLineBreaks ? character : " ")
            } else if character.unicodeScalars.contains(where: needsCleaning) {
                result.append("\u{FFFD}")
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// One line of a diagnostic (its message, a note, the source line under it), code point by
    /// code point so that columns still line up with the caret: tabs stay, a line break becomes
    /// a space, any other offending code point one U+FFFD.
    public static func cleanLine(_ line: String) -> String {
        guard line.unicodeScalars.contains(where: needsCleaning) else { return line }
        var result = String.UnicodeScalarView()
        for scalar in line.unicodeScalars {
            switch scalar {
            case "\t": result.append(scalar)
            case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": result.append(" ")
            default: result.append(needsCleaning(scalar) ? "\u{FFFD}" : scalar)
            }
        }
        return String(result)
    }

    static func needsCleaning(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || (0x202A...0x202E).contains(scalar.value)
            || (0x2066...0x2069).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
    }
}
