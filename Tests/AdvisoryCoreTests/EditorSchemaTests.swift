import Foundation
import TestSupport
import Testing

@testable import AdvisoryCore

/// The JSON Schemas for editors (docs/ruleset-schema.json, profile-schema.json,
/// rule-test-schema.json) against the decoders: every object the decoders read strictly lists
/// exactly their keys, and a real validator (Python's jsonschema, reading YAML 1.2 through
/// PyYAML) accepts every file of Rules/, Examples/ and the valid fixtures, and rejects broken ones.
@Suite struct EditorSchemaTests {
    static let repository = Fixtures.sourceRoot.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let folder = Fixtures.sourceRoot.appendingPathComponent("editor-schemas")

    enum Schema: String, CaseIterable {
        case ruleset = "ruleset-schema.json"
        case profile = "profile-schema.json"
        case ruleTest = "rule-test-schema.json"

        var url: URL { EditorSchemaTests.repository.appendingPathComponent("docs/" + rawValue) }
    }

    /// Each object a decoder reads with `allowOnly`: where the schema describes it (`#` is the
    /// root, else a name under `definitions`) and the decoder's keys. A key added to a decoder
    /// fails here until the schemas list it; add a line when a decoder gains a new object.
    static let objects: [(schema: Schema, definition: String, keys: [String])] = [
        (.ruleset, "#", RulesetLoader.sectionKeys),
        (.ruleset, "header", HeaderDecoder.keys),
        (.ruleset, "indicator", CatalogDecoder.indicatorKeys),
        (.ruleset, "import_mapping_long", ImportMappingDecoder.keys),
        (.ruleset, "threat", CatalogDecoder.threatKeys),
        (.ruleset, "priority", CatalogDecoder.priorityKeys),
        (.ruleset, "strategy", CatalogDecoder.strategyKeys),
        (.ruleset, "instrument", CatalogDecoder.instrumentKeys),
        (.ruleset, "rule", RuleDecoder.ruleKeys),
        (.ruleset, "then", RuleDecoder.thenKeys),
        (.ruleset, "threat_ref_long", RuleDecoder.threatRefKeys),
        (.ruleset, "combinator", ConditionDecoder.combinators),
        (.ruleset, "at_least", ConditionDecoder.atLeastKeys),
        (.profile, "profile", ProfileDecoder.topKeys),
        (.profile, "country", ProfileDecoder.countryKeys),
        (.profile, "indicator_value_long", ProfileDecoder.valueKeys),
        (.profile, "status_long", ProfileDecoder.statusKeys),
        (.ruleTest, "#", RuleTestDecoder.fileKeys),
        (.ruleTest, "test", RuleTestDecoder.testKeys),
        (.ruleTest, "given", RuleTestDecoder.givenKeys),
        (.ruleTest, "given_country", RuleTestDecoder.givenCountryKeys),
        (.ruleTest, "expect", RuleTestDecoder.expectKeys),
        (.ruleTest, "profile", ProfileDecoder.topKeys),
        (.ruleTest, "country", ProfileDecoder.countryKeys),
        (.ruleTest, "indicator_value_long", ProfileDecoder.valueKeys),
        (.ruleTest, "status_long", ProfileDecoder.statusKeys),
    ]

