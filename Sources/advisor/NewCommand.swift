import AdvisoryCore
import AdvisoryData
import ArgumentParser
import Foundation

/// `advisor new profile`: files to fill in.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a blank file to fill in.",
        subcommands: [Profile.self]
    )

    struct Profile: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "profile",
            abstract: "Write a blank profile: every indicator and instrument of the ruleset, with what each is.",
            discussion: """
                Each indicator is an empty entry under a comment giving its name, source, type, range, unit, \
                direction and the series it is published as; each instrument an empty status. Empty values are \
                missing, so the file is a valid profile as it is and at every step of filling it in. Without \
                --output the profile goes to standard output; an existing file is never replaced.
                """
        )

        @Option(help: "The country code (ISO 3166-1 alpha-3).")
        var country: String

        @Option(help: "The country's name (default: its ISO 3166-1 name, when the code is known).")
        var name: String?

        @Option(help: "The assessment year.")
        var year: Int

        @Option(help: "Write to this file instead of standard output.", completion: .file(extensions: ["yaml"]))
        var output: String?

        @OptionGroup var rules: RulesetOption

        func validate() throws {
            guard !country.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ValidationError("--country needs a code")
            }
        }

        func run() throws {
            let compiled = try Inputs.ruleset(rules.path)
            let code = country.trimmingCharacters(in: .whitespaces)
            var countryName = name
            if countryName == nil, case .country(let known?) = CountryCodes.load().kind(of: code.uppercased()) {
                countryName = known
            }
            guard let countryName else {
                throw InputError(
                    "'\(code)' is not a code of the ISO 3166-1 list here; give the country's name with --name")
            }
            let text = BlankProfile.text(
                country: Country(code: code, name: countryName, year: year), ruleset: compiled.ruleset)
            guard let output else {
                Terminal.write(text, to: .standardOutput)
                return
            }
            if FileManager.default.fileExists(atPath: output) {
                throw InputError("\(output) exists; it is not replaced (choose another path or remove it first)")
            }
            try OutputWriter(inputs: InputFiles(folders: [compiled.ruleset.root]))
                .write([.init(path: output, contents: text)])
        }
    }
}
