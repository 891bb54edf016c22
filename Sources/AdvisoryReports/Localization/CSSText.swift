/// Text from data made safe inside a CSS string literal (a print header in a `<style>`
/// element, where HTML escaping does not apply).
enum CSSText {
    /// `text` as a quoted CSS string: every ASCII character other than a letter, a digit or a
    /// space, and every control, format or separator character, is written as a 6-digit hex
    /// escape, so no quote, backslash, `<` or line break from data can end the string or the
    /// style element.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            let asciiSafe =
                scalar.isASCII
                && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                    || scalar == " ")
            let category = scalar.properties.generalCategory
            let unsafe =
                (scalar.isASCII && !asciiSafe)
                || [.control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .unassigned, .surrogate]
                    .contains(category)
            if unsafe {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\" + String(repeating: "0", count: max(0, 6 - hex.count)) + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
