import AdvisoryCore
import Foundation
import TestSupport
import Testing

@testable import AdvisoryReports

/// Reports in English, French and Spanish: fixed words, catalog titles, numbers and dates.
@Suite struct LanguageTests {
    @Test("golden report per format and language", arguments: [Language.fr, .es], [ReportFormat.markdown, .html])
    func golden(language: Language, format: ReportFormat) throws {
        let report = try Fixtures.verdalia(language)
        Golden.check(try format.render(report), "verdalia.\(language.rawValue).\(format.fileExtension)")
    }

    @Test func englishIsTheDefault() throws {
        let report = try Fixtures.verdalia(.en)
        #expect(report.language == "en")
        #expect(report.threats.map(\.title).contains("Transnational organized crime"))
        Golden.check(try ReportFormat.markdown.render(report), "verdalia.en.md")
    }

    @Test func titlesSummaryAndWordsAreTranslated() throws {
        let french = try Fixtures.verdalia(.fr)
        #expect(french.language == "fr")
        #expect(french.threats.first?.title == "Criminalité transnationale organisée")
        #expect(french.summary.hasPrefix("3 menaces sont relevées pour République") == false)
        #expect(french.summary.contains("criminalité transnationale organisée (élevé, 0,70"))
        #expect(
            french.priorities.first?.title == "Lutter contre la criminalité organisée et les flux financiers illicites")
        let tipProtocol = try #require(french.instruments.first { $0.id == "untoc_tip_protocol" })
        #expect(tipProtocol.short == "Protocole relatif à la traite des personnes")
        #expect(french.collect.isEmpty)
        let html = try ReportFormat.html.render(french)
        #expect(html.contains("<html lang=\"fr\">"))
        #expect(html.contains("Plan d’action"))
        #expect(html.contains("Date du rapport 15 janvier 2025"))
        #expect(html.contains("content: \"Page \" counter(page) \" sur \" counter(pages)"))
        for english in ["Action plan", "Recommended strategies", "Data gaps", "Why each rule fired", "Report date"] {
            #expect(!html.contains(english), "'\(english)' left in English in the French report")
        }
        let spanish = try ReportFormat.markdown.render(try Fixtures.verdalia(.es))
        #expect(spanish.contains("## Plan de acción"))
        #expect(spanish.contains("Delincuencia organizada transnacional"))
        #expect(spanish.contains("15 de enero de 2025"))
        #expect(spanish.contains("Adherirse al instrumento Protocolo contra la trata de personas"))
    }

    @Test func numbersTakeTheLanguagesDecimalSign() throws {
        let french = try ReportFormat.markdown.render(try Fixtures.verdalia(.fr))
        #expect(french.contains("| 0,70 |"))
        #expect(french.contains("| 6,75 |"), "a value from the data keeps its decimal point")
        #expect(!french.contains("| 0.70 |"))
        let english = try ReportFormat.markdown.render(try Fixtures.verdalia(.en))
        #expect(english.contains("| 0.70 |"))
        #expect(english.contains("2025-01-15"))
    }

    @Test func untranslatedTitlesFallBackToEnglishAndAreListedOnce() throws {
        let compiled = try Fixtures.compiled("translated/ruleset")
        let builder = ReportBuilder(compiled, language: .fr)
        let report = try Fixtures.verdalia(.fr)
        #expect(report.threats.contains { $0.title == "Weak rule of law" })
        // Twice the same report: each entry still once.
        #expect(
            builder.untranslatedTitles(in: [report, report]) == ["threat weak_rule_of_law", "strategy court_reform"])
        #expect(ReportBuilder(compiled, language: .en).untranslatedTitles(in: [report]).isEmpty)
    }

    @Test func everyLanguageHasEveryWord() {
        // The compiler makes every language give every word; here: none is left empty, and no
        // translation is the English word by mistake where the word differs.
        for strings in [ReportStrings.english, .french, .spanish] {
            for child in Mirror(reflecting: strings).children {
                guard let text = child.value as? String else { continue }
                if ["joinSuffix"].contains(child.label ?? "") { continue }
                #expect(!text.isEmpty, "\(child.label ?? "?") is empty")
            }
        }
        #expect(ReportStrings.french.actionPlan != ReportStrings.english.actionPlan)
        #expect(ReportStrings.spanish.annexNote != ReportStrings.english.annexNote)
    }

    @Test func datesInWords() {
        #expect(ReportLanguage(.fr).date("2026-03-01") == "1er mars 2026")
        #expect(ReportLanguage(.fr).date("2026-11-29") == "29 novembre 2026")
        #expect(ReportLanguage(.es).date("2026-11-29") == "29 de noviembre de 2026")
        #expect(ReportLanguage(.en).date("2026-11-29") == "2026-11-29")
        #expect(ReportLanguage(.fr).date("not a date") == "not a date")
    }

    @Test func cssStringsCannotEndTheStyleElement() {
        let quoted = CSSText.quoted("</style><script>\"x\\\n")
        #expect(!quoted.dropFirst().dropLast().contains("\""))
        #expect(!quoted.contains("<"))
        #expect(!quoted.contains("\n"))
        #expect(quoted.hasPrefix("\"") && quoted.hasSuffix("\""))
        #expect(CSSText.quoted("Côte d Ivoire") == "\"Côte d Ivoire\"")
    }
}
