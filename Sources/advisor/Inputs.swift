import AdvisoryCore
import ArgumentParser

/// Loads the inputs every evaluating command needs; prints diagnostics to stderr and exits 2
/// on an input that cannot be read or is invalid.
enum Inputs {
    /// The compiled ruleset at `path` (or the default one).
    static func ruleset(_ path: String?) throws -> CompiledRuleset {
        let directory = try path ?? RulesetLocator.defaultRuleset()
        let (ruleset, diagnostics) = RulesetLoader.load(directory: directory)
        guard let ruleset, !diagnostics.hasErrors else {
            report(diagnostics)
            Terminal.message(
                "error: the ruleset \(directory) is invalid; run 'advisor validate \(directory)' for details")
            throw ExitCode(2)
        }
        do {
            return try CompiledRuleset(ruleset)
        } catch {
            Terminal.message("error: the ruleset \(directory) cannot be compiled: \(error)")
            throw ExitCode(2)
        }
    }

    /// The profiles at `paths`; all are read before any is used, so that nothing is written
    /// when one of them is invalid.
    static func profiles(_ paths: [String], ruleset: Ruleset) throws -> [Profile] {
        var profiles: [Profile] = []
        var failed = false
        for path in paths {
            let (profile, diagnostics) = ProfileDecoder.load(path, ruleset: ruleset)
            report(diagnostics)
            if let profile { profiles.append(profile) } else { failed = true }
        }
        if failed { throw ExitCode(2) }
        return profiles
    }

    /// Prints diagnostics (warnings included) to stderr.
    static func report(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        let renderer = DiagnosticRenderer(color: Terminal.useColor(for: .standardError))
        Terminal.write(renderer.render(diagnostics.sortedForDisplay()), to: .standardError)
    }
}

/// The `--rules` option shared by evaluating commands.
struct RulesetOption: ParsableArguments {
    @Option(
        name: .customLong("rules"), help: "The ruleset folder (default: the bundled ruleset).", completion: .directory)
    var path: String?
}
