import AdvisoryCore
import ArgumentParser
import Foundation

struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run a ruleset's rule tests (DIR/tests/**/*.yaml) and report rule and leaf coverage.",
        discussion: """
            Prints one line per test ('ok   FILE: NAME' or 'FAIL FILE: NAME'), under a failure only the \
            assertions that differ, then coverage, and last the line 'N passed, N failed'. The ruleset must \
            validate first. Exits 1 when a test fails (a test file that cannot be read counts as a failure) \
            or rule coverage is under --coverage-threshold; 2 when the ruleset folder cannot be read. \
            See docs/rule-tests.md.
            """
    )

    @Argument(help: "The ruleset folder (default: the bundled ruleset).", completion: .directory)
    var directory: String?

    @Option(help: ArgumentHelp("Also write the results as JUnit XML to this file.", valueName: "file"))
    var junit: String?

    @Option(
        help: ArgumentHelp(
            "Run only the tests whose name matches this regular expression (searched anywhere in the name, case-sensitive; a plain word matches names that contain it).",
            valueName: "pattern"))
    var filter: String?

    @Option(
        help: ArgumentHelp("Fail when fewer than this percentage of rules fire in at least one test.", valueName: "pct")
    )
    var coverageThreshold: Double?

    @OptionGroup var date: DateOption

    @Flag(help: "Also list every leaf not yet seen both true and false.")
    var verbose = false

    func validate() throws {
        if let coverageThreshold, !(0...100).contains(coverageThreshold) {
            throw ValidationError(
                "--coverage-threshold must be a percentage between 0 and 100, found \(coverageThreshold)")
        }
        if let filter {
            do { _ = try NamePattern(filter) } catch {
                throw ValidationError("--filter '\(filter)' is not a valid regular expression: \(error)")
            }
        }
    }

    func run() throws {
        let directory = try self.directory ?? RulesetLocator.defaultRuleset()
        let (loaded, diagnostics) = RulesetLoader.load(directory: directory)
        guard let ruleset = loaded, !diagnostics.hasErrors else {
            Inputs.report(diagnostics.filter { $0.severity == .error })
            if loaded == nil,
                diagnostics.contains(where: { $0.code == .missingRulesetFile || $0.code == .unreadableFile })
            {
                throw ExitCode(2)
            }
            Terminal.message("error: the ruleset \(directory) has errors; its tests were not run")
            throw ExitCode(1)
        }
        let compiled: CompiledRuleset
        do {
            compiled = try CompiledRuleset(ruleset)
        } catch {
            Terminal.message("error: the ruleset \(directory) cannot be compiled: \(error)")
            throw ExitCode(1)
        }

        let folder = RuleTestDiscovery.testsFolder(ofRuleset: ruleset.root)
        let paths = RuleTestDiscovery.files(in: folder)
        if paths.isEmpty { Terminal.message("note: no test files in \(folder)") }
        let files = paths.map { RuleTestDecoder.load($0, ruleset: ruleset) }
        var include: ((String) -> Bool)?
        if let filter, let pattern = try? NamePattern(filter) {
            include = { name in pattern.matches(name) }
        }
        let report = RuleTestRunner(compiled, date: try date.resolve()).run(files, include: include)
        if filter != nil, report.files.allSatisfy({ $0.tests.isEmpty }) {
            Terminal.message("note: no test name matches --filter '\(filter ?? "")'")
        }

        let thresholdMessage = coverageThreshold.flatMap(report.coverage.thresholdFailure)
        let renderer = RuleTestTextRenderer(color: Terminal.useColor(for: .standardOutput), showLeaves: verbose)
        if let junit {
            let profiles = files.flatMap(\.tests).compactMap { test -> String? in
                if case .file(let path, _, _)? = test.profile { return path }
                return nil
            }
            let inputs = InputFiles(files: paths + profiles, folders: [ruleset.root, folder])
            try OutputWriter(inputs: inputs).write([
                .init(path: junit, contents: JUnitRenderer().render(report, coverageThreshold: coverageThreshold))
            ])
        }
        Terminal.write(renderer.render(report, thresholdMessage: thresholdMessage), to: .standardOutput)
        if report.failed > 0 || thresholdMessage != nil { throw ExitCode(1) }
    }
}