    static func json(_ schema: Schema) throws -> [String: Any] {
        let data = try Data(contentsOf: schema.url)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "\(schema.rawValue)")
    }

    // MARK: Drift

    @Test("each strict object of the schemas has exactly the decoder's keys", arguments: objects.indices)
    func keysMatchTheDecoders(index: Int) throws {
        let (schema, name, keys) = Self.objects[index]
        let document = try Self.json(schema)
        let definitions = document["definitions"] as? [String: Any] ?? [:]
        let object = try #require(
            name == "#" ? document : definitions[name] as? [String: Any], "\(schema.rawValue) has no '\(name)'")
        let properties = Set((object["properties"] as? [String: Any] ?? [:]).keys)
        let place = "\(schema.rawValue) \(name == "#" ? "(root)" : "definitions/\(name)")"
        let missing = Set(keys).subtracting(properties).sorted()
        let extra = properties.subtracting(keys).sorted()
        #expect(missing.isEmpty, "\(place) lacks the decoder's keys \(missing): add them to the schema")
        #expect(extra.isEmpty, "\(place) has keys the decoder refuses \(extra)")
        #expect(
            object["additionalProperties"] as? Bool == false, "\(place) must refuse other keys, as the decoder does")
    }

    @Test("a definition shared by two schemas is the same in both")
    func sharedDefinitionsAgree() throws {
        var seen: [String: (Schema, String)] = [:]
        for schema in Schema.allCases {
            let definitions = try Self.json(schema)["definitions"] as? [String: Any] ?? [:]
            for (name, value) in definitions {
                let text = String(
                    decoding: try JSONSerialization.data(withJSONObject: value, options: .sortedKeys), as: UTF8.self)
                if let (first, earlier) = seen[name] {
                    #expect(
                        earlier == text, "definitions/\(name) differs between \(first.rawValue) and \(schema.rawValue)")
                } else {
                    seen[name] = (schema, text)
                }
            }
        }
        #expect(seen.keys.contains("profile"), "the rule-test schema reuses the profile's definitions")
    }

    @Test("the schemas are draft-07, which every version of the YAML language server reads")
    func draft() throws {
        for schema in Schema.allCases {
            #expect(try Self.json(schema)["$schema"] as? String == "http://json-schema.org/draft-07/schema#")
            #expect(try Self.json(schema)["$id"] == nil, "no $id: an editor would try to fetch it")
        }
    }

    // MARK: A real validator

    /// Runs `validate.py` (next to the fixtures) on `files` against `schema`.
    static func validate(_ schema: Schema, _ files: [String]) throws -> (status: Int32, output: String) {
        try Python.run([folder.appendingPathComponent("validate.py").path, schema.url.path] + files)
    }

    /// Whether python3 with PyYAML and jsonschema is there (the validator exits 3 without them).
    static let validatorAvailable = Python.canImport(["yaml", "jsonschema"])

    /// The `*.yaml` files under `folder` (relative to the repository), sorted, leaving out hidden
    /// entries and those `skip` refuses (given the path relative to `folder`).
    static func yamlFiles(_ folder: String, skip: (String) -> Bool = { _ in false }) -> [String] {
        let root = repository.appendingPathComponent(folder)
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let parts = relative.split(separator: "/")
            guard relative.hasSuffix(".yaml") || relative.hasSuffix(".yml"),
                !parts.contains(where: { $0.hasPrefix(".") }),
                !skip(relative)
            else { continue }
            files.append(root.appendingPathComponent(relative).path)
        }
        return files.sorted()
    }

    static func isTest(_ relative: String) -> Bool { relative.hasPrefix("tests/") || relative.contains("/tests/") }
    static func isTestProfile(_ relative: String) -> Bool { isTest(relative) && relative.contains("profiles/") }

    /// Every ruleset folder whose files the schemas must accept: the default ruleset and the
    /// valid fixtures.
    static let rulesets = [
        "Rules", "Tests/AdvisoryCoreTests/Fixtures/valid", "Tests/AdvisoryCoreTests/Fixtures/ruletests/basic",
        "Tests/AdvisoryCoreTests/Fixtures/ruletests/analysis",
        "Tests/AdvisoryCoreTests/Fixtures/editor-schemas/everything",
        "Tests/AdvisoryReportsTests/Fixtures/ruleset", "Tests/AdvisoryReportsTests/Fixtures/hostile/ruleset",
        "Tests/AdvisoryAnalysisTests/Fixtures/diff/base", "Tests/AdvisoryAnalysisTests/Fixtures/diff/head",
    ]

    static let profileFolders = [
        "Examples", "Tests/AdvisoryCoreTests/Fixtures/profiles", "Tests/AdvisoryCoreTests/Fixtures/ruletests/profiles",
        "Tests/AdvisoryReportsTests/Fixtures/profiles", "Tests/AdvisoryReportsTests/Fixtures/uncertain",
        "Tests/AdvisoryAnalysisTests/Fixtures/diff/profiles",
    ]

    @Test(
        "every file of Rules/, Examples/ and the valid fixtures matches its schema",
        .enabled(
            if: validatorAvailable,
            "needs python3 with PyYAML and jsonschema (python3 -m pip install pyyaml jsonschema)"))
    func validFilesAreAccepted() throws {
        let rulesetFiles = Self.rulesets.flatMap { Self.yamlFiles($0, skip: Self.isTest) }
        let profiles =
            Self.profileFolders.flatMap { Self.yamlFiles($0) }
            + Self.rulesets.flatMap { Self.yamlFiles($0, skip: { !Self.isTestProfile($0) }) }
            + ["Tests/AdvisoryReportsTests/Fixtures/hostile/profile.yaml"].map {
                Self.repository.appendingPathComponent($0).path
            }
        // valid/tests/ignored.yaml is broken on purpose: it shows that tests/ is not part of a ruleset.
        let tests = Self.rulesets.flatMap { Self.yamlFiles($0, skip: { !Self.isTest($0) || Self.isTestProfile($0) }) }
            .filter { !$0.hasSuffix("Fixtures/valid/tests/ignored.yaml") }
        // The suites the files come from must not have moved away.
        #expect(rulesetFiles.count >= 20)
        #expect(profiles.contains { $0.hasSuffix("Examples/profiles/arcadia.yaml") })
        #expect(tests.contains { $0.hasSuffix("everything/tests/everything.yaml") })
        for (schema, files) in [(Schema.ruleset, rulesetFiles), (.profile, profiles), (.ruleTest, tests)] {
            let result = try Self.validate(schema, files)
            #expect(result.status == 0, "\(schema.rawValue):\n\(result.output)")
        }
    }

    @Test(
        "broken files are rejected, each where it is broken",
        .enabled(
            if: validatorAvailable,
            "needs python3 with PyYAML and jsonschema (python3 -m pip install pyyaml jsonschema)"),
        arguments: [Schema.ruleset, .profile, .ruleTest])
    func brokenFilesAreRejected(schema: Schema) throws {
        let kind = schema.rawValue.replacingOccurrences(of: "-schema.json", with: "")
        let broken = Self.yamlFiles("Tests/AdvisoryCoreTests/Fixtures/editor-schemas/broken/" + kind)
        #expect(broken.count >= 3)
        for file in broken {
            // Each file says on its first line where the validator must find it broken.
            let firstLine = try String(contentsOfFile: file, encoding: .utf8).prefix { $0 != "\n" }
            let place = try #require(firstLine.split(separator: "# rejected at: ").last.map(String.init))
            let result = try Self.validate(schema, [file])
            #expect(result.status == 1, "\(file) was accepted")
            #expect(result.output.contains("\(file): \(place): "), "\(result.output)")
        }
    }
}
