import AdvisoryCore
import AdvisoryReports
import ArgumentParser

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List a catalog of the ruleset: threats, priorities, strategies, instruments, indicators or rules."
    )

    enum Catalog: String, ExpressibleByArgument, CaseIterable {
        case threats, priorities, strategies, instruments, indicators, rules
    }

    @Argument(help: "The catalog: \(Catalog.allCases.map(\.rawValue).joined(separator: ", ")).")
    var catalog: Catalog

    @OptionGroup var rules: RulesetOption

    @Option(help: "Output format: text or json.")
    var format: DiagnosticFormat = .text

    func run() throws {
        let ruleset = try Inputs.ruleset(rules.path).ruleset
        let entries = CatalogListing(ruleset: ruleset).entries(catalog.rawValue)
        switch format {
        case .json: Terminal.write(try JSONReportRenderer.render(encodable: entries), to: .standardOutput)
        case .text: Terminal.write(CatalogListing.text(entries), to: .standardOutput)
        }
    }
}
