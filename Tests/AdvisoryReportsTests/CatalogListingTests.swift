import AdvisoryCore
import Foundation
import Testing

@testable import AdvisoryReports

@Suite struct CatalogListingTests {
    /// `list threats` printed a threat's rules in ruleset order (file names, then positions).
    @Test("a threat's rules and a priority's strategies are sorted by id")
    func linksAreSorted() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("listing-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let files = [
            "ruleset.yaml": "ruleset: {id: l, title: L, version: '1'}\n",
            "a.yaml": """
            indicators:
              - {id: x, type: number}
            threats:
              - {id: t, title: T}
            priorities:
              - {id: p, title: P}
            strategies:
              - {id: s2, title: S, priority: p}
              - {id: s1, title: S, priority: p}
            rules:
              - {id: VE-2, when: x > 1, then: {threats: [t], strategies: [s1, s2]}}

            """,
            "b.yaml":
                "rules:\n  - {id: AB-9, when: x > 2, then: {threats: [t]}}\n  - {id: VE-1, when: x > 3, then: {threats: [t]}}\n",
        ]
        for (name, text) in files { try Data(text.utf8).write(to: root.appendingPathComponent(name)) }
        let ruleset = try #require(RulesetLoader.load(directory: root.path).0)
        #expect(ruleset.rules.map(\.id) == ["VE-2", "AB-9", "VE-1"])
        let listing = CatalogListing(ruleset: ruleset)
        #expect(listing.entries("threats").first?.links == ["rules": ["AB-9", "VE-1", "VE-2"]])
        #expect(listing.entries("priorities").first?.links == ["strategies": ["s1", "s2"]])
        #expect(CatalogListing.text(listing.entries("threats")) == "t  T\n   rules: AB-9, VE-1, VE-2\n1 entry\n")
    }
}
