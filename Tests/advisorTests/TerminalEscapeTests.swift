import Foundation
import Testing

/// Text from YAML, CSV and the command line reaches the terminal cleaned: a rule title
/// `"\e[2J\e[31m…"` cleared the screen in `list`, `explain`, `what-if` and `test`, a country
/// named `"\e]0;pwned\a"` retitled the terminal, and every error or warning quoted input raw.
/// Every command, every format a terminal shows, standard output and standard error.
@Suite struct TerminalEscapeTests {
    /// ESC, BEL, CSI (C1), and a right-to-left override.
    static let forbidden: [Unicode.Scalar] = ["\u{1B}", "\u{07}", "\u{9B}", "\u{202E}"]

    /// A ruleset and a profile whose every text carries escape sequences.
    final class HostileFiles {
        let scratch: EvaluateCommandTests.Scratch
        var rules: String { scratch.path("rules") }
        var profile: String { scratch.path("profile.yaml") }

        init() throws {
            scratch = try EvaluateCommandTests.Scratch()
            for folder in ["rules/tests"] {
                try FileManager.default.createDirectory(atPath: scratch.path(folder), withIntermediateDirectories: true)
            }
            _ = try scratch.write(
                "rules/ruleset.yaml",
                #"""
                ruleset: {id: hostile, title: "Hostile \e[2J ruleset", version: 1.0.0}
                indicators:
                  - {id: x, name: "X \e]0;pwned\a index", type: number, source: "Source \u202E", unit: "\e[31m"}
                threats:
                  - {id: t, title: "Threat \e[2J\e[31m red"}
                priorities:
                  - {id: p, title: "Priority \e[5m"}
                strategies:
                  - {id: s, priority: p, title: "Strategy \e]0;pwned\a", addresses: [t], instruments: [i]}
                instruments:
                  - {id: i, title: "Instrument \e[2J", short: "I\e[1m", kind: treaty}
                rules:
                  - id: R1
                    title: "\e]0;pwned\a rule"
                    when: x > 1
                    then: {threats: [t], strategies: [s]}
                    because: "x is {x} \e[2J"

                """#)
            _ = try scratch.write(
                "rules/tests/t.yaml",
                #"""
                tests:
                  - name: "name \e[2J\e[31m"
                    profile: {country: {code: AAA, name: "A\e[2J", year: 2024}, indicators: {x: 5}}
                    expect: {not_fired: [R1]}

                """#)
            _ = try scratch.write(
                "profile.yaml",
                #"""
                country: {code: "A\e[2J", name: "\e]0;pwned\a", year: 2024}
                indicators:
                  x: {value: 5, source: "src \e[2J", year: 2023}
                  "unknown\e[2J": 1

                """#)
            _ = try scratch.write(
                "table.csv", "code,name,year,x,zz\u{1B}[2J\nAAA,\"=cmd|' /C calc'!A0\u{1B}[2J\",2024,5,\n")
        }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var status: Int32
        var testDescription: String { arguments.prefix(3).joined(separator: " ") }
    }

    static let cases: [Case] = [
        Case(arguments: ["list", "threats", "--rules", "rules"], status: 0),
        Case(arguments: ["list", "rules", "--rules", "rules"], status: 0),
        Case(arguments: ["list", "strategies", "--rules", "rules"], status: 0),
        Case(arguments: ["list", "instruments", "--rules", "rules"], status: 0),
        Case(arguments: ["list", "indicators", "--rules", "rules"], status: 0),
        Case(arguments: ["list", "priorities", "--rules", "rules"], status: 0),
        Case(arguments: ["explain", "profile.yaml", "--rules", "rules", "--threat", "t"], status: 0),
        Case(arguments: ["explain", "profile.yaml", "--rules", "rules", "--instrument", "i"], status: 0),
        Case(arguments: ["explain", "profile.yaml", "--rules", "rules", "--rule", "R1"], status: 0),
        Case(arguments: ["explain", "profile.yaml", "--rules", "rules", "--threat", "\u{1B}[2J"], status: 2),
        Case(arguments: ["what-if", "profile.yaml", "--rules", "rules", "--set", "x=0"], status: 0),
        Case(arguments: ["what-if", "profile.yaml", "--rules", "rules", "--set", "x=\u{1B}[2J"], status: 2),
        Case(arguments: ["test", "rules"], status: 1),
        Case(arguments: ["test", "rules", "--filter", "\u{1B}[2J"], status: 2),
        Case(arguments: ["test", "rules", "--filter", "\u{1B}\\[2J"], status: 1),
        Case(arguments: ["validate", "rules", "--profile", "profile.yaml"], status: 0),
        Case(arguments: ["evaluate", "profile.yaml", "--rules", "rules"], status: 0),
        Case(arguments: ["evaluate", "profile.yaml", "--rules", "rules", "--format", "markdown"], status: 0),
        Case(arguments: ["evaluate", "profile.yaml", "--rules", "rules", "--format", "csv"], status: 0),
        Case(arguments: ["evaluate", "profile.yaml", "--rules", "rules", "--format", "\u{1B}[2J"], status: 2),
        Case(arguments: ["batch", "table.csv", "--rules", "rules"], status: 0),
        Case(arguments: ["batch", "nowhere\u{1B}[2J.csv", "--rules", "rules"], status: 2),
    ]

    @Test(arguments: cases) func noEscapeReachesTheTerminal(testCase: Case) throws {
        let files = try HostileFiles()
        let result = try AdvisorBinary.run(testCase.arguments, in: files.scratch.url)
        #expect(result.status == testCase.status, "\(result.stderr)")
        for (name, text) in [("standard output", result.stdout), ("standard error", result.stderr)] {
            let found = text.unicodeScalars.filter { Self.forbidden.contains($0) }
            #expect(found.isEmpty, "\(name) carries \(found.map { String(format: "U+%04X", $0.value) })")
        }
        #expect((result.stdout + result.stderr).contains("\u{FFFD}"), "the hostile text was not shown")
    }

    /// Batch CSV neutralises spreadsheet formulas, as the CSV report does.
    @Test func batchCSVNeutralisesFormulas() throws {
        let files = try HostileFiles()
        let result = try AdvisorBinary.run(["batch", "table.csv", "--rules", "rules"], in: files.scratch.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\nAAA,'=cmd|' /C calc'!A0\u{FFFD}[2J,2024,"), "\(result.stdout)")
    }
}
