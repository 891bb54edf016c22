import AdvisoryCore
import AdvisoryReports
import ArgumentParser

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain why a threat, strategy, instrument or rule holds for a profile, or why not.",
        discussion: """
            Shows the chain down to each leaf with value, threshold, margin, year and source, and for \
            each rule the smallest change to a single indicator that would flip it.
            """
    )

    @Argument(
        help: "The profile file, or a row of a CSV table: TABLE.csv#CODE.",
        completion: .file(extensions: ["yaml", "yml", "csv"]))
    var profile: String

    @Option(help: "A threat id.") var threat: String?
    @Option(help: "A strategy id.") var strategy: String?
    @Option(help: "An instrument id.") var instrument: String?
    @Option(help: "A rule id.") var rule: String?

    @OptionGroup var rules: RulesetOption

    @OptionGroup var date: DateOption

    @Option(help: "Output format: text or json.")
    var format: DiagnosticFormat = .text

    func validate() throws {
        let given = [threat, strategy, instrument, rule].compactMap { $0 }
        guard given.count == 1 else {
            throw ValidationError("give exactly one of --threat, --strategy, --instrument or --rule")
        }
    }

    func run() throws {
        let compiled = try Inputs.ruleset(rules.path)
        let ruleset = compiled.ruleset
        let profile = try Inputs.profile(profile, compiled: compiled)
        let subject: ExplanationSubject
        let candidates: [String]
        if let threat {
            subject = .threat(threat)
            candidates = ruleset.threats.map(\.id)
        } else if let strategy {
            subject = .strategy(strategy)
            candidates = ruleset.strategies.map(\.id)
        } else if let instrument {
            subject = .instrument(instrument)
            candidates = ruleset.instruments.map(\.id)
        } else {
            subject = .rule(rule ?? "")
            candidates = ruleset.rules.map(\.id)
        }
        let evaluation = Evaluator(compiled).evaluate(profile, on: try date.resolve())
        guard let explanation = Explainer(compiled).explain(subject, profile, evaluation: evaluation) else {
            let help = Suggestion.help(for: subject.id, in: candidates).map { "; \($0)" } ?? ""
            throw InputError("unknown \(subject.kind) '\(subject.id)'\(help)")
        }
        switch format {
        case .text:
            let renderer = ExplanationTextRenderer(
                color: Terminal.useColor(for: .standardOutput), width: Terminal.width())
            Terminal.write(renderer.render(explanation, country: profile.country), to: .standardOutput)
        case .json:
            Terminal.write(try JSONReportRenderer.render(encodable: explanation), to: .standardOutput)
        }
    }
}
