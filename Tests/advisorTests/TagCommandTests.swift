import Foundation
import Testing

/// A profile with `code: !!null ARC`, `name: !!binary …`, `year: !!bool 2024`, `!foo X` or
/// `!!map X` was evaluated with exit 0, the tag ignored. Each is now refused at the tag.
@Suite struct TagCommandTests {
    @Test(
        arguments: [
            ("code: !!null ARC", 9, "the tag !!null does not match the text 'ARC'"),
            ("code: !!binary QVJD", 9, "the tag !!binary is not supported"),
            ("code: !foo X", 9, "the tag !foo is not supported"),
            ("code: !!map X", 9, "the tag !!map names a mapping, but this is a scalar"),
            ("year: !!bool 2024", 9, "the tag !!bool does not match an integer ('2024')"),
        ])
    func aTaggedValueIsRefused(line: String, column: Int, message: String) throws {
        let scratch = try EvaluateCommandTests.Scratch()
        var lines = ["code: ARC", "name: Arcadia", "year: 2024"]
        lines.removeAll { $0.split(separator: ":")[0] == line.split(separator: ":")[0] }
        lines.insert(line, at: 0)
        let profile = try scratch.write(
            "p.yaml", "country:\n" + lines.map { "  " + $0 + "\n" }.joined() + "indicators: {}\n")
        let result = try AdvisorBinary.run([
            "evaluate", profile, "--rules", EvaluateCommandTests.rules, "--format", "json",
        ])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("\(profile):2:\(column): error[PA011]: \(message)"), "\(result.stderr)")
    }

    @Test func stringTagsStillWork() throws {
        let scratch = try EvaluateCommandTests.Scratch()
        let profile = try scratch.write(
            "p.yaml", "country: {code: !!str 123, name: !!str true, year: !!int 2024}\nindicators: {}\n")
        let result = try AdvisorBinary.run([
            "evaluate", profile, "--rules", EvaluateCommandTests.rules, "--format", "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"code\" : \"123\""))
    }
}
