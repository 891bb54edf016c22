import AdvisoryCore
import AdvisoryReports
import ArgumentParser

struct WhatIfCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "what-if",
        abstract: "Show how the report changes when indicator values or instrument statuses change.",
        discussion: """
            Each --set takes REF=VALUE: an indicator id (gti_score=3.2, post_conflict=false, \
            income_group=low) or instrument.ID (instrument.untoc=party). An empty VALUE, ~ or null \
            removes the value (instrument.ID=unknown removes a status).
            """
    )

    @Argument(
        help: "The profile file, or a row of a CSV table: TABLE.csv#CODE.",
        completion: .file(extensions: ["yaml", "yml", "csv"]))
    var profile: String

    @Option(name: .customLong("set"), help: "A change, REF=VALUE (repeatable).")
    var changes: [String] = []

    @OptionGroup var rules: RulesetOption

    @OptionGroup var date: DateOption

    @Option(help: "Output format: text or json.")
    var format: DiagnosticFormat = .text

    func validate() throws {
        guard !changes.isEmpty else { throw ValidationError("give at least one --set REF=VALUE") }
    }

    func run() throws {
        let compiled = try Inputs.ruleset(rules.path)
        let original = try Inputs.profile(profile, compiled: compiled)
        var changed = original
        for text in changes {
            switch ProfileOverride.parse(text, ruleset: compiled.ruleset) {
            case .success(let change): changed = change.apply(to: changed)
            case .failure(let error): throw InputError("--set \(text): \(error)")
            }
        }
        let evaluator = Evaluator(compiled)
        let date = try self.date.resolve()
        let diff = EvaluationDiff(
            before: evaluator.evaluate(original, on: date), after: evaluator.evaluate(changed, on: date),
            ruleset: compiled.ruleset)
        switch format {
        case .json:
            let document = WhatIfDocument(diff, changes: changes, country: original.country)
            Terminal.write(try JSONReportRenderer.render(encodable: document), to: .standardOutput)
        case .text:
            Terminal.write(
                WhatIfTextRenderer().render(diff, changes: changes, country: original.country), to: .standardOutput)
        }
    }
}
