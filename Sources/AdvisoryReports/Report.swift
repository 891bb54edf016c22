import AdvisoryCore

/// The advisory report: one model that every renderer (text, Markdown, HTML, JSON, CSV) reads.
///
/// Its JSON form is `policyadvisor.report/v2`, described by docs/report-schema.json.
public struct Report: Encodable, Sendable {
    public static let schemaID = "policyadvisor.report/v2"

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
        /// The evidence groups behind the score, strongest first (§10.1).
        public var evidence: [EvidenceGroup]
        public var reasons: [Reason]
        /// The borderline values the fired rules behind it hinge on (JSON: absent when none).
        public var borderline: [Borderline] = []

        enum CodingKeys: String, CodingKey {
            case id, title, description, score, level, rules, evidence, reasons, borderline
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)
            try container.encodeIfPresent(description, forKey: .description)
            try container.encode(score, forKey: .score)
            try container.encode(level, forKey: .level)
            try container.encode(rules, forKey: .rules)
            try container.encode(evidence, forKey: .evidence)
            try container.encode(reasons, forKey: .reasons)
            if !borderline.isEmpty { try container.encode(borderline, forKey: .borderline) }
        }
    }

    /// A fired rule that hinges on a borderline value: the leaf's value lies within 1.645
    /// standard errors of its threshold, and its outcome alone decides the rule
    /// (``LeafUncertainty``).
    public struct Borderline: Encodable, Sendable {
        public var rule: String
        /// The leaf as written in the rule.
        public var condition: String
        /// The indicator it reads.
        public var indicator: String
        /// The value with its unit.
        public var value: String
        public var stderr: Double
        /// The 90 % interval, value ∓ 1.645 standard errors.
        public var low: Double
        public var high: Double
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
        /// The raised threats the strategy answers, in threat rank order.
        public var threats: [String]
        public var evidence: [EvidenceGroup]
        public var rationale: [Reason]
        /// The borderline values the fired rules behind it hinge on (JSON: absent when none).
        public var borderline: [Borderline] = []

        enum CodingKeys: String, CodingKey {
            case id, title, description, priority, priorityTitle, score, rank, rules, addresses, threats, evidence
            case rationale, borderline
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)
            try container.encodeIfPresent(description, forKey: .description)
            try container.encode(priority, forKey: .priority)
            try container.encode(priorityTitle, forKey: .priorityTitle)
            try container.encode(score, forKey: .score)
            try container.encode(rank, forKey: .rank)
            try container.encode(rules, forKey: .rules)
            try container.encode(addresses, forKey: .addresses)
            try container.encode(threats, forKey: .threats)
            try container.encode(evidence, forKey: .evidence)
            try container.encode(rationale, forKey: .rationale)
            if !borderline.isEmpty { try container.encode(borderline, forKey: .borderline) }
        }
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
        /// Whether States become parties to it (``AdvisoryCore/Instrument/Kind/isTreatyLike``).
        public var isTreatyLike: Bool { AdvisoryCore.Instrument.Kind(rawValue: kind)?.isTreatyLike == true }
        /// The year of the status (for `withdrawn`, the year the State withdrew).
        public var since: Int?
        public var action: String
        /// Noisy-OR of the naming rules' confidences and strategies' scores (§10.4).
        public var relevance: Double
        /// `eligible` or `unknown` (an instrument the country may not join is not listed).
        public var eligibility: String
        /// The year it entered into force; nil when the catalog does not say or it is not yet in
        /// force (``notInForce``).
        public var inForce: Int?
        /// Adopted but not yet in force (`in_force: null` in the catalog).
        public var notInForce: Bool
        /// The parent instrument the country must join first.
        public var requires: String?
        public var rules: [String]
        public var strategies: [String]
        /// The raised threats it answers, in threat rank order.
        public var threats: [String]

        enum CodingKeys: String, CodingKey {
            case id, title, short, kind, status, since, action, relevance, eligibility, inForce, requires, rules
            case strategies, threats
        }

        /// `in_force` is the year, `null` when not yet in force, absent when the catalog does not say.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)
            try container.encodeIfPresent(short, forKey: .short)
            try container.encode(kind, forKey: .kind)
            try container.encode(status, forKey: .status)
            try container.encodeIfPresent(since, forKey: .since)
            try container.encode(action, forKey: .action)
            try container.encode(relevance, forKey: .relevance)
            try container.encode(eligibility, forKey: .eligibility)
            if notInForce {
                try container.encodeNil(forKey: .inForce)
            } else {
                try container.encodeIfPresent(inForce, forKey: .inForce)
            }
            try container.encodeIfPresent(requires, forKey: .requires)
            try container.encode(rules, forKey: .rules)
            try container.encode(strategies, forKey: .strategies)
            try container.encode(threats, forKey: .threats)
        }
    }

    /// The short list every report opens with (§10.4): the top strategies, and the most
    /// relevant instruments to sign, join or accept, each with the threats it answers.
    public struct ActionPlan: Encodable, Sendable {
        public struct StrategyStep: Encodable, Sendable {
            public var id: String
            public var title: String
            public var priority: String
            public var score: Double
            public var threats: [String]
        }

        public struct InstrumentStep: Encodable, Sendable {
            public var id: String
            public var title: String
            public var short: String?
            /// `sign`, `accede`, `ratify` or `accept`.
            public var action: String
            public var relevance: Double
            public var requires: String?
            public var threats: [String]
        }

        public var strategies: [StrategyStep]
        public var instruments: [InstrumentStep]
    }

    /// An indicator that does not apply to the country (§10.2), and why.
    public struct NotApplicable: Encodable, Sendable {
        public var indicator: String
        public var name: String
        /// The `applies_if` condition that is false.
        public var reason: String
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
        /// For a number compared with a standard error: the 90 % interval and whether the leaf is
        /// borderline (JSON: absent otherwise).
        public var uncertainty: LeafUncertainty? = nil
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
    /// The language of the report's titles, summary and fixed words (`en`, `fr`, `es`).
    public var language = Language.en.rawValue
    public var country: Country
    public var summary: String
    public var actionPlan: ActionPlan
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
    /// Indicator ids that do not apply to the country, sorted.
    public var notApplicable: [String]
    /// The same with their names and reasons.
    public var notApplicableReasons: [NotApplicable]
    public var annex: [AnnexEntry]
    public var provenance: Provenance
    /// How the findings hold up under the data's uncertainty (`--robustness N`); nil (absent
    /// in JSON) unless asked for.
    public var robustness: Robustness? = nil
}
