import Foundation
import Testing

/// `advisor evaluate` end to end: the built binary on the report fixtures.
@Suite
struct EvaluateCommandTests {
    static let rules = AdvisorBinary.fixtures.appendingPathComponent("ruleset").path
    static let arcadia = AdvisorBinary.fixtures.appendingPathComponent("profiles/arcadia.yaml").path
    static let borealia = AdvisorBinary.fixtures.appendingPathComponent("profiles/borealia.yaml").path

    /// A fresh folder for one test's files.
    final class Scratch {
        let url: URL
        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("advisor-cli-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(at: url) }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
        func write(_ name: String, _ text: String) throws -> String {
            try Data(text.utf8).write(to: url.appendingPathComponent(name))
            return path(name)
        }
        func contents() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() }
        func read(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }
    }

    static func evaluate(_ arguments: [String], environment: [String: String] = [:]) throws -> AdvisorBinary.Result {
        try AdvisorBinary.run(
            ["evaluate", "--rules", rules, "--date", "2025-01-15"] + arguments, environment: environment)
    }

    @Test("every format on standard output", arguments: ["text", "markdown", "html", "json", "csv"])
    func formats(format: String) throws {
        let result = try Self.evaluate([Self.arcadia, "--format", format])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("ARC"))
        #expect(result.stderr.isEmpty)
    }

    /// Separate processes: any dependence on dictionary order (randomly seeded per process)
    /// would show here.
    @Test("the same inputs give the same bytes, run after run", arguments: ["text", "markdown", "json", "csv"])
    func byteForByte(format: String) throws {
        let first = try Self.evaluate([Self.arcadia, Self.borealia, "--format", format])
        #expect(first.status == 0, "\(first.stderr)")
        for _ in 0..<2 {
            let again = try Self.evaluate([Self.arcadia, Self.borealia, "--format", format])
            #expect(again.stdout == first.stdout)
        }
    }

    @Test func htmlRerunsAreIdenticalFiles() throws {
        let scratch = try Scratch()
        let one = scratch.path("one.html")
        let two = scratch.path("two.html")
        #expect(try Self.evaluate([Self.arcadia, "--format", "html", "--output", one]).status == 0)
        #expect(try Self.evaluate([Self.arcadia, "--format", "html", "--output", two]).status == 0)
        #expect(try scratch.read("one.html") == scratch.read("two.html"))
    }

    @Test func sourceDateEpochSetsTheDate() throws {
        let result = try AdvisorBinary.run(
            ["evaluate", "--rules", Self.rules, Self.arcadia, "--format", "json"],
            environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"date\" : \"2023-11-14\""))
        let bad = try AdvisorBinary.run(
            ["evaluate", "--rules", Self.rules, Self.arcadia], environment: ["SOURCE_DATE_EPOCH": "soon"])
        #expect(bad.status == 2)
        let badDate = try AdvisorBinary.run(["evaluate", "--rules", Self.rules, Self.arcadia, "--date", "2025-02-30"])
        #expect(badDate.status == 2)
    }

    @Test func severalReportsOnStandardOutput() throws {
        let csv = try Self.evaluate([Self.arcadia, Self.borealia, "--format", "csv"])
        #expect(csv.status == 0)
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("country_code,") }.count == 1)
        #expect(lines.first == "country_code,kind,id,title,level_or_action,score,rules")
        #expect(lines.contains { $0.hasPrefix("ARC,") } && lines.contains { $0.hasPrefix("BOR,") })

        let markdown = try Self.evaluate([Self.arcadia, Self.borealia, "--format", "markdown"])
        #expect(markdown.status == 0)
        #expect(markdown.stdout.contains("# Advisory report: Republic of Arcadia (ARC)"))
        #expect(markdown.stdout.contains("\n\n---\n\n# Advisory report: Kingdom of Borealia (BOR)"))

        let json = try Self.evaluate([Self.arcadia, Self.borealia, "--format", "json"])
        let array = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [Any]
        #expect(array?.count == 2)
    }

    @Test func severalHTMLReportsNeedAFolder() throws {
        let result = try Self.evaluate([Self.arcadia, Self.borealia, "--format", "html"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("--output DIR"))
    }

    @Test func outputFileIsWrittenAtomically() throws {
        let scratch = try Scratch()
        let target = scratch.path("arcadia.md")
        let result = try Self.evaluate([Self.arcadia, "--format", "markdown", "--output", target])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try scratch.contents() == ["arcadia.md"], "a temporary file was left behind")
        let onStdout = try Self.evaluate([Self.arcadia, "--format", "markdown"]).stdout
        #expect(try scratch.read("arcadia.md") == onStdout)
        // Overwriting an earlier report is fine.
        #expect(try Self.evaluate([Self.borealia, "--format", "markdown", "--output", target]).status == 0)
        #expect(try scratch.read("arcadia.md").contains("Borealia"))
    }

    @Test func severalProfilesWriteOneFilePerCountry() throws {
        let scratch = try Scratch()
        let folder = scratch.path("reports")
        for format in ["html", "csv", "json"] {
            let result = try Self.evaluate([Self.arcadia, Self.borealia, "--format", format, "--output", folder])
            #expect(result.status == 0, "\(result.stderr)")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(files == ["ARC.csv", "ARC.html", "ARC.json", "BOR.csv", "BOR.html", "BOR.json"])
        // One profile and an existing folder: the file goes into the folder.
        let single = try Self.evaluate([Self.arcadia, "--format", "markdown", "--output", folder])
        #expect(single.status == 0, "\(single.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder + "/ARC.md"))
    }

    @Test func severalProfilesAndAFileAreRefused() throws {
        let scratch = try Scratch()
        let file = try scratch.write("taken.txt", "keep me")
        let result = try Self.evaluate([Self.arcadia, Self.borealia, "--output", file])
        #expect(result.status == 2)
        #expect(result.stderr.contains("must be a folder"))
        #expect(try scratch.read("taken.txt") == "keep me")
    }

    @Test func aNewPathNamedLikeOneReportIsNotMadeAFolder() throws {
        let scratch = try Scratch()
        let table = try scratch.write(
            "one.csv", "code,name,year,wgi_rule_of_law\nAAA,Aland,2024,-1.2\n")
        let named = scratch.path("one.json")
        let result = try Self.evaluate([table, "--format", "json", "--output", named])
        #expect(result.status == 2)
        #expect(result.stderr.contains("names one file, but \(table) gives a report per row"))
        #expect(result.stderr.contains("#CODE for one country"))
        #expect(!FileManager.default.fileExists(atPath: named))
        // Ending in / says "a folder"; the row's code names one file there.
        let folder = try Self.evaluate([table, "--format", "json", "--output", named + "/"])
        #expect(folder.status == 0, "\(folder.stderr)")
        #expect(FileManager.default.fileExists(atPath: named + "/AAA.json"))
        // Several profiles and a path like a file: refused the same way.
        let several = try Self.evaluate([Self.arcadia, Self.borealia, "--output", scratch.path("both.txt")])
        #expect(several.status == 2)
        #expect(several.stderr.contains("there are 2 reports, one per profile"))
    }

    @Test func anInputFileIsNeverOverwritten() throws {
        let scratch = try Scratch()
        let profile = scratch.path("arcadia.yaml")
        try FileManager.default.copyItem(atPath: Self.arcadia, toPath: profile)
        let before = try scratch.read("arcadia.yaml")
        let result = try Self.evaluate([profile, "--output", profile])
        #expect(result.status == 2)
        #expect(result.stderr.contains("input file"))
        #expect(try scratch.read("arcadia.yaml") == before)
        // A path that names the same file another way is refused too.
        let sneaky = try Self.evaluate([profile, "--output", scratch.url.path + "/./arcadia.yaml"])
        #expect(sneaky.status == 2)
        // So is a file of the ruleset, and the template.
        let rulesetFile = Self.rules + "/rules.yaml"
        let rulesetBefore = try String(contentsOfFile: rulesetFile, encoding: .utf8)
        let ruleset = try Self.evaluate([profile, "--output", rulesetFile])
        #expect(ruleset.status == 2)
        #expect(try String(contentsOfFile: rulesetFile, encoding: .utf8) == rulesetBefore)
        let template = try scratch.write("org.md.mustache", "{{country.code}}\n")
        let overTemplate = try Self.evaluate([
            profile, "--format", "markdown", "--template", template, "--output", template,
        ])
        #expect(overTemplate.status == 2)
        #expect(try scratch.read("org.md.mustache") == "{{country.code}}\n")
        #expect(try scratch.contents() == ["arcadia.yaml", "org.md.mustache"])
    }

    @Test func aCustomTemplateIsUsed() throws {
        let scratch = try Scratch()
        let markdown = try scratch.write(
            "org.md.mustache", "# {{country.name}}\n{{#threats}}\n- {{title}} ({{levelLabel}})\n{{/threats}}\n")
        let result = try Self.evaluate([Self.arcadia, "--format", "markdown", "--template", markdown])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.hasPrefix(
                "# Republic of Arcadia\n- Transnational organized crime and illicit financial flows (Critical)\n"))
        let html = try scratch.write(
            "org.html.mustache", "<h1>{{country.name}}</h1><p>{{provenance.profileHash}}</p>\n")
        let page = try Self.evaluate([Self.arcadia, "--format", "html", "--template", html])
        #expect(page.status == 0, "\(page.stderr)")
        #expect(page.stdout.hasPrefix("<h1>Republic of Arcadia</h1><p>sha256:"))
    }

    @Test func aBadTemplateStopsTheRunBeforeAnythingIsWritten() throws {
        let scratch = try Scratch()
        let template = try scratch.write(
            "broken.html.mustache", "<html>\n<body>\n  {{#threats}}\n  <p>{{title}}</p>\n</body>\n")
        let folder = scratch.path("out")
        let result = try Self.evaluate([
            Self.arcadia, Self.borealia, "--format", "html", "--template", template, "--output", folder,
        ])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr.hasPrefix(
                "\(template):3:3: error[PA901]: cannot parse the template: the section 'threats' is never closed"),
            "\(result.stderr)")
        #expect(result.stderr.contains("3 |   {{#threats}}\n  |   ^"))
        #expect(!FileManager.default.fileExists(atPath: folder), "the output folder was created")
        let single = scratch.path("one.html")
        #expect(
            try Self.evaluate([Self.arcadia, "--format", "html", "--template", template, "--output", single]).status
                == 2)
        #expect(try scratch.contents() == ["broken.html.mustache"])
    }

    @Test func templateMisuseIsABadUsage() throws {
        let scratch = try Scratch()
        let template = try scratch.write("t.mustache", "{{country.code}}")
        let json = try Self.evaluate([Self.arcadia, "--format", "json", "--template", template])
        #expect(json.status == 2)
        #expect(json.stderr.contains("--template applies to the markdown and html formats"))
        let missing = try Self.evaluate([Self.arcadia, "--format", "html", "--template", scratch.path("nope.mustache")])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nope.mustache:1:1: error[PA901]: cannot read the template"))
    }

    @Test func colourOnlyWhenAsked() throws {
        let plain = try Self.evaluate([Self.arcadia])
        #expect(!plain.stdout.contains("\u{1B}["))
        let always = try Self.evaluate([Self.arcadia, "--color", "always"])
        #expect(always.stdout.contains("\u{1B}["))
        let scratch = try Scratch()
        #expect(try Self.evaluate([Self.arcadia, "--output", scratch.path("r.txt")]).status == 0)
        #expect(!(try scratch.read("r.txt")).contains("\u{1B}["))
    }
}
