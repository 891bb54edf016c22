import Foundation
import Testing
import YAML

@testable import AdvisoryCore

/// One mistake gives one error: what a file or an entry that could not be read may define is
/// not reported again as unknown wherever it is named (`UnreadDefinitions`). The golden
/// fixtures `bad/unquoted-colon` and `bad/key-typo` show the two cases of issue 9.
@Suite struct CascadeTests {
    static let header = "ruleset: {id: c, title: C, version: '1'}\n"

    /// The diagnostics of a ruleset folder holding `files`.
    static func load(_ files: [String: String]) throws -> (Ruleset?, [Diagnostic]) {
        let folder = try TestRulesets.folder(files.merging(["ruleset.yaml": header]) { old, _ in old })
        defer { removeTemporaryFolder(folder) }
        let (ruleset, diagnostics) = RulesetLoader.load(directory: folder)
        return (ruleset, diagnostics.sortedForDisplay())
    }

    static let rules = """
        indicators:
          - {id: x, type: number}
        rules:
          - {id: R1, when: x > 1, then: {threats: [t1, typo]}}

        """

    @Test("a file's top-level keys say what it may define")
    func kindsOfAFile() {
        func kinds(_ text: String) -> Set<UnreadDefinitions.Kind> {
            UnreadDefinitions.kinds(mayBeDefinedIn: SourceFile(path: "f.yaml", text: text))
        }
        #expect(kinds("# c\nthreats:\n  - id: a\n    title: b: c\n'rules':\n  - x\n") == [.threats, .rules])
        #expect(kinds("ruleset:\n  id: x\n") == [])
        // Nothing seen: anything may be defined.
        #expect(kinds("{threats: [a: b]}") == Set(UnreadDefinitions.Kind.allCases))
        #expect(kinds("") == Set(UnreadDefinitions.Kind.allCases))
    }

    @Test("a file that cannot be read hides unknown references of its kinds only")
    func unreadableFile() throws {
        let (ruleset, diagnostics) = try Self.load([
            "threats.yaml": "threats:\n  - {id: t1, title: T: one}\n", "rules.yaml": Self.rules,
        ])
        #expect(diagnostics.map(\.code) == [.yamlSyntax])
        #expect(
            diagnostics.first?.notes.last?.message
                == "later checks are limited: unknown references to threats are not reported, as this file (which may define them) could not be read"
        )
        #expect(ruleset?.unread.wholeKinds == [.threats])
        // An indicator is not a threat: its typo is still reported.
        let (_, other) = try Self.load([
            "threats.yaml": "threats:\n  - {id: t1, title: T: one}\n",
            "rules.yaml": Self.rules.replacingOccurrences(of: "x > 1", with: "y > 1"),
        ])
        #expect(other.map(\.code) == [.unknownReference, .yamlSyntax])
        #expect(other.first?.message == "unknown indicator 'y'")
    }

    @Test("an entry that fails to decode keeps its id known; only that id")
    func entryWithID() throws {
        let (ruleset, diagnostics) = try Self.load([
            "threats.yaml": "threats:\n  - {id: t1, tittle: T}\n", "rules.yaml": Self.rules,
        ])
        #expect(diagnostics.map(\.code) == [.unknownReference, .missingKey, .unknownKey])
        #expect(diagnostics.first?.message == "unknown threat 'typo'")
        #expect(ruleset?.unread.ids == [.threats: ["t1"]])
        #expect(diagnostics.allSatisfy { $0.notes.isEmpty })
    }

    @Test("an entry without a readable id leaves its kind unchecked, and its first error says so")
    func entryWithoutID() throws {
        let (ruleset, diagnostics) = try Self.load([
            "threats.yaml": "threats:\n  - {title: T}\n  - {id: 7, title: U}\n", "rules.yaml": Self.rules,
        ])
        #expect(diagnostics.map(\.code) == [.missingKey, .wrongNodeType])
        #expect(
            diagnostics.first?.notes.map(\.message) == [
                "later checks are limited: unknown references to threats are not reported, as this entry (which may define one) has no readable id"
            ])
        // Said once: the second entry's error has no note.
        #expect(diagnostics.last?.notes.isEmpty == true)
        #expect(ruleset?.unread.wholeKinds == [.threats])
    }

    @Test("an empty file defines nothing")
    func emptyFile() throws {
        let (_, diagnostics) = try Self.load(["empty.yaml": "# nothing yet\n", "rules.yaml": Self.rules])
        #expect(diagnostics.map(\.code) == [.emptyFile, .unknownReference, .unknownReference])
        #expect(diagnostics.first?.notes.isEmpty == true)
    }

    @Test("a 'because' placeholder naming what could not be read is not reported")
    func templatePlaceholders() throws {
        let (_, diagnostics) = try Self.load([
            "indicators.yaml": "indicators:\n  - {id: x, type: number}\n  - {id: y, typo: number}\n",
            "rules.yaml": """
            threats:
              - {id: t1, title: T}
            rules:
              - {id: R1, when: x > 1, then: {threats: [t1]}, because: "{y} and {z}"}

            """,
        ])
        #expect(diagnostics.map(\.code) == [.missingKey, .unknownKey, .unknownTemplateReference])
        #expect(diagnostics.last?.message == "'{z}' in 'because' names no indicator or instrument of this ruleset")
    }

    @Test("a profile validated against a broken ruleset gets no warning for what could not be read")
    func profileAgainstABrokenRuleset() throws {
        let (loaded, _) = try Self.load([
            "indicators.yaml": "indicators:\n  - {id: x, type: number}\n  - {id: y, type: nmber}\n"
        ])
        let ruleset = try #require(loaded)
        let file = SourceFile(
            path: "p.yaml", text: "country: {code: X, name: X, year: 2024}\nindicators: {x: 1, y: 2, w: 3}\n")
        let context = DecodingContext(file: file)
        _ = ProfileDecoder.decode(try Parser.parse(file), ruleset: ruleset, context: context)
        #expect(context.diagnostics.map(\.message) == ["'w' is not an indicator of this ruleset; its value is ignored"])
    }
}
