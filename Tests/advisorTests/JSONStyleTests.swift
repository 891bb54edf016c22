import Foundation
import Testing

/// Every JSON the command line prints follows the report's conventions: an object (or array)
/// pretty-printed with sorted snake_case keys (`"key" : value`, two-space indent), and a final
/// line break; documents carry a `schema` id.
@Suite struct JSONStyleTests {
    static let arcadia = AdvisorBinary.fixtures.appendingPathComponent("profiles/arcadia.yaml").path
    static let rules = AdvisorBinary.fixtures.appendingPathComponent("ruleset").path
    static let badRuleset = AdvisorBinary.repositoryRoot.appendingPathComponent(
        "Tests/AdvisoryCoreTests/Fixtures/bad/key-typo"
    ).path

    /// The keys of each object as printed, in order, every object of the text.
    static func keyLists(_ json: String) -> [[String]] {
        var lists: [[String]] = [[]]
        var depthKeys: [[String]] = []
        for line in json.split(separator: "\n") {
            let text = line.drop { $0 == " " }
            if let match = text.firstMatch(of: #/^"([^"]*)" : /#) {
                depthKeys[depthKeys.count - 1].append(String(match.1))
            }
            if text.hasSuffix("{") { depthKeys.append([]) }
            if text.hasPrefix("}") { lists.append(depthKeys.removeLast()) }
        }
        return lists.filter { !$0.isEmpty }
    }

    static func expectReportStyle(_ json: String, schema: String?, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        #expect(json.hasSuffix("}\n"), sourceLocation: sourceLocation)
        #expect(
            try JSONSerialization.jsonObject(with: Data(json.utf8)) is [String: Any], sourceLocation: sourceLocation)
        let lists = keyLists(json)
        #expect(!lists.isEmpty, sourceLocation: sourceLocation)
        for keys in lists {
            #expect(keys == keys.sorted(), "keys not sorted: \(keys)", sourceLocation: sourceLocation)
            #expect(
                keys.allSatisfy { $0.wholeMatch(of: /[a-z][a-z0-9_]*/) != nil }, "not snake_case: \(keys)",
                sourceLocation: sourceLocation)
        }
        if let schema {
            #expect(json.contains("\n  \"schema\" : \"\(schema)\""), sourceLocation: sourceLocation)
        }
    }

    @Test func reportStyle() throws {
        let report = try AdvisorBinary.run(["evaluate", "--rules", Self.rules, Self.arcadia, "--format", "json"])
        try Self.expectReportStyle(report.stdout, schema: "policyadvisor.report/v2")
    }

    /// what-if printed its changes alone, without a schema or the country.
    @Test func whatIfStyle() throws {
        let result = try AdvisorBinary.run([
            "what-if", "--rules", Self.rules, Self.arcadia, "--set", "basel_aml_index=3", "--format", "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        try Self.expectReportStyle(result.stdout, schema: "policyadvisor.what_if/v1")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["changes"] as? [String] == ["basel_aml_index=3"])
        #expect((object["country"] as? [String: Any])?["code"] as? String == "ARC")
        #expect(result.stdout.contains("\"score_after\" : "))
    }

    /// validate encoded its JSON apart from the reports, without a final line break of its own.
    @Test func validateStyle() throws {
        let result = try AdvisorBinary.run(["validate", Self.badRuleset, "--format", "json"])
        #expect(result.status == 1)
        try Self.expectReportStyle(result.stdout, schema: "policyadvisor.diagnostics/v1")
        #expect(!result.stdout.hasSuffix("\n\n"))
    }

    @Test func explainStyle() throws {
        let result = try AdvisorBinary.run([
            "explain", "--rules", Self.rules, Self.arcadia, "--threat", "organized_crime", "--format", "json",
        ])
        try Self.expectReportStyle(result.stdout, schema: nil)
    }
}
