import AdvisoryCore

/// The advisory report: one model that every renderer (text, Markdown, HTML, JSON, CSV) reads.
///
/// Its JSON form is `policyadvisor.report/v1`, described by docs/report-schema.json.
public struct Report: Encodable, Sendable {
    public static let schemaID = "policyadvisor.report/v1"

    public struct Country: Encodable, Sendable {
        public var code: String
        public var name: String
        public var year: Int
    }

    /// A rendered `because` text and the rule it comes from.
    public struct Reason: Encodable, Sendable {
        public var rule: String
        public var text: String
    }

    public struct Threat: Encodable, Sendable {
        public var id: String
        public var title: String
        public var description: String?
        public var score: Double
        public var level: String
        public var rules: [String]
        public var reasons: [Reason]
    }

    public struct Strategy: Encodable, Sendable {
        public var id: String
        public var title: String
        public var description: String?
        public var priority: String
        public var priorityTitle: String
        public var score: Double
        public var rank: Int
        public var rules: [String]
        public var addresses: [String]
        public var rationale: [Reason]
    }

    /// Recommended strategies of one strategic priority, in rank order.
    public struct PriorityGroup: Encodable, Sendable {
        public var id: String
        public var title: String
        public var strategies: [String]
    }

    public struct Instrument: Encodable, Sendable {
        public var id: String
        public var title: String
        public var short: String?
        public var kind: String
        public var status: String
        public var since: Int?
        public var action: String
        public var rules: [String]
        public var strategies: [String]
    }

    public struct RuleResult: Encodable, Sendable {
        public var id: String
        public var title: String?
        public var result: String
    }

    public struct DataGap: Encodable, Sendable {
        public var rule: String
        public var title: String?
        public var missing: [String]
    }

    /// One piece of data to collect and the unknown rules it would help decide.
    public struct Collect: Encodable, Sendable {
        public var reference: String
        public var name: String
        public var source: String?
        public var rules: [String]
    }

    public struct Stale: Encodable, Sendable {
        public var indicator: String
        public var name: String
        public var year: Int
        public var age: Int
        public var limit: Int
    }

    /// Counts that summarise the data behind the report.
    public struct DataSummary: Encodable, Sendable {
        public var indicatorsProvided: Int
        public var indicatorsInRuleset: Int
        public var instrumentStatusesProvided: Int
        public var instrumentsInRuleset: Int
        public var rulesFired: Int
        public var rulesNotFired: Int
        public var rulesUnknown: Int
    }

    public struct AnnexLeaf: Encodable, Sendable {
        public var condition: String
        public var reference: String
        public var result: String
        public var value: String?
        public var test: String
        public var margin: Double?
        public var year: Int?
        public var source: String?
        public var stale: Bool
    }

    /// The explanation of one fired rule, leaf by leaf.
    public struct AnnexEntry: Encodable, Sendable {
        public var rule: String
        public var title: String?
        public var confidence: Double
        public var because: String?
        public var leaves: [AnnexLeaf]
    }

    public struct RulesetProvenance: Encodable, Sendable {
        public var id: String
        public var title: String
        public var version: String
        public var hash: String
    }

    /// A threat level of the ruleset and the score at which it starts.
    public struct Level: Encodable, Sendable {
        public var name: String
        public var threshold: Double
    }

    public struct Provenance: Encodable, Sendable {
        public var ruleset: RulesetProvenance
        public var engine: String
        public var profileHash: String
        public var date: String
    }

    public var schema = Report.schemaID
    public var country: Country
    public var summary: String
    public var data: DataSummary
    /// The ruleset's threat levels in ascending order of threshold.
    public var levels: [Level]
    public var threats: [Threat]
    public var strategies: [Strategy]
    public var priorities: [PriorityGroup]
    public var instruments: [Instrument]
    public var rules: [RuleResult]
    public var dataGaps: [DataGap]
    public var collect: [Collect]
    public var stale: [Stale]
    public var annex: [AnnexEntry]
    public var provenance: Provenance
}
