import Foundation
import Testing

/// Word and PDF documents, languages and the regional overview from the command line.
@Suite struct DocumentCommandTests {
    typealias Scratch = EvaluateCommandTests.Scratch
    static let translatedRules = AdvisorBinary.fixtures.appendingPathComponent("translated/ruleset").path
    static let verdalia = AdvisorBinary.fixtures.appendingPathComponent("translated/profile.yaml").path

    static func tool(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    static let chromium = tool("chromium") ?? tool("chromium-browser")
    static let pdfinfo = tool("pdfinfo")
    static let pdftotext = tool("pdftotext")

    /// Runs a poppler tool on `pdf` and returns what it prints.
    static func poppler(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static func pageCount(_ pdf: String) throws -> Int? {
        let info = try poppler(try #require(pdfinfo), [pdf])
        let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
        return line.flatMap { Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) }
    }

    @Test func binaryFormatsNeedAnOutputFile() throws {
        for format in ["docx", "pdf"] {
            let result = try EvaluateCommandTests.evaluate([EvaluateCommandTests.arcadia, "--format", format])
            #expect(result.status == 2)
            #expect(result.stderr.contains("--output"), "\(format): \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func docxIsWrittenToAFile() throws {
        let scratch = try Scratch()
        let result = try EvaluateCommandTests.evaluate([
            EvaluateCommandTests.arcadia, "--format", "docx", "--output", scratch.path("arcadia.docx"),
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let data = try Data(contentsOf: URL(fileURLWithPath: scratch.path("arcadia.docx")))
        #expect(data.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        #expect(try scratch.contents() == ["arcadia.docx"], "no temporary file is left behind")
    }

    @Test func theTextFormatIsEnglishOnly() throws {
        let result = try EvaluateCommandTests.evaluate([EvaluateCommandTests.arcadia, "--lang", "fr"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("English only"))
        let unknown = try EvaluateCommandTests.evaluate([EvaluateCommandTests.arcadia, "--lang", "de"])
        #expect(unknown.status == 2)
    }

    @Test func untranslatedTitlesAreListedInOneWarning() throws {
        let result = try AdvisorBinary.run([
            "evaluate", Self.verdalia, "--rules", Self.translatedRules, "--date", "2025-01-15", "--format",
            "markdown", "--lang", "es",
        ])
        #expect(result.status == 0)
        #expect(result.stdout.contains("## Plan de acción"))
        let warnings = result.stderr.split(separator: "\n").filter { $0.hasPrefix("warning:") }
        #expect(
            warnings == [
                "warning: 2 catalog titles have no Spanish translation and are shown in English: threat weak_rule_of_law, strategy court_reform"
            ])
        let english = try AdvisorBinary.run([
            "evaluate", Self.verdalia, "--rules", Self.translatedRules, "--date", "2025-01-15", "--format", "markdown",
        ])
        #expect(!english.stderr.contains("warning"))
    }

    @Test func pdfWithoutChromiumNamesThePackage() throws {
        let scratch = try Scratch()
        let result = try EvaluateCommandTests.evaluate(
            [EvaluateCommandTests.arcadia, "--format", "pdf", "--output", scratch.path("arcadia.pdf")],
            environment: ["PATH": scratch.url.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("apt-get install chromium"), "\(result.stderr)")
        #expect(try scratch.contents().isEmpty, "nothing is written")
    }

    @Test(
        .enabled(
            if: chromium != nil && pdfinfo != nil && pdftotext != nil,
            "chromium or poppler-utils (pdfinfo, pdftotext) is not on PATH: the PDF checks are skipped"),
        .timeLimit(.minutes(3)))
    func pdfIsA4WithTheCountryAndPageNumbers() throws {
        let scratch = try Scratch()
        let pdf = scratch.path("verdalia.pdf")
        let result = try AdvisorBinary.run([
            "evaluate", Self.verdalia, "--rules", Self.translatedRules, "--date", "2025-01-15", "--format", "pdf",
            "--lang", "fr", "--output", pdf,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let info = try Self.poppler(try #require(Self.pdfinfo), [pdf])
        #expect(info.contains("(A4)"), "\(info)")
        let pages = try #require(try Self.pageCount(pdf))
        let first = try Self.poppler(try #require(Self.pdftotext), ["-f", "1", "-l", "1", pdf, "-"])
        #expect(first.contains("República de Verdalia · Rapport consultatif"), "the running header")
        #expect(first.contains("Page 1 sur \(pages)"), "the page number")
        #expect(try scratch.contents() == ["verdalia.pdf"])
    }

    /// Arcadia on the default ruleset prints, annex included, in at most 15 A4 pages, and no
    /// section heading is left alone at the foot of a page.
    @Test(
        .enabled(
            if: chromium != nil && pdfinfo != nil && pdftotext != nil,
            "chromium or poppler-utils (pdfinfo, pdftotext) is not on PATH: the page count check is skipped"),
        .timeLimit(.minutes(3)))
    func arcadiaPrintsInAtMostFifteenPages() throws {
        let scratch = try Scratch()
        let pdf = scratch.path("arcadia.pdf")
        let profile = AdvisorBinary.repositoryRoot.appendingPathComponent("Examples/profiles/arcadia.yaml").path
        let result = try AdvisorBinary.run([
            "evaluate", profile, "--date", "2026-11-29", "--format", "pdf", "--output", pdf,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let pages = try #require(try Self.pageCount(pdf))
        #expect(pages <= 15, "Arcadia's printed report takes \(pages) pages")
        let headings = [
            "Summary", "Action plan", "Threats (", "Recommended strategies (", "International instruments (",
            "Data gaps (", "Data to collect", "Undecided rules", "Stale data (", "Not applicable (", "Annex",
            "Further strategies", "Further instruments", "Why each rule fired", "Provenance",
        ]
        for page in 1...pages {
            let text = try Self.poppler(try #require(Self.pdftotext), ["-f", "\(page)", "-l", "\(page)", pdf, "-"])
            let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("Page \(page) of") && $0 != "\u{0C}" }
            let last = lines.last ?? ""
            #expect(!headings.contains { last.hasPrefix($0) }, "page \(page) ends with the heading '\(last)'")
        }
    }

    @Test func batchWritesTheRegionalOverview() throws {
        let scratch = try Scratch()
        let profiles = AdvisorBinary.fixtures.appendingPathComponent("profiles").path
        for format in ["html", "markdown"] {
            let output = scratch.path("region.\(format)")
            let result = try AdvisorBinary.run([
                "batch", profiles, "--rules", EvaluateCommandTests.rules, "--date", "2025-01-15", "--format", format,
                "--output", output,
            ])
            #expect(result.status == 0, "\(result.stderr)")
            let text = try scratch.read("region.\(format)")
            if format == "html" {
                #expect(text.contains("<svg class=\"heatmap\""))
                #expect(text.contains("id=\"country-arc\"") && text.contains("id=\"country-bor\""))
            } else {
                #expect(text.contains("## Threats by country"))
                #expect(text.contains("| Republic of Arcadia (ARC) |"))
            }
        }
        let french = try AdvisorBinary.run([
            "batch", profiles, "--rules", EvaluateCommandTests.rules, "--date", "2025-01-15", "--format", "markdown",
            "--lang", "fr",
        ])
        #expect(french.stdout.hasPrefix("# Vue d’ensemble régionale"))
    }
}
