import Foundation
import ZIPFoundation

/// `--format docx`: the report as an Office Open XML (Word) document. Headings use Word's
/// heading styles (the navigation pane and tables of contents find them), threats,
/// strategies and instruments are tables, and the action plan comes first. Fixed words are in
/// the report's language, as in the HTML report.
public enum DOCXRenderer {
    /// One part of the package: its path in the ZIP archive and its XML.
    public struct Part: Sendable {
        public var path: String
        public var xml: String
    }

    /// The document's parts, in archive order ([Content_Types].xml first).
    public static func parts(_ report: Report) -> [Part] {
        let view = ReportView(report)
        let words = view.t
        let locale =
            switch view.language {
            case "fr": "fr-FR"
            case "es": "es-ES"
            default: "en-GB"
            }
        let document =
            DOCXParts.xmlHead
            + "<w:document xmlns:w=\"\(DOCXParts.wordNamespace)\" xmlns:r=\"\(DOCXParts.relationshipNamespace)\">"
            + "<w:body>" + DOCXBody(view: view).xml + DOCXParts.section + "</w:body></w:document>"
        return [
            Part(path: "[Content_Types].xml", xml: DOCXParts.contentTypes),
            Part(path: "_rels/.rels", xml: DOCXParts.packageRelationships),
            Part(
                path: "docProps/core.xml",
                xml: DOCXParts.core(
                    title: view.reportTitle, language: locale, creator: view.provenance.engine)),
            Part(path: "docProps/app.xml", xml: DOCXParts.app(generator: view.provenance.engine)),
            Part(path: "word/_rels/document.xml.rels", xml: DOCXParts.documentRelationships),
            Part(path: "word/document.xml", xml: document),
            Part(path: "word/styles.xml", xml: DOCXParts.styles(language: locale)),
            Part(path: "word/numbering.xml", xml: DOCXParts.numbering),
            Part(path: "word/settings.xml", xml: DOCXParts.settings),
            Part(path: "word/header1.xml", xml: DOCXParts.header(view.country.name + " · " + words.reportTitlePrefix)),
            Part(path: "word/footer1.xml", xml: DOCXParts.footer(page: words.page, of: words.of)),
        ]
    }

    /// The .docx file: the parts deflated into a ZIP archive with a fixed date, so the same
    /// report gives the same bytes.
    public static func render(_ report: Report) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for part in parts(report) {
            let data = Data(part.xml.utf8)
            try archive.addEntry(
                with: part.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: fixedDate,
                compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw DOCXError.noArchive }
        return data
    }

    /// 2000-01-01 12:00 UTC: ZIP dates cannot be before 1980, and noon keeps the day in every
    /// time zone.
    static let fixedDate = Date(timeIntervalSince1970: 946_728_000)
}

/// The ZIP library gave no archive back.
public enum DOCXError: Error, CustomStringConvertible {
    case noArchive

    public var description: String { "the Word document could not be assembled" }
}
