import Foundation
import TestSupport
import Testing

@testable import AdvisoryReports

/// Produced JSON reports validated against docs/report-schema.json by a real JSON Schema
/// validator: Python's `jsonschema` (Draft 2020-12, with format checks). Skipped, with a message,
/// where it is not installed; .ci/run installs it (Debian's python3-jsonschema).
@Suite struct SchemaTests {
    static let schema = Fixtures.sourceFolder.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/report-schema.json")

    static let script = """
        import json, sys
        from jsonschema import Draft202012Validator
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        Draft202012Validator.check_schema(schema)
        validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
        failed = 0
        for path in sys.argv[2:]:
            for error in validator.iter_errors(json.load(open(path, encoding="utf-8"))):
                failed += 1
                print(f"{path}: {'/'.join(map(str, error.absolute_path))}: {error.message}")
        sys.exit(1 if failed else 0)
        """

    /// Runs the validator on `documents` against `schema`; returns its exit status and output.
    static func validate(_ documents: [String], schema: URL = schema) throws -> (status: Int32, output: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for (index, document) in documents.enumerated() {
            let url = folder.appendingPathComponent("report-\(index).json")
            try Data(document.utf8).write(to: url)
            paths.append(url.path)
        }
        return try Python.run(["-c", script, schema.path] + paths)
    }

    static let validatorAvailable = Python.canImport(["jsonschema"])

    static let skipped =
        "python3 with jsonschema is not installed (apt-get install python3-jsonschema): the JSON Schema check is skipped"

    @Test(.enabled(if: validatorAvailable, Comment(rawValue: skipped)))
    func reportsMatchTheSchema() throws {
        let documents = try [Fixtures.arcadia, Fixtures.borealia, Fixtures.hostile].map(JSONReportRenderer.render)
        let result = try Self.validate(documents)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test(.enabled(if: validatorAvailable, Comment(rawValue: skipped)))
    func theSchemaRejectsAnUnknownKeyAndAMissingOne() throws {
        let json = try JSONReportRenderer.render(try Fixtures.arcadia)
        var extra = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        extra["surprise"] = 1
        var missing = extra
        missing.removeValue(forKey: "surprise")
        missing.removeValue(forKey: "provenance")
        let documents = try [extra, missing].map {
            String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self)
        }
        for document in documents {
            let result = try Self.validate([document])
            #expect(result.status == 1, "\(result.output)")
        }
    }

    /// Every key the report can carry (all optional keys present in the arcadia fixture) is
    /// in the schema: with additionalProperties false, validation above would fail otherwise.
    /// This checks the fixture really exercises the optional keys.
    @Test func theFixtureCarriesEveryOptionalKey() throws {
        let json = try JSONReportRenderer.render(try Fixtures.arcadia)
        for key in ["\"description\"", "\"short\"", "\"since\"", "\"margin\"", "\"source\"", "\"because\"", "\"year\""]
        {
            #expect(json.contains(key), "arcadia.json lacks \(key)")
        }
    }

    @Test func contractKeysAreRequired() throws {
        let data = try Data(contentsOf: Self.schema)
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let required = Set(try #require(schema["required"] as? [String]))
        #expect(
            required.isSuperset(of: [
                "schema", "country", "threats", "strategies", "instruments", "rules", "data_gaps", "stale",
                "provenance",
            ]))
        #expect(schema["additionalProperties"] as? Bool == false)
    }
}
