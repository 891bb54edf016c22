/// The fixed parts of the Word document: content types, relationships, styles, bullet
/// numbering, settings, and the header and footer around the body.
enum DOCXParts {
    static let xmlHead = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static let contentTypes =
        xmlHead
            + """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
            <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
            <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>\
            <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
            <Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\
            <Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
            <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
            <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
            </Types>
            """

    static let packageRelationships =
        xmlHead
            + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
            <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>\
            </Relationships>
            """

    static let documentRelationships =
        xmlHead
            + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>\
            <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>\
            <Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>\
            <Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>\
            </Relationships>
            """

    static let settings =
        xmlHead
            + """
            <w:settings xmlns:w="\(wordNamespace)"><w:defaultTabStop w:val="709"/>\
            <w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" \
            w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>
            """

    static let numbering =
        xmlHead
            + """
            <w:numbering xmlns:w="\(wordNamespace)"><w:abstractNum w:abstractNumId="0">\
            <w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>\
            <w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="240"/></w:pPr></w:lvl>\
            </w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>
            """

    /// The styles: Normal, Title, Subtitle, Heading1–3 (with outline levels, for the navigation
    /// pane and tables of contents), ListBullet, Note, TableText, TableGap, Code and ReportTable.
    static func styles(language: String) -> String {
        let font = "<w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:cs=\"Calibri\" w:eastAsia=\"Calibri\"/>"
        func heading(_ level: Int, size: Int, before: Int) -> String {
            """
            <w:style w:type="paragraph" w:styleId="Heading\(level)"><w:name w:val="heading \(level)"/>\
            <w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>\
            <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="\(before)" w:after="80"/>\
            <w:outlineLvl w:val="\(level - 1)"/></w:pPr><w:rPr><w:b/><w:color w:val="1D4E7A"/>\
            <w:sz w:val="\(size)"/><w:szCs w:val="\(size)"/></w:rPr></w:style>
            """
        }
        return xmlHead
            + """
            <w:styles xmlns:w="\(wordNamespace)"><w:docDefaults><w:rPrDefault><w:rPr>\(font)\
            <w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="\(language)" w:eastAsia="\(language)" w:bidi="ar-SA"/>\
            </w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="100" w:line="264" w:lineRule="auto"/>\
            </w:pPr></w:pPrDefault></w:docDefaults>\
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
            <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>\
            <w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="60"/></w:pPr><w:rPr><w:b/>\
            <w:color w:val="1B2430"/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/>\
            <w:next w:val="Normal"/><w:qFormat/><w:rPr><w:color w:val="5A6474"/></w:rPr></w:style>\
            \(heading(1, size: 30, before: 320))\(heading(2, size: 24, before: 220))\(heading(3, size: 21, before: 160))\
            <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="40"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Note"><w:name w:val="Note"/><w:basedOn w:val="Normal"/>\
            <w:rPr><w:color w:val="5A6474"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr>\
            <w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="TableGap"><w:name w:val="Table Gap"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:spacing w:after="60" w:line="120" w:lineRule="exact"/></w:pPr></w:style>\
            <w:style w:type="character" w:styleId="Code"><w:name w:val="Code"/><w:rPr>\
            <w:rFonts w:ascii="Consolas" w:hAnsi="Consolas" w:cs="Consolas"/><w:sz w:val="17"/></w:rPr></w:style>\
            <w:style w:type="table" w:styleId="ReportTable"><w:name w:val="Report Table"/><w:tblPr>\
            <w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="D8DEE6"/>\
            <w:bottom w:val="single" w:sz="4" w:space="0" w:color="D8DEE6"/>\
            <w:insideH w:val="single" w:sz="4" w:space="0" w:color="D8DEE6"/></w:tblBorders>\
            <w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr>\
            <w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" \
            w:fill="F3F5F8"/></w:tcPr></w:tblStylePr></w:style></w:styles>
            """
    }

    /// The running header: the country and the report's name.
    static func header(_ text: String) -> String {
        xmlHead + "<w:hdr xmlns:w=\"\(wordNamespace)\">"
            + WordML.paragraph([WordML.Run(text: text, color: "5A6474")], style: "Note") + "</w:hdr>"
    }

    /// The footer: "Page N of M" with Word's PAGE and NUMPAGES fields.
    static func footer(page: String, of: String) -> String {
        func field(_ name: String) -> String {
            "<w:fldSimple w:instr=\" \(name) \"><w:r><w:t>1</w:t></w:r></w:fldSimple>"
        }
        return xmlHead + "<w:ftr xmlns:w=\"\(wordNamespace)\"><w:p><w:pPr><w:pStyle w:val=\"Note\"/>"
            + "<w:jc w:val=\"right\"/></w:pPr><w:r><w:t xml:space=\"preserve\">\(WordML.escape(page)) </w:t></w:r>"
            + field("PAGE") + "<w:r><w:t xml:space=\"preserve\"> \(WordML.escape(of)) </w:t></w:r>"
            + field("NUMPAGES") + "</w:p></w:ftr>"
    }

    /// The page: A4, 2 cm margins, with the header and footer.
    static let section =
        "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId4\"/><w:footerReference w:type=\"default\" r:id=\"rId5\"/>"
        + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\""
        + " w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>"

    /// Dublin Core properties: title, language, creator; no dates, so the same report gives
    /// the same parts.
    static func core(title: String, language: String, creator: String) -> String {
        xmlHead
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>\(WordML.escape(title))</dc:title>"
            + "<dc:language>\(language)</dc:language><dc:creator>\(WordML.escape(creator))</dc:creator>"
            + "</cp:coreProperties>"
    }

    static func app(generator: String) -> String {
        xmlHead
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>\(WordML.escape(generator))</Application></Properties>"
    }
}
