import Foundation
import TestSupport
import Testing

/// `--help` of `advisor` and of every subcommand against golden files in `Golden/help/`,
/// printed 80 columns wide. Re-record on purpose with `RECORD_GOLDEN=1 swift test --filter HelpTests`.
@Suite struct HelpTests {
    static let subcommands = [
        "evaluate", "explain", "what-if", "validate", "test", "batch", "robustness", "list", "diff", "import", "new",
    ]
    /// Subcommands of subcommands.
    static let nested = [["new", "profile"]]
    static let folder = AdvisorBinary.repositoryRoot.appendingPathComponent("Tests/advisorTests/Golden/help")

    @Test("--help matches its golden file", arguments: [[]] + subcommands.map { [$0] } + nested)
    func help(command: [String]) throws {
        let result = try AdvisorBinary.run(command + ["--help"], environment: ["COLUMNS": "80"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let name = (["advisor"] + command).joined(separator: "-") + ".txt"
        Golden.check(result.stdout, against: Self.folder.appendingPathComponent(name))
    }

    /// A new subcommand needs a golden file: the list above is the one `advisor --help` prints.
    @Test func everySubcommandIsChecked() throws {
        let result = try AdvisorBinary.run(["--help"], environment: ["COLUMNS": "80"])
        let after = result.stdout.components(separatedBy: "SUBCOMMANDS:\n").last ?? ""
        let section = after.components(separatedBy: "\n\n").first ?? ""
        let listed = section.split(separator: "\n").compactMap { line -> String? in
            // A subcommand's line starts with two spaces and its name; wrapped text is indented further.
            guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
            return line.split(separator: " ").first.map(String.init)
        }
        #expect(listed == Self.subcommands)
    }
}
