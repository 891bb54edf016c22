import AdvisoryCore
import ArgumentParser

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a ruleset (and profiles against it) and print every diagnostic.",
        discussion:
            "Exits 1 when there are errors (or warnings, with --strict), 2 when the ruleset folder, a file in it or a --profile cannot be read."
    )

    @Argument(help: "The ruleset folder (default: the bundled ruleset).", completion: .directory)
    var directory: String?

    @Option(
        name: .customLong("profile"), help: "A profile to check against the ruleset (repeatable).", completion: .file())
    var profiles: [String] = []

    @Option(help: "Output format: text or json.")
    var format: DiagnosticFormat = .text

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    func run() throws {
        let directory = try self.directory ?? RulesetLocator.defaultRuleset()
        let (ruleset, rulesetDiagnostics) = RulesetLoader.load(directory: directory, checks: RulesetChecks.all)
        var diagnostics = rulesetDiagnostics
        if let ruleset {
            // Applicability needs a sound ruleset to evaluate its conditions.
            let explainer = rulesetDiagnostics.hasErrors ? nil : (try? CompiledRuleset(ruleset)).map(Explainer.init)
            for path in profiles {
                let (profile, profileDiagnostics) = ProfileDecoder.load(path, ruleset: ruleset)
                diagnostics += profileDiagnostics
                if let profile, let explainer { diagnostics += explainer.notApplicableValueWarnings(profile) }
            }
        }
        let sorted = diagnostics.sortedForDisplay()
        let errors = sorted.filter { $0.severity == .error }.count
        let warnings = sorted.count - errors
        switch format {
        case .text:
            let renderer = DiagnosticRenderer(color: Terminal.useColor(for: .standardOutput))
            var output = renderer.render(sorted)
            output += TerminalText.clean(summary(ruleset: ruleset, errors: errors, warnings: warnings)) + "\n"
            Terminal.write(output, to: .standardOutput)
        case .json:
            Terminal.write(try DiagnosticJSON.encode(sorted), to: .standardOutput)
        }
        // A file that cannot be read (the ruleset folder, a file in it, a --profile that is
        // missing or a folder) is an unreadable input, not a validation error.
        if sorted.contains(where: { $0.code == .unreadableFile })
            || (ruleset == nil && sorted.contains(where: { $0.code == .missingRulesetFile }))
        {
            throw ExitCode(2)
        }
        if errors > 0 || (strict && warnings > 0) { throw ExitCode(1) }
    }

    private func summary(ruleset: Ruleset?, errors: Int, warnings: Int) -> String {
        var counts = "\(Self.count(errors, "error")), \(Self.count(warnings, "warning"))"
        if strict && warnings > 0 { counts += " (--strict: warnings fail the run)" }
        guard let ruleset else { return counts }
        let checked = profiles.isEmpty ? "" : ", " + Self.count(profiles.count, "profile")
        return "\(ruleset.root): \(counts) (\(Self.count(ruleset.files.count, "file")), "
            + "\(Self.count(ruleset.indicators.count, "indicator")), \(Self.count(ruleset.threats.count, "threat")), "
            + "\(Self.count(ruleset.strategies.count, "strategy", plural: "strategies")), "
            + "\(Self.count(ruleset.instruments.count, "instrument")), \(Self.count(ruleset.rules.count, "rule"))\(checked))"
    }

    /// "1 rule", "2 rules".
    static func count(_ number: Int, _ singular: String, plural: String? = nil) -> String {
        "\(number) \(number == 1 ? singular : plural ?? singular + "s")"
    }
}

enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
