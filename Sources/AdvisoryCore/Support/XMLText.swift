/// The cleaner of the XML sink (JUnit files): markup characters escaped, and characters XML 1.0
/// does not allow (most controls, such as ESC) replaced by U+FFFD.
public enum XMLText {
    /// Escapes character data: `&`, `<`, `>`, and characters XML 1.0 does not allow.
    public static func text(_ value: String) -> String {
        escape(value, inAttribute: false)
    }

    /// Escapes an attribute value: also quotes, and line breaks and tabs (kept as references
    /// so that parsers do not normalise them to spaces).
    public static func attribute(_ value: String) -> String {
        escape(value, inAttribute: true)
    }

    static func escape(_ value: String, inAttribute: Bool) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(value.unicodeScalars.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where inAttribute: out += "&quot;"
            case "'" where inAttribute: out += "&apos;"
            case "\n" where inAttribute: out += "&#10;"
            case "\r": out += "&#13;"
            case "\t" where inAttribute: out += "&#9;"
            default:
                out.unicodeScalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return out
    }

    /// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
