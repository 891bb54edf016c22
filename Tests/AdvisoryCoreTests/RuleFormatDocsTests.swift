import Foundation
import Testing

@testable import AdvisoryCore

/// docs/rule-format.md has a table row for every key the decoders accept.
@Suite("docs/rule-format.md")
struct RuleFormatDocsTests {
    static let text: String = {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/rule-format.md")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    static let keySets: [(String, [String])] = [
        ("ruleset sections", RulesetLoader.sectionKeys),
        ("ruleset header", HeaderDecoder.keys),
        ("indicator", CatalogDecoder.indicatorKeys),
        ("import mapping", ImportMappingDecoder.keys),
        ("threat", CatalogDecoder.threatKeys),
        ("priority", CatalogDecoder.priorityKeys),
        ("strategy", CatalogDecoder.strategyKeys),
        ("instrument", CatalogDecoder.instrumentKeys),
        ("rule", RuleDecoder.ruleKeys),
        ("then", RuleDecoder.thenKeys),
        ("profile", ProfileDecoder.topKeys),
        ("country", ProfileDecoder.countryKeys),
        ("indicator value", ProfileDecoder.valueKeys),
        ("instrument status", ProfileDecoder.statusKeys),
    ]

    @Test("every accepted key has a table row", arguments: keySets.map(\.0))
    func keysDocumented(block: String) throws {
        let keys = try #require(Self.keySets.first { $0.0 == block }?.1)
        for key in keys {
            #expect(Self.text.contains("| `\(key)` |"), "docs/rule-format.md has no row for '\(key)' (\(block))")
        }
    }

    @Test func combinatorsDocumented() {
        for combinator in ConditionDecoder.combinators {
            #expect(Self.text.contains("`\(combinator):"), "docs/rule-format.md does not show '\(combinator):'")
        }
        for op in ComparisonOperator.allCases {
            #expect(Self.text.contains("\"\(op.rawValue)\""), "the leaf grammar lacks '\(op.rawValue)'")
        }
    }
}
