import Foundation
import Testing

/// `advisor evaluate --template` with hostile templates: each once crashed the binary (SIGSEGV)
/// or ran for minutes; now each stops with its diagnostic, exit 2 and nothing written.
@Suite(.timeLimit(.minutes(2))) struct TemplateLimitCommandTests {
    static let arcadia = AdvisorBinary.repositoryRoot.appendingPathComponent("Examples/profiles/arcadia.yaml").path

    /// Evaluates the example profile with the default ruleset and `template` into `--output`.
    static func evaluate(template: String, format: String = "html") throws -> (AdvisorBinary.Result, Bool) {
        let scratch = try EvaluateCommandTests.Scratch()
        _ = try scratch.write("org.mustache", template)
        let output = scratch.path("report.out")
        let result = try AdvisorBinary.run(
            [
                "evaluate", Self.arcadia, "--format", format, "--template", "org.mustache", "--output", output,
                "--date",
                "2025-01-15",
            ],
            in: scratch.url)
        return (result, FileManager.default.fileExists(atPath: output))
    }

    /// A hostile template, named for the test log (the templates themselves run to megabytes).
    struct Hostile: Sendable, CustomTestStringConvertible {
        var name: String
        var template: @Sendable () -> String
        var message: String
        var testDescription: String { name }
    }

    static let hostile: [Hostile] = [
        Hostile(
            name: "5,000 nested sections (SIGSEGV in the parser)",
            template: { String(repeating: "{{#a}}", count: 5_000) + String(repeating: "{{/a}}", count: 5_000) },
            message: "org.mustache:1:193: error[PA903]: sections are nested more than 32 levels deep here"),
        Hostile(
            name: "5,000 nested sections never closed",
            template: { String(repeating: "{{#a}}", count: 5_000) },
            message: "org.mustache:1:193: error[PA903]: sections are nested more than 32 levels deep here"),
        Hostile(
            name: "transforms chained 10,000 deep (1.4 GB, then abort)",
            template: {
                "{{" + String(repeating: "a(", count: 10_000) + "x" + String(repeating: ")", count: 10_000) + "}}"
            },
            message: "org.mustache:1:1: error[PA903]: this tag chains more than 4 transforms"),
        Hostile(
            name: "100,000 sections one after another (over 10 s)",
            template: { String(repeating: "{{#hasThreats}}x{{/hasThreats}}", count: 100_000) },
            message: "org.mustache:1:1: error[PA902]: the template is 3100000 bytes, over the limit of 1 MiB"),
        Hostile(
            name: "the annex nested in itself four deep (12 million repetitions, over 10 s)",
            template: {
                String(repeating: "{{#annex}}", count: 4) + "{{rule}}" + String(repeating: "{{/annex}}", count: 4)
            },
            message: "org.mustache:1:1: error[PA905]: rendering this report takes more than "),
    ]

    @Test("a hostile template stops with its diagnostic", arguments: Self.hostile)
    func hostileTemplate(hostile: Hostile) throws {
        let (result, written) = try Self.evaluate(template: hostile.template())
        #expect(result.status == 2, "\(result.stderr.prefix(300))")
        #expect(result.stderr.hasPrefix(hostile.message), "\(result.stderr.prefix(300))")
        #expect(!written)
    }
}
