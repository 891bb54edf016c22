import AdvisoryCore
import AdvisoryData
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

    /// The profiles at `paths` (YAML files, CSV tables, or `TABLE.csv#CODE` for one row); all are
    /// read before any is used, so that nothing is written when one of them is invalid.
    static func profiles(_ paths: [String], compiled: CompiledRuleset) throws -> [Profile] {
        var profiles: [Profile] = []
        var failed = false
        let explainer = Explainer(compiled)
        for path in paths {
            let (loaded, diagnostics) = ProfileSource.load(path, ruleset: compiled.ruleset)
            report(diagnostics + loaded.flatMap(explainer.notApplicableValueWarnings))
            if !diagnostics.hasErrors, loaded.isEmpty {
                Terminal.message("error: \(path) holds no profile")
            }
            if diagnostics.hasErrors || loaded.isEmpty { failed = true } else { profiles += loaded }
        }
        if failed { throw ExitCode(2) }
        return profiles
    }

    /// The one profile `path` names (a YAML file or `TABLE.csv#CODE`).
    static func profile(_ path: String, compiled: CompiledRuleset) throws -> Profile {
        let profiles = try profiles([path], compiled: compiled)
        guard profiles.count == 1, let profile = profiles.first else {
            let codes = profiles.prefix(5).map { path + "#" + $0.country.code }.joined(separator: ", ")
            throw InputError("\(path) holds \(profiles.count) profiles; name one row, as in \(codes)")
        }
        return profile
    }

    /// The files behind profile arguments (`TABLE.csv#CODE` is read from `TABLE.csv`).
    static func files(_ paths: [String]) -> [String] { paths.map { ProfileSource.split($0).path } }

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
