/// Builds WordprocessingML fragments (the XML of word/document.xml): paragraphs in named
/// styles, runs, and tables. Every text is escaped for XML, and characters XML 1.0 cannot
/// carry are dropped, so no text from a ruleset or profile can break the document.
struct WordML {
    /// The document body built so far.
    private(set) var body = ""

    /// A text run: plain, bold or italic; line breaks become `<w:br/>`.
    struct Run {
        var text: String
        var bold = false
        var italic = false
        var code = false
        var color: String?

        static func plain(_ text: String) -> Run { Run(text: text) }
        static func bold(_ text: String) -> Run { Run(text: text, bold: true) }
        static func italic(_ text: String) -> Run { Run(text: text, italic: true) }
        static func code(_ text: String) -> Run { Run(text: text, code: true) }

        var xml: String {
            var properties = ""
            if code { properties += "<w:rStyle w:val=\"Code\"/>" }
            if bold { properties += "<w:b/>" }
            if italic { properties += "<w:i/>" }
            if let color { properties += "<w:color w:val=\"\(color)\"/>" }
            let head = "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>")
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
                "<w:t xml:space=\"preserve\">\(WordML.escape(String($0)))</w:t>"
            }
            return head + lines.joined(separator: "<w:br/>") + "</w:r>"
        }
    }

    /// A paragraph in `style` (a style id of styles.xml, nil for Normal).
    static func paragraph(_ runs: [Run], style: String? = nil, keepWithNext: Bool = false) -> String {
        var properties = ""
        if let style { properties += "<w:pStyle w:val=\"\(style)\"/>" }
        if keepWithNext { properties += "<w:keepNext/>" }
        return "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>")
            + runs.map(\.xml).joined() + "</w:p>"
    }

    mutating func paragraph(_ text: String, style: String? = nil) {
        body += Self.paragraph([.plain(text)], style: style)
    }

    mutating func paragraph(_ runs: [Run], style: String? = nil) {
        body += Self.paragraph(runs, style: style)
    }

    /// A heading: `Heading1`…`Heading3`, so Word's navigation pane and table of contents see it.
    mutating func heading(_ text: String, level: Int) {
        body += Self.paragraph([.plain(text)], style: "Heading\(min(max(level, 1), 3))")
    }

    /// A bulleted item (the `ListBullet` style draws the bullet).
    mutating func bullet(_ runs: [Run]) {
        body += Self.paragraph(runs, style: "ListBullet")
    }

    /// A table with a header row repeated on each page. `widths` are the columns' shares of
    /// the text width (they need not add up to anything); cells are lists of paragraphs' runs.
    mutating func table(header: [String], widths: [Int], rows: [[[Run]]], numeric: Set<Int> = []) {
        let total = max(widths.reduce(0, +), 1)
        let twips = widths.map { $0 * Self.textWidth / total }
        var xml = "<w:tbl><w:tblPr><w:tblStyle w:val=\"ReportTable\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>"
        xml += "<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\""
        xml += " w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>"
        xml += twips.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        let headerCells = header.enumerated().map { index, text in
            Self.cell([.bold(text)], width: twips[safe: index], right: numeric.contains(index))
        }
        xml += "<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>" + headerCells.joined() + "</w:tr>"
        for row in rows {
            let cells = row.enumerated().map { index, runs in
                Self.cell(runs, width: twips[safe: index], right: numeric.contains(index))
            }
            xml += "<w:tr>" + cells.joined() + "</w:tr>"
        }
        body += xml + "</w:tbl>" + Self.paragraph([], style: "TableGap")
    }

    private static func cell(_ runs: [Run], width: Int?, right: Bool) -> String {
        let width = width.map { "<w:tcW w:w=\"\($0)\" w:type=\"dxa\"/>" } ?? ""
        let alignment = right ? "<w:jc w:val=\"right\"/>" : ""
        return "<w:tc><w:tcPr>\(width)</w:tcPr><w:p><w:pPr><w:pStyle w:val=\"TableText\"/>\(alignment)</w:pPr>"
            + runs.map(\.xml).joined() + "</w:p></w:tc>"
    }

    /// The width of A4 text between 2 cm margins, in twentieths of a point.
    static let textWidth = 11906 - 2 * 1134

    /// `text` escaped for XML, without the characters XML 1.0 cannot hold.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                if value < 0x20 || value == 0xFFFE || value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
