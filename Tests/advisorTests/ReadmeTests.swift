import Foundation
import TestSupport
import Testing

/// The README's report excerpt is the real output, so that it cannot drift: the lines between
/// its markers are the first lines of the command named in the BEGIN marker, run from the
/// repository root. After a deliberate change of the report, `RECORD_GOLDEN=1 swift test
/// --filter ReadmeTests` rewrites them (as many lines as there are, 20 for an empty excerpt).
@Suite struct ReadmeTests {
    static let readme = AdvisorBinary.repositoryRoot.appendingPathComponent("README.md")
    static let begin = "<!-- BEGIN report excerpt: "
    static let end = "```\n<!-- END report excerpt -->"

    /// The README around the excerpt: text before it, the command, the excerpt, text after it.
    static func parts(_ text: String) throws -> (before: String, command: String, excerpt: String, after: String) {
        let marker = try #require(text.range(of: begin), "README.md has no '\(begin)' marker")
        let close = try #require(text.range(of: " -->\n```text\n", range: marker.upperBound..<text.endIndex))
        let finish = try #require(text.range(of: end, range: close.upperBound..<text.endIndex))
        return (
            String(text[..<close.upperBound]), String(text[marker.upperBound..<close.lowerBound]),
            String(text[close.upperBound..<finish.lowerBound]), String(text[finish.lowerBound...])
        )
    }

    @Test func reportExcerptIsTheRealOutput() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let (before, command, excerpt, after) = try Self.parts(text)
        let words = command.split(separator: " ").map(String.init)
        #expect(words.first == "advisor")
        let result = try AdvisorBinary.run(Array(words.dropFirst()), in: AdvisorBinary.repositoryRoot)
        #expect(result.status == 0, "\(result.stderr)")
        let count = excerpt.isEmpty ? 20 : excerpt.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).prefix(count)
        #expect(lines.count == count, "the report has fewer lines than the excerpt")
        let actual = lines.map { $0 + "\n" }.joined()
        Golden.check(before + actual + after, against: Self.readme)
    }
}
