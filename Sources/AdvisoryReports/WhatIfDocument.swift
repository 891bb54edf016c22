import AdvisoryCore

/// `advisor what-if --format json`: the changes as a document in the report's JSON conventions
/// (`JSONReportRenderer`: snake_case keys, sorted, pretty-printed, scores rounded to 6 decimals),
/// with a schema id and the country, like a report.
public struct WhatIfDocument: Encodable, Sendable {
    public static let schemaID = "policyadvisor.what_if/v1"

    public var schema = Self.schemaID
    public var country: Report.Country
    /// The `--set` changes, as given.
    public var changes: [String]
    public var threats: [EvaluationDiff.Change]
    public var strategies: [EvaluationDiff.Change]
    public var instruments: [EvaluationDiff.Change]
    public var rules: [EvaluationDiff.Change]

    public init(_ diff: EvaluationDiff, changes: [String], country: Country) {
        func rounded(_ changes: [EvaluationDiff.Change]) -> [EvaluationDiff.Change] {
            changes.map { change in
                var change = change
                change.scoreBefore = change.scoreBefore.map(NumberFormat.rounded)
                change.scoreAfter = change.scoreAfter.map(NumberFormat.rounded)
                return change
            }
        }
        self.country = Report.Country(code: country.code, name: country.name, year: country.year)
        self.changes = changes
        threats = rounded(diff.threats)
        strategies = rounded(diff.strategies)
        instruments = diff.instruments
        rules = diff.rules
    }
}
