import AdvisoryCore
import Foundation
import TestSupport
import Testing
import ZIPFoundation

@testable import AdvisoryReports

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The Word document: its XML parts against golden files, a well-formed package that reads
/// back, escaping, and (where LibreOffice is installed) a conversion to PDF read back as text.
@Suite struct DOCXTests {
    @Test("the document's XML against its golden file", arguments: ["arcadia-en", "verdalia-es"])
    func golden(name: String) throws {
        let report =
            name == "arcadia-en" ? try Fixtures.arcadia : try Fixtures.verdalia(.es)
        let parts = DOCXRenderer.parts(report)
        let document = try #require(parts.first { $0.path == "word/document.xml" })
        // One element per line, so that a difference shows where it is.
        Golden.check(document.xml.replacingOccurrences(of: "><w:p>", with: ">\n<w:p>"), "\(name).document.xml")
        if name == "arcadia-en" {
            let styles = try #require(parts.first { $0.path == "word/styles.xml" })
            Golden.check(styles.xml, "docx.styles.xml")
        }
    }

    @Test func everyPartIsWellFormedXML() throws {
        for report in [try Fixtures.arcadia, try Fixtures.borealia, try Fixtures.hostile, try Fixtures.verdalia(.fr)] {
            for part in DOCXRenderer.parts(report) {
                let parser = XMLParser(data: Data(part.xml.utf8))
                #expect(
                    parser.parse(), "\(part.path) of \(report.country.code): \(String(describing: parser.parserError))")
            }
        }
    }

    @Test func headingsUseWordsHeadingStyles() throws {
        let parts = DOCXRenderer.parts(try Fixtures.arcadia)
        let document = try #require(parts.first { $0.path == "word/document.xml" }).xml
        let styles = try #require(parts.first { $0.path == "word/styles.xml" }).xml
        for level in 1...3 {
            #expect(styles.contains("w:styleId=\"Heading\(level)\""))
            #expect(styles.contains("<w:outlineLvl w:val=\"\(level - 1)\"/>"))
        }
        // The action plan is the first section, before the summary.
        let plan = try #require(
            document.range(of: "<w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Action plan"))
        let summary = try #require(
            document.range(of: "<w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Summary"))
        #expect(plan.lowerBound < summary.lowerBound)
        #expect(document.components(separatedBy: "<w:tbl>").count > 5, "threats, strategies and instruments are tables")
        #expect(document.contains("<w:tblHeader/>"), "table header rows repeat on each page")
    }

    @Test func thePackageReadsBack() throws {
        let report = try Fixtures.arcadia
        let data = try DOCXRenderer.render(report)
        #expect(data.starts(with: [0x50, 0x4B, 0x03, 0x04]), "not a ZIP archive")
        let archive = try Archive(data: data, accessMode: .read)
        let parts = DOCXRenderer.parts(report)
        #expect(Array(archive).map(\.path) == parts.map(\.path))
        #expect(Array(archive).first?.path == "[Content_Types].xml")
        for part in parts {
            let entry = try #require(archive[part.path])
            var read = Data()
            _ = try archive.extract(entry) { read.append($0) }
            #expect(String(decoding: read, as: UTF8.self) == part.xml, "\(part.path)")
        }
    }

    @Test func textFromYAMLIsEscaped() throws {
        let parts = DOCXRenderer.parts(try Fixtures.hostile)
        let document = try #require(parts.first { $0.path == "word/document.xml" }).xml
        #expect(!document.contains("<script"))
        #expect(!document.contains("<b>"))
        #expect(document.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;"))
        let header = try #require(parts.first { $0.path == "word/header1.xml" }).xml
        #expect(header.contains("&lt;script&gt;"))
        #expect(WordML.escape("a\u{0}b\u{1B}c\u{FFFE}d") == "abcd", "characters XML 1.0 cannot hold are dropped")
    }

    @Test(
        .enabled(
            if: ExternalTools.soffice != nil && ExternalTools.pdftotext != nil,
            "libreoffice (libreoffice-writer-nogui) or pdftotext (poppler-utils) is not on PATH: the Word conversion check is skipped"
        ),
        .timeLimit(.minutes(3)))
    func libreOfficeOpensTheDocument() throws {
        let folder = try ExternalTools.folder("docx-libreoffice")
        defer { try? FileManager.default.removeItem(at: folder) }
        let docx = folder.appendingPathComponent("verdalia.docx")
        try DOCXRenderer.render(try Fixtures.verdalia(.es)).write(to: docx)
        let soffice = try #require(ExternalTools.soffice)
        let converted = try ExternalTools.run(
            soffice, ["--headless", "--convert-to", "pdf", "--outdir", folder.path, docx.path], home: folder)
        #expect(converted.status == 0)
        let pdf = folder.appendingPathComponent("verdalia.pdf")
        let text = try ExternalTools.run(try #require(ExternalTools.pdftotext), [pdf.path, "-"], home: folder).output
        for expected in [
            "Plan de acción", "Resumen", "Amenazas (3)", "Delincuencia organizada transnacional",
            "Estrategias recomendadas (3)", "Instrumentos internacionales (3)", "Recomendaciones del GAFI",
            "Procedencia", "15 de enero de 2025", "República de Verdalia · Informe de asesoramiento", "Página 1 de",
        ] {
            #expect(text.contains(expected), "'\(expected)' is not in the converted document")
        }
    }
}
