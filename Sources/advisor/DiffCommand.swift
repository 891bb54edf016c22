import AdvisoryAnalysis
import AdvisoryCore
import AdvisoryReports
import ArgumentParser
import Foundation

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show how a change to a ruleset changes the advice, profile by profile.",
        discussion: """
            Evaluates every profile on the base and the head ruleset and prints, for each profile whose \
            advice changes, the threats, strategies, instruments and rule results that change, with the \
            rule and the leaf behind each change; then what changed in the rulesets themselves, entry by \
            entry and leaf by leaf. --base is a folder, or a git revision of the head's folder \
            (HEAD~1, main, or REV:path). Profiles are files, CSV tables, or folders of them (read at any \
            depth). Exit codes: 0 no advice changed; 1 some advice changed; 2 bad usage or invalid input.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, json }

    @Option(help: "The base ruleset: a folder, or a git revision of the head folder (HEAD~1, main, REV:path).")
    var base: String

    @Option(help: "The head ruleset folder (default: the bundled ruleset).", completion: .directory)
    var head: String?

    @Argument(help: "Profile files, CSV tables (.csv), or folders of them.", completion: .file())
    var profiles: [String]

    @Option(help: "Output format: text, markdown (for a pull-request comment) or json.")
    var format: Format = .text

    @Option(help: "Write to this file instead of standard output.")
    var output: String?

    @OptionGroup var date: DateOption

    @Option(help: "Colour in text output; auto: on a terminal, unless NO_COLOR is set.")
    var color: ColorChoice = .auto

    func validate() throws {
        guard !profiles.isEmpty else { throw ValidationError("give at least one profile file, folder or CSV table") }
    }

    func run() throws {
        let date = try self.date.resolve()
        let headFolder = try head ?? RulesetLocator.defaultRuleset()
        let headRuleset = try Inputs.ruleset(headFolder)
        let (baseRuleset, baseLabel) = try loadBase(headFolder: headFolder)
        let files: [String]
        switch ProfileInputs.files(profiles) {
        case .success(let found): files = found
        case .failure(let failure): throw InputError(failure.message)
        }
        let loaded = ProfileInputs.load(files, base: baseRuleset.ruleset, head: headRuleset.ruleset)
        let explainer = Explainer(headRuleset)
        Inputs.report(loaded.diagnostics + loaded.pairs.flatMap { explainer.notApplicableValueWarnings($0.head) })
        if loaded.diagnostics.hasErrors { throw ExitCode(2) }
        let diff = RulesetDiff(
            analysis: ImpactAnalysis(base: baseRuleset, head: headRuleset), baseLabel: baseLabel,
            headLabel: headFolder, profiles: loaded.pairs, date: date)
        let text =
            switch format {
            case .text:
                DiffTextRenderer(color: color.enabled(writingTo: output))
                    .render(diff)
            case .markdown: DiffMarkdownRenderer.render(diff)
            case .json: try JSONReportRenderer.render(encodable: diff)
            }
        if let output {
            // Both rulesets are inputs: a base given as a folder may not be written over either.
            let baseFolders = OutputWriter.isExistingFolder(base) ? [base] : []
            let inputs = InputFiles(files: files, folders: [headRuleset.ruleset.root] + baseFolders)
            try OutputWriter(inputs: inputs).write([.init(path: output, contents: text)])
        } else {
            Terminal.write(text, to: .standardOutput)
        }
        if diff.adviceChanged { throw ExitCode(1) }
    }

    /// The base ruleset and how to name it: a folder as given, else the head's folder at a git
    /// revision (read into a temporary folder, removed once the ruleset is loaded).
    private func loadBase(headFolder: String) throws -> (CompiledRuleset, String) {
        if OutputWriter.isExistingFolder(base) { return (try Inputs.ruleset(base), base) }
        let export = try GitRevision.export(base, headFolder: headFolder)
        defer { try? FileManager.default.removeItem(at: export.temporary) }
        let (ruleset, diagnostics) = RulesetLoader.load(directory: export.folder)
        let shown = DiagnosticPaths.replacingPrefix(export.folder, with: export.label, in: diagnostics)
        guard let ruleset, !diagnostics.hasErrors, let compiled = try? CompiledRuleset(ruleset) else {
            Inputs.report(shown)
            Terminal.message("error: the base ruleset \(export.label) is invalid")
            throw ExitCode(2)
        }
        return (compiled, export.label)
    }
}
