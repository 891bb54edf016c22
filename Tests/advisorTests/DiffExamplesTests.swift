import Foundation
import Testing

/// The issue's "done when": one threshold changed in a copy of `Rules/`, and `advisor diff
/// --base Rules --head COPY Examples/profiles` lists exactly the example countries whose advice
/// changes (found independently, by comparing `advisor batch` reports of both rulesets), each with
/// the rule and the leaf that changed.
@Suite
struct DiffExamplesTests {
    static let root = AdvisorBinary.repositoryRoot
    static let rules = root.appendingPathComponent("Rules")
    static let profiles = root.appendingPathComponent("Examples/profiles").path
    static let date = "2025-01-15"

    /// A number comparison on its own line of a rule file: `- x >= 6`, `when: x <= -1.0`.
    struct Threshold {
        var file: URL
        var line: Int
        var text: String
        var value: Double

        /// The line with the threshold moved by `delta`, loosening the comparison.
        func loosened() -> (line: String, old: String, new: String)? {
            guard let match = text.firstMatch(of: #/(>=|<=|>|<) *(-?[0-9]+(\.[0-9]+)?) *$/#) else { return nil }
            let op = String(match.1)
            let step = value == 0 ? 1 : abs(value) * 0.1
            let moved = op.hasPrefix(">") ? value - step : value + step
            let new = String(format: "%.2f", moved)
            return (
                text.replacingCharacters(in: match.2.startIndex..<match.2.endIndex, with: new), String(match.2), new
            )
        }
    }

    static func thresholds() throws -> [Threshold] {
        let folder = rules.appendingPathComponent("rules")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
            .sorted()
        var found: [Threshold] = []
        for name in files {
            let url = folder.appendingPathComponent(name)
            let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
            for (index, line) in lines.enumerated() {
                guard
                    let match = line.firstMatch(
                        of: #/^ *(- +|when: +)[a-z_][a-z0-9_]* +(>=|<=|>|<) *(-?[0-9]+(\.[0-9]+)?) *$/#),
                    let value = Double(match.3)
                else { continue }
                found.append(Threshold(file: url, line: index, text: line, value: value))
            }
        }
        return found
    }

    /// Per country code: what the advice is, in the words of the JSON report.
    static func advice(_ rules: String) throws -> [String: String] {
        let result = try AdvisorBinary.run([
            "batch", profiles, "--rules", rules, "--format", "json", "--date", date,
        ])
        try #require(result.status == 0, "\(result.stderr)")
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        var advice: [String: String] = [:]
        for report in reports {
            let country = try #require(report["country"] as? [String: Any])
            let code = try #require(country["code"] as? String)
            let parts = try ["threats", "strategies", "instruments", "rules"].map { key in
                let value = try #require(report[key])
                return String(
                    decoding: try JSONSerialization.data(withJSONObject: value, options: .sortedKeys), as: UTF8.self)
            }
            advice[code] = parts.joined(separator: "\n")
        }
        return advice
    }

    @Test("one threshold changed: exactly the countries whose advice changes, and why")
    func oneThreshold() throws {
        let scratch = try EvaluateCommandTests.Scratch()
        let copy = scratch.url.appendingPathComponent("Rules")
        let before = try Self.advice(Self.rules.path)
        var tried = 0
        for threshold in try Self.thresholds().prefix(20) {
            guard let edit = threshold.loosened() else { continue }
            tried += 1
            try? FileManager.default.removeItem(at: copy)
            try FileManager.default.copyItem(at: Self.rules, to: copy)
            let relative = threshold.file.path.dropFirst(Self.rules.path.count)
            let file = URL(fileURLWithPath: copy.path + relative)
            var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
            lines[threshold.line] = edit.line
            try Data(lines.joined(separator: "\n").utf8).write(to: file)
            let after = try Self.advice(copy.path)
            let expected = Set(before.keys.filter { before[$0] != after[$0] })
            // A change that moves no country, or every one, tells less: try the next threshold.
            guard !expected.isEmpty, expected.count < before.count else { continue }

            let result = try AdvisorBinary.run([
                "diff", "--base", Self.rules.path, "--head", copy.path, Self.profiles, "--format", "json",
                "--date", Self.date,
            ])
            #expect(result.status == 1, "\(result.stderr)")
            let diff = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let profiles = try #require(diff["profiles"] as? [[String: Any]])
            let changed = profiles.filter { $0["changed"] as? Bool == true }
            let codes = Set(changed.compactMap { ($0["country"] as? [String: Any])?["code"] as? String })
            #expect(codes == expected, "\(edit.line.trimmingCharacters(in: .whitespaces))")
            for profile in changed {
                let rules = try #require(profile["rules"] as? [[String: Any]])
                let reasons = rules.flatMap { $0["reasons"] as? [[String: Any]] ?? [] }
                let leaves = reasons.compactMap { $0["change"] as? [String: Any] }
                #expect(
                    leaves.contains {
                        ($0["before"] as? String)?.hasSuffix(edit.old) == true
                            && ($0["after"] as? String)?.hasSuffix(edit.new) == true
                    }, "\(profile["source"] ?? "?"): \(reasons)")
            }
            // The text names the leaf the way a rule author reads it.
            let text = try AdvisorBinary.run([
                "diff", "--base", Self.rules.path, "--head", copy.path, Self.profiles, "--date", Self.date,
            ])
            #expect(
                text.stdout.contains(
                    "→ \(edit.line.firstMatch(of: #/(>=|<=|>|<)/#).map { String($0.1) } ?? "") \(edit.new)"))
            return
        }
        Issue.record("none of the \(tried) thresholds tried changes the advice of some, but not all, example countries")
    }
}
