import Testing

@testable import AdvisoryCore

/// Catalog titles per language: `title: {en: …, fr: …, es: …}`, a plain string meaning English.
@Suite struct LocalizedTitleTests {
    static let catalog = """

        threats:
          - id: plain
            title: Organized crime
          - id: translated
            title: {en: Money laundering, fr: Blanchiment d’argent, es: Blanqueo de dinero}
          - id: partly
            title:
              en: Cybercrime
              es: Ciberdelincuencia
        priorities:
          - id: p
            title: {en: Rule of law, fr: État de droit}
        strategies:
          - id: s
            priority: p
            title: {en: Reform the courts, es: Reformar los tribunales}
        instruments:
          - id: untoc
            title:
              en: United Nations Convention against Transnational Organized Crime
              fr: Convention des Nations Unies contre la criminalité transnationale organisée
            short: {en: UNTOC, fr: CTO}
            kind: treaty
        """

    @Test func titlesAreReadPerLanguage() throws {
        let ruleset = try TestRulesets.ruleset(body: Self.catalog)
        #expect(ruleset.threat("plain")?.title == "Organized crime")
        #expect(ruleset.threat("plain")?.titles.texts.isEmpty == true)
        #expect(ruleset.threat("translated")?.title == "Money laundering")
        #expect(ruleset.threat("translated")?.titles[.fr] == "Blanchiment d’argent")
        #expect(ruleset.threat("translated")?.titles[.es] == "Blanqueo de dinero")
        #expect(ruleset.threat("partly")?.titles[.fr] == nil)
        #expect(ruleset.threat("partly")?.titles[.es] == "Ciberdelincuencia")
        #expect(ruleset.priority("p")?.titles[.fr] == "État de droit")
        #expect(ruleset.strategy("s")?.titles[.es] == "Reformar los tribunales")
        let untoc = try #require(ruleset.instrument("untoc"))
        #expect(untoc.title == "United Nations Convention against Transnational Organized Crime")
        #expect(untoc.titles[.fr] == "Convention des Nations Unies contre la criminalité transnationale organisée")
        #expect(untoc.short == "UNTOC")
        #expect(untoc.shorts[.fr] == "CTO")
    }

    static func diagnostics(_ body: String) throws -> [Diagnostic] {
        let folder = try TestRulesets.folder(["ruleset.yaml": TestRulesets.header + body])
        return RulesetLoader.load(directory: folder).1
    }

    @Test func englishIsRequired() throws {
        let diagnostics = try Self.diagnostics(
            """

            threats:
              - id: t
                title: {fr: Criminalité, es: Delincuencia}
            """)
        #expect(diagnostics.contains { $0.code == .missingKey && $0.message.contains("'en'") })
    }

    @Test func anUnknownLanguageIsRefusedWithASuggestion() throws {
        let diagnostics = try Self.diagnostics(
            """

            threats:
              - id: t
                title: {en: Crime, fr: Crime, esp: Delito}
            """)
        let unknown = try #require(diagnostics.first { $0.code == .unknownKey })
        #expect(unknown.message.contains("'esp'"))
        #expect(unknown.message.contains("en, fr, es"))
        // The caret is at the unknown key.
        #expect(unknown.location?.mark.line == 10)
        #expect(unknown.location?.mark.column == "    title: {en: Crime, fr: Crime, ".count + 1)
    }

    @Test func aTranslationMustBeText() throws {
        let diagnostics = try Self.diagnostics(
            """

            instruments:
              - id: i
                title: {en: Convention, fr: [Convention]}
                kind: treaty
            """)
        #expect(diagnostics.contains { $0.code == .wrongNodeType && $0.message.contains("(fr)") })
    }
}
